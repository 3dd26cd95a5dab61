package org.parley.agents.tournament;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.agents.files.CsvLines;
import org.parley.engine.io.JsonNode;
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

  /** Reads a row back; {@code source} names the file and line in errors. */
  static ResultRow parse(String source, String line) {
    JsonNode o = JsonNode.parse(source, line);
    Map<String, String> st = new LinkedHashMap<>();
    o.get("strategies").fields().forEach((party, name) -> st.put(party, name.string()));
    Map<String, Double> u = new LinkedHashMap<>();
    o.get("utilities").fields().forEach((party, value) -> u.put(party, value.number()));
    return o.build(() -> new ResultRow(o.get("id").string(), o.get("scenario").string(),
        o.get("repetition").integer(), o.get("seed").longValue(), st,
        o.get("outcome").string(), o.get("round").integer(), o.get("agreement").bool(), u,
        o.get("socialWelfare").number(),
        o.opt("paretoDistance").map(JsonNode::number).orElse(null),
        o.opt("nashDistance").map(JsonNode::number).orElse(null),
        o.opt("failedParty").map(JsonNode::string).orElse(null),
        o.opt("detail").map(JsonNode::string).orElse(null)));
  }

  private static final List<String> CSV_HEADER = List.of("id", "scenario", "repetition", "seed",
      "strategies", "outcome", "round", "agreement", "utilities", "social_welfare",
      "pareto_distance", "nash_distance", "failed_party");

  static String csvHeader() {
    return CsvLines.line(CSV_HEADER);
  }

  /** The row as one CSV line, line end included. */
  String csvLine() {
    return CsvLines.line(Arrays.asList(id, scenario, repetition, seed, pairs(strategies), outcome,
        round, agreement, pairs(utilities), socialWelfare, paretoDistance, nashDistance,
        failedParty));
  }

  /** {@code us=boulware china=conceder}: one CSV cell for a per-party map. */
  private static String pairs(Map<String, ?> byParty) {
    StringBuilder b = new StringBuilder();
    byParty.forEach((p, v) -> b.append(b.length() == 0 ? "" : " ").append(p).append('=').append(v));
    return b.toString();
  }
}
