package org.parley.engine.io;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.engine.tournament.ResultRow;

/**
 * A tournament's results file ({@code results.jsonl}): one {@link ResultRow} per line, as a
 * compact JSON object; reading it back names the file and line on any problem.
 */
public final class ResultsCodec {

  private ResultsCodec() {
  }

  /** The row as one line of JSON, without the line end. */
  public static String line(ResultRow row) {
    JsonObject o = new JsonObject();
    o.addProperty("id", row.id());
    o.addProperty("scenario", row.scenario());
    o.addProperty("repetition", row.repetition());
    o.addProperty("seed", row.seed());
    JsonObject st = new JsonObject();
    row.strategies().forEach(st::addProperty);
    o.add("strategies", st);
    o.addProperty("outcome", row.outcome());
    o.addProperty("round", row.round());
    o.addProperty("agreement", row.agreement());
    JsonObject u = new JsonObject();
    row.utilities().forEach(u::addProperty);
    o.add("utilities", u);
    o.addProperty("socialWelfare", row.socialWelfare());
    o.addProperty("paretoDistance", row.paretoDistance());
    o.addProperty("nashDistance", row.nashDistance());
    o.addProperty("failedParty", row.failedParty());
    o.addProperty("detail", row.detail());
    return o.toString(); // nulls written out, as results files have always had them
  }


  /** Reads a row back; {@code source} names the file and line in errors. */
  public static ResultRow read(String source, String line) {
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

}
