package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Rationale;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Metrics;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;

/**
 * Reads and writes transcripts ({@code "format": "parley-transcript/1"}). Reading checks the
 * structure and that every bid fits the embedded scenario; whether the recorded actions really
 * produce the recorded outcome is {@link org.parley.engine.session.TranscriptReplay}'s job.
 */
public final class TranscriptCodec {

  public static final String FORMAT = "parley-transcript/" + Transcript.FORMAT_VERSION;

  private TranscriptCodec() {
  }

  public static String write(Transcript transcript) {
    return Json.pretty(toJson(transcript));
  }

  public static Transcript read(String source, String text) {
    JsonNode root = JsonNode.parse(source, text);
    root.allowOnly(Set.of("format", "session", "deadline", "seats", "events", "outcome",
        "metrics", "timing", "scenario"));
    JsonNode format = root.get("format");
    if (!FORMAT.equals(format.string())) {
      throw format.fail("unsupported format '" + format.string() + "'; expected '" + FORMAT + "'");
    }
    JsonNode session = root.get("session").allowOnly(Set.of("id", "seed", "runtime"));
    Scenario scenario = ScenarioCodec.read(root.get("scenario"));
    Domain domain = scenario.domain();
    Deadline deadline = ScenarioCodec.readDeadline(root.get("deadline"));
    List<Seat> seats = new ArrayList<>();
    for (JsonNode seat : root.get("seats").items()) {
      seat.allowOnly(Set.of("party", "negotiator"));
      String party = seat.get("party").string();
      JsonNode negotiator = seat.get("negotiator");
      if (!negotiator.isString()) {
        negotiator.fields();
      }
      String spec = negotiator.isString() ? negotiator.string() : Json.compact(negotiator.raw());
      seats.add(seat.build(() -> new Seat(party, new NegotiatorSpec(spec))));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode event : root.get("events").items()) {
      events.add(readEvent(event, domain));
    }
    SessionOutcome outcome = readOutcome(root.get("outcome"), scenario);
    Metrics metrics = readMetrics(root.get("metrics"));
    Timing timing = root.opt("timing").map(t -> {
      t.allowOnly(Set.of("startedAt", "durationMicros"));
      JsonNode at = t.get("startedAt");
      java.time.Instant start = null;
      if (!at.string().isEmpty()) {
        try {
          start = java.time.Instant.parse(at.string());
        } catch (java.time.format.DateTimeParseException e) {
          throw at.fail("'" + at.string() + "' is not an ISO-8601 instant such as "
              + "2025-06-09T09:00:00Z");
        }
      }
      return new Timing(start, t.get("durationMicros").longValue());
    }).orElse(Timing.NONE);
    String id = session.get("id").string();
    long seed = session.get("seed").longValue();
    String runtime = session.get("runtime").string();
    return root.build(() -> new Transcript(id, seed, runtime, scenario, deadline, seats, events,
        outcome, metrics, timing));
  }

  private static Event readEvent(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("turn", "round", "t", "party", "action", "bid", "utilities",
        "rationale"));
    Action action = readAction(node, domain);
    Rationale rationale = readRationale(node);
    int turn = node.get("turn").integer();
    int round = node.get("round").integer();
    double t = node.get("t").number();
    Map<String, Double> utilities = numbers(node.opt("utilities").orElse(null));
    return node.build(() -> new Event(turn, round, t, action, utilities, rationale));
  }

  /** An action from an object with "party", "action" and, for offer and accept, "bid". */
  static Action readAction(JsonNode node, Domain domain) {
    return ActionCodec.read(node, node.get("party").string(),
        bid -> ScenarioCodec.readBid(bid, domain));
  }

  /** The optional "rationale" of an object, or null. */
  static Rationale readRationale(JsonNode node) {
    return node.opt("rationale").map(r -> {
      Map<String, JsonNode> fields = r.fields();
      if (!fields.containsKey("rule")) {
        throw r.fail("missing key 'rule'");
      }
      Map<String, Double> figures = new LinkedHashMap<>();
      fields.forEach((k, v) -> {
        if (!k.equals("rule")) {
          figures.put(k, v.number());
        }
      });
      return new Rationale(fields.get("rule").string(), figures);
    }).orElse(null);
  }

  /**
   * The outcome; the party that ended it must be one of the scenario's: a replay cannot check who
   * broke off a session (a timeout or an error happens outside the protocol), only that it is one.
   */
  static SessionOutcome readOutcome(JsonNode node, Scenario scenario) {
    node.allowOnly(Set.of("type", "round", "bid", "reason", "party", "detail"));
    int round = node.get("round").integer();
    JsonNode type = node.get("type");
    return switch (type.string()) {
      case "agreement" -> new Agreement(ScenarioCodec.readBid(node.get("bid"),
          scenario.domain()), round);
      case "no-agreement" -> {
        JsonNode reason = node.get("reason");
        String party = node.opt("party").map(p -> {
          if (!scenario.partyIds().contains(p.string())) {
            throw p.fail("no party '" + p.string() + "' in the scenario; its parties are "
                + scenario.partyIds());
          }
          return p.string();
        }).orElse(null);
        yield new NoAgreement(reason.build(() -> SessionOutcome.Reason.ofKey(reason.string())),
            round, party, node.opt("detail").map(JsonNode::string).orElse(""));
      }
      default -> throw type.fail("unknown outcome '" + type.string()
          + "'; expected agreement or no-agreement");
    };
  }

  private static Metrics readMetrics(JsonNode node) {
    node.allowOnly(Set.of("agreement", "utilities", "discountedUtilities", "socialWelfare",
        "paretoDistance", "nashDistance"));
    return new Metrics(node.get("agreement").bool(), numbers(node.get("utilities")),
        numbers(node.get("discountedUtilities")), node.get("socialWelfare").number(),
        node.opt("paretoDistance").map(JsonNode::number).orElse(null),
        node.opt("nashDistance").map(JsonNode::number).orElse(null));
  }

  private static Map<String, Double> numbers(JsonNode node) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (node != null) {
      node.fields().forEach((k, v) -> out.put(k, v.number()));
    }
    return out;
  }

  static JsonObject toJson(Transcript transcript) {
    Domain domain = transcript.scenario().domain();
    JsonObject root = new JsonObject();
    root.addProperty("format", FORMAT);
    JsonObject session = new JsonObject();
    session.addProperty("id", transcript.sessionId());
    session.addProperty("seed", transcript.seed());
    session.addProperty("runtime", transcript.runtime());
    root.add("session", session);
    root.add("deadline", ScenarioCodec.writeDeadline(transcript.deadline()));
    JsonArray seats = new JsonArray();
    for (Seat seat : transcript.seats()) {
      JsonObject s = new JsonObject();
      s.addProperty("party", seat.party());
      if (seat.negotiator().isJson()) {
        s.add("negotiator", JsonNode.parse("negotiator spec", seat.negotiator().text()).raw());
      } else {
        s.addProperty("negotiator", seat.negotiator().text());
      }
      seats.add(s);
    }
    root.add("seats", seats);
    JsonArray events = new JsonArray();
    for (Event event : transcript.events()) {
      JsonObject e = new JsonObject();
      e.addProperty("turn", event.turn());
      e.addProperty("round", event.round());
      e.addProperty("t", event.progress());
      writeAction(e, domain, event.action());
      if (!event.utilities().isEmpty()) {
        e.add("utilities", numbers(event.utilities()));
      }
      writeRationale(e, event.rationale());
      events.add(e);
    }
    root.add("events", events);
    root.add("outcome", writeOutcome(domain, transcript.outcome()));
    Metrics m = transcript.metrics();
    JsonObject metrics = new JsonObject();
    metrics.addProperty("agreement", m.agreement());
    metrics.add("utilities", numbers(m.utilities()));
    metrics.add("discountedUtilities", numbers(m.discountedUtilities()));
    metrics.addProperty("socialWelfare", m.socialWelfare());
    if (m.paretoDistance() != null) {
      metrics.addProperty("paretoDistance", m.paretoDistance());
    }
    if (m.nashDistance() != null) {
      metrics.addProperty("nashDistance", m.nashDistance());
    }
    root.add("metrics", metrics);
    JsonObject timing = new JsonObject();
    timing.addProperty("startedAt", transcript.timing().startedAt());
    timing.addProperty("durationMicros", transcript.timing().durationMicros());
    root.add("timing", timing);
    root.add("scenario", ScenarioCodec.toJson(transcript.scenario()));
    return root;
  }

  static JsonObject writeOutcome(Domain domain, SessionOutcome o) {
    JsonObject outcome = new JsonObject();
    if (o instanceof Agreement a) {
      outcome.addProperty("type", "agreement");
      outcome.addProperty("round", a.round());
      outcome.add("bid", ScenarioCodec.writeBid(domain, a.bid()));
    } else if (o instanceof NoAgreement n) {
      outcome.addProperty("type", "no-agreement");
      outcome.addProperty("round", n.round());
      outcome.addProperty("reason", n.reason().key());
      if (n.party() != null) {
        outcome.addProperty("party", n.party());
      }
      outcome.addProperty("detail", n.detail());
    }
    return outcome;
  }

  static void writeAction(JsonObject e, Domain domain, Action action) {
    ActionCodec.write(e, action, bid -> ScenarioCodec.writeBid(domain, bid));
  }

  static void writeRationale(JsonObject e, Rationale r) {
    if (r != null) {
      JsonObject why = new JsonObject();
      why.addProperty("rule", r.rule());
      r.figures().forEach(why::addProperty);
      e.add("rationale", why);
    }
  }

  private static JsonObject numbers(Map<String, Double> values) {
    JsonObject out = new JsonObject();
    values.forEach(out::addProperty);
    return out;
  }

  /**
   * A negotiator spec in canonical form: a bare preset name, or a JSON object written compactly.
   * Specs pass through here before they are stored so that transcripts round-trip exactly.
   */
  public static NegotiatorSpec canonicalSpec(String text) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("{")) {
      return new NegotiatorSpec(trimmed);
    }
    JsonNode node = JsonNode.parse("negotiator spec", trimmed);
    node.fields();
    return new NegotiatorSpec(Json.compact(node.raw()));
  }
}
