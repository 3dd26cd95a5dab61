package org.parley.tournament;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.transcript.Transcript;

/**
 * One finished tournament session as a results line: a function of the session alone (no timing),
 * so results files from any parallelism, order, runtime or resume history are equal once sorted.
 */
record ResultRow(String id, String scenario, int repetition, long seed,
    Map<String, String> strategies, String outcome, int round, boolean agreement,
    Map<String, Double> utilities, double socialWelfare, Double paretoDistance,
    Double nashDistance, String failedParty, String detail) {

  static ResultRow of(PlannedSession s, Transcript t) {
    Map<String, String> strategies = new LinkedHashMap<>();
    for (int i = 0; i < s.parties().size(); i++) {
      strategies.put(s.parties().get(i), s.strategies().get(i).name());
    }
    String outcome = "agreement";
    String failed = null;
    String detail = null;
    if (t.outcome() instanceof SessionOutcome.NoAgreement n) {
      outcome = n.reason().key();
      failed = n.party();
      detail = n.detail().isEmpty() ? null : n.detail();
    }
    return new ResultRow(s.id(), s.scenario(), s.repetition(), s.seed(), strategies, outcome,
        t.outcome().round(), t.metrics().agreement(), t.metrics().utilities(),
        t.metrics().socialWelfare(), t.metrics().paretoDistance(), t.metrics().nashDistance(),
        failed, detail);
  }

  String jsonLine() {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("scenario", scenario);
    o.addProperty("repetition", repetition);
    o.addProperty("seed", seed);
    JsonObject st = new JsonObject();
    strategies.forEach(st::addProperty);
    o.add("strategies", st);
    o.addProperty("outcome", outcome);
    o.addProperty("round", round);
    o.addProperty("agreement", agreement);
    JsonObject u = new JsonObject();
    utilities.forEach(u::addProperty);
    o.add("utilities", u);
    o.addProperty("socialWelfare", socialWelfare);
    o.addProperty("paretoDistance", paretoDistance);
    o.addProperty("nashDistance", nashDistance);
    o.addProperty("failedParty", failedParty);
    o.addProperty("detail", detail);
    return o.toString();
  }

  static ResultRow parse(String line) {
    JsonObject o = JsonParser.parseString(line).getAsJsonObject();
    Map<String, String> st = new LinkedHashMap<>();
    o.getAsJsonObject("strategies").entrySet().forEach(e -> st.put(e.getKey(),
        e.getValue().getAsString()));
    Map<String, Double> u = new LinkedHashMap<>();
    o.getAsJsonObject("utilities").entrySet().forEach(e -> u.put(e.getKey(),
        e.getValue().getAsDouble()));
    return new ResultRow(o.get("id").getAsString(), o.get("scenario").getAsString(),
        o.get("repetition").getAsInt(), o.get("seed").getAsLong(), st,
        o.get("outcome").getAsString(), o.get("round").getAsInt(),
        o.get("agreement").getAsBoolean(), u, o.get("socialWelfare").getAsDouble(),
        optDouble(o, "paretoDistance"), optDouble(o, "nashDistance"),
        o.has("failedParty") && !o.get("failedParty").isJsonNull()
            ? o.get("failedParty").getAsString() : null,
        o.has("detail") && !o.get("detail").isJsonNull() ? o.get("detail").getAsString() : null);
  }

  private static Double optDouble(JsonObject o, String key) {
    return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsDouble() : null;
  }

  static final List<String> CSV_HEADER = List.of("id", "scenario", "repetition", "seed",
      "strategies", "outcome", "round", "agreement", "utilities", "social_welfare",
      "pareto_distance", "nash_distance", "failed_party");

  String csvLine() {
    return String.join(",", csv(id), csv(scenario), String.valueOf(repetition),
        String.valueOf(seed), csv(pairs(strategies)), csv(outcome), String.valueOf(round),
        String.valueOf(agreement), csv(pairs(utilities)), String.valueOf(socialWelfare),
        paretoDistance == null ? "" : String.valueOf(paretoDistance),
        nashDistance == null ? "" : String.valueOf(nashDistance),
        failedParty == null ? "" : csv(failedParty));
  }

  /** {@code us=boulware china=conceder}: one CSV cell for a per-party map. */
  private static String pairs(Map<String, ?> byParty) {
    StringBuilder b = new StringBuilder();
    byParty.forEach((p, v) -> b.append(b.length() == 0 ? "" : " ").append(p).append('=').append(v));
    return b.toString();
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
