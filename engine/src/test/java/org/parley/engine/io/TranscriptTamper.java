package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Tampering that keeps a transcript well formed but changes what it claims, for
 * {@link HostileInputFuzzTest}: an action's party, bid, kind, turn or round; events swapped,
 * dropped or repeated; recorded utilities, metrics or the outcome nudged; the deadline, seats or
 * the embedded scenario changed. Some edits (seed, timing, a rationale) change nothing a replay can
 * check; those may be accepted, as long as what is accepted replays to exactly what it records.
 */
final class TranscriptTamper {

  private final JsonMutator m;

  TranscriptTamper(JsonMutator m) {
    this.m = m;
  }

  /** One or two tamperings of {@code text}, a valid transcript. */
  JsonMutator.Mutant tamper(String text) {
    JsonObject root = JsonParser.parseString(text).getAsJsonObject();
    String kind = edit(root);
    if (m.random().nextInt(5) == 0) {
      try {
        kind += "+" + edit(root);
      } catch (RuntimeException e) { // the first edit left nothing for this one to change
        kind += "+nothing";
      }
    }
    return new JsonMutator.Mutant(kind, m.write(root));
  }

  private String edit(JsonObject root) {
    JsonArray events = root.getAsJsonArray("events");
    List<String> parties = new ArrayList<>();
    root.getAsJsonArray("seats").forEach(s -> parties.add(s.getAsJsonObject().get("party")
        .getAsString()));
    JsonObject e = events.isEmpty() ? new JsonObject()
        : events.get(m.random().nextInt(events.size())).getAsJsonObject();
    JsonObject metrics = root.getAsJsonObject("metrics");
    JsonObject outcome = root.getAsJsonObject("outcome");
    JsonObject scenario = root.getAsJsonObject("scenario");
    int c = m.random().nextInt(KINDS.size());
    switch (c) {
      case 0 -> e.addProperty("party", m.pick(List.of(m.pick(parties), "nobody", "")));
      case 1 -> {
        if (!otherLevel(e.get("bid"), scenario)) {
          return "no-bid";
        }
      }
      case 2 -> e.addProperty("round", e.has("round") ? e.get("round").getAsInt()
          + m.pick(List.of(-1, 1, 1000)) : 0);
      case 3 -> e.addProperty("turn", e.has("turn") ? e.get("turn").getAsInt()
          + m.pick(List.of(-1, 1)) : 0);
      case 4 -> e.addProperty("t", e.has("t") ? e.get("t").getAsDouble()
          + m.pick(List.of(1e-12, -1e-9, 0.5)) : 0);
      case 5 -> {
        if (events.size() < 2) {
          return "short";
        }
        int a = m.random().nextInt(events.size());
        int b = m.random().nextInt(events.size());
        JsonElement x = events.get(a);
        events.set(a, events.get(b));
        events.set(b, x);
        return "swap-events";
      }
      case 6 -> {
        if (!events.isEmpty()) {
          events.remove(m.random().nextInt(events.size()));
        }
        return "drop-event";
      }
      case 7 -> {
        events.add(e.deepCopy());
        return "repeat-event";
      }
      case 8 -> nudge(e.getAsJsonObject("utilities"));
      case 9 -> {
        String to = m.pick(List.of("offer", "accept", "end"));
        e.addProperty("action", to);
        if (to.equals("end")) {
          e.remove("bid");
        } else if (!e.has("bid")) {
          e.add("bid", outcome.has("bid") ? outcome.get("bid").deepCopy()
              : events.get(0).getAsJsonObject().get("bid").deepCopy());
        }
      }
      case 10 -> outcome.addProperty("round", outcome.get("round").getAsInt()
          + m.pick(List.of(-1, 1)));
      case 11 -> {
        if (outcome.get("type").getAsString().equals("agreement")) {
          outcome.addProperty("type", "no-agreement");
          outcome.remove("bid");
          outcome.addProperty("reason", m.pick(List.of("deadline", "walked-away",
              "timeout")));
        } else if (!otherLevel(outcome.get("bid"), scenario)) {
          outcome.addProperty("reason", "deadline".equals(outcome.get("reason").getAsString())
              ? "walked-away" : "deadline");
        }
      }
      case 12 -> nudge(metrics.getAsJsonObject(m.pick(List.of("utilities",
          "discountedUtilities"))));
      case 13 -> {
        String k = m.pick(List.of("socialWelfare", "paretoDistance", "nashDistance"));
        if (metrics.has(k) && m.random().nextBoolean()) {
          metrics.addProperty(k, metrics.get(k).getAsDouble() + m.pick(List.of(1e-9, 0.01)));
        } else if (metrics.has(k)) {
          metrics.remove(k);
        } else {
          metrics.addProperty(k, 0.0);
        }
      }
      case 14 -> metrics.addProperty("agreement", !metrics.get("agreement").getAsBoolean());
      case 15 -> {
        JsonObject rounds = root.getAsJsonObject("deadline");
        rounds.addProperty("rounds", rounds.get("rounds").getAsInt() + m.pick(List.of(-1, 1)));
      }
      case 16 -> {
        JsonObject profile = scenario.getAsJsonArray("parties").get(m.random().nextInt(
            parties.size())).getAsJsonObject().getAsJsonObject("profile");
        String k = m.pick(List.of("reservation", "discount"));
        profile.addProperty(k, Math.max(0.01, profile.get(k).getAsDouble() - 0.05));
      }
      case 17 -> {
        JsonObject utility = scenario.getAsJsonArray("parties").get(m.random().nextInt(
            parties.size())).getAsJsonObject().getAsJsonObject("profile")
            .getAsJsonObject("utility");
        nudge(utility.getAsJsonObject("weights"));
      }
      case 18 -> {
        JsonArray seats = root.getAsJsonArray("seats");
        JsonElement first = seats.get(0);
        seats.set(0, seats.get(seats.size() - 1));
        seats.set(seats.size() - 1, first);
      }
      case 19 -> outcome.addProperty("party", m.pick(List.of(m.pick(parties), "nobody", "")));
      default -> {
        // what a replay cannot check: accepted or not, it must replay to what it records
        switch (m.random().nextInt(4)) {
          case 0 -> root.getAsJsonObject("session").addProperty("seed", m.random().nextLong());
          case 1 -> root.getAsJsonObject("session").addProperty("id", "forged");
          case 2 -> root.getAsJsonObject("timing").addProperty("durationMicros", 1);
          default -> e.add("rationale", JsonParser.parseString("{\"rule\": \"forged\", "
              + "\"target\": 0.5}"));
        }
        return "unchecked-field";
      }
    }
    return KINDS.get(c);
  }

  /** Sets one issue of {@code bid} to another level of that issue; false if it cannot. */
  private boolean otherLevel(JsonElement bid, JsonObject scenario) {
    if (bid == null || !bid.isJsonObject() || bid.getAsJsonObject().isEmpty()) {
      return false;
    }
    List<String> issues = new ArrayList<>(bid.getAsJsonObject().keySet());
    String issue = m.pick(issues);
    for (JsonElement i : scenario.getAsJsonArray("issues")) {
      if (i.getAsJsonObject().get("id").getAsString().equals(issue)) {
        List<String> levels = new ArrayList<>();
        for (JsonElement l : i.getAsJsonObject().getAsJsonArray("levels")) {
          levels.add(l.isJsonObject() ? l.getAsJsonObject().get("id").getAsString()
              : l.isJsonPrimitive() && l.getAsJsonPrimitive().isNumber()
                  ? Json.plain(l.getAsDouble()) : l.getAsString());
        }
        levels.remove(bid.getAsJsonObject().get(issue).getAsString());
        if (levels.isEmpty()) {
          return false;
        }
        bid.getAsJsonObject().addProperty(issue, m.pick(levels));
        return true;
      }
    }
    return false;
  }

  /** Changes one number of a map of numbers a little, swaps two, drops one or adds one. */
  private void nudge(JsonObject numbers) {
    if (numbers == null || numbers.isEmpty()) {
      return;
    }
    List<String> keys = new ArrayList<>(numbers.keySet());
    String k = m.pick(keys);
    double v = numbers.get(k).getAsDouble();
    switch (m.random().nextInt(5)) {
      case 0 -> numbers.addProperty(k, v + 1e-9);
      case 1 -> numbers.addProperty(k, v - 1e-3);
      case 2 -> {
        String other = m.pick(keys);
        numbers.add(k, numbers.get(other));
        numbers.addProperty(other, v);
      }
      case 3 -> numbers.remove(k);
      default -> numbers.add("nobody", new JsonPrimitive(0.5));
    }
  }

  private static final List<String> KINDS = List.of("party", "bid", "round", "turn", "t",
      "swap-events", "drop-event", "repeat-event", "event-utility", "action", "outcome-round",
      "outcome", "metric-utility", "metric", "agreement-flag", "deadline", "reservation",
      "weight", "seats", "outcome-party", "unchecked-field");
}
