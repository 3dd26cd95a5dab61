package org.parley.engine.io;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.SweepRow;

/**
 * Results rows ({@link ResultRow}, one per party per session) as columns: the one mapping behind
 * {@code results.jsonl} (a compact JSON object per line, written here) and {@code results.csv}
 * (the same columns in the same order, written by the agents module's CSV writer), so that both
 * load into the same table. A sweep's rows ({@link SweepRow}) have one more column first,
 * {@code candidate}. Reading a line back names the file and line on any problem.
 */
public final class ResultsCodec {

  /** The column names, in order: the JSON keys and the CSV header alike. */
  public static final List<String> COLUMNS = List.of("session", "scenario", "repetition", "seed",
      "party", "strategy", "opponents", "utility", "discounted_utility", "reservation_value",
      "agreement", "outcome", "failed", "caused_by", "error", "rounds", "social_welfare",
      "nash_distance", "pareto_distance");

  /** A sweep's columns: {@code candidate}, then {@link #COLUMNS}. */
  public static final List<String> SWEEP_COLUMNS = Stream.concat(Stream.of("candidate"),
      COLUMNS.stream()).toList();

  private static final Set<String> KEYS = new LinkedHashSet<>(COLUMNS);
  private static final Set<String> SWEEP_KEYS = new LinkedHashSet<>(SWEEP_COLUMNS);

  private ResultsCodec() {
  }

  /** The row's values in {@link #COLUMNS} order; null where a value is absent. */
  public static List<Object> values(ResultRow r) {
    return Arrays.asList(r.session(), r.scenario(), r.repetition(), r.seed(), r.party(),
        r.strategy(), r.opponents(), r.utility(), r.discountedUtility(), r.reservationValue(),
        r.agreement(), r.outcome(), r.failed(), r.causedBy(), r.error(), r.rounds(),
        r.socialWelfare(), r.nashDistance(), r.paretoDistance());
  }

  /** The sweep row's values in {@link #SWEEP_COLUMNS} order; null where a value is absent. */
  public static List<Object> values(SweepRow r) {
    return Stream.concat(Stream.of(r.candidate()), values(r.row()).stream()).toList();
  }

  /** The row as one line of JSON, without the line end; absent values are written as null. */
  public static String line(ResultRow row) {
    return object(COLUMNS, values(row));
  }

  /** The sweep row as one line of JSON, its candidate first. */
  public static String line(SweepRow row) {
    return object(SWEEP_COLUMNS, values(row));
  }

  private static String object(List<String> columns, List<Object> values) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < columns.size(); i++) {
      Object v = values.get(i);
      o.add(columns.get(i), v == null ? JsonNull.INSTANCE
          : v instanceof Number n ? new JsonPrimitive(n)
          : v instanceof Boolean b ? new JsonPrimitive(b) : new JsonPrimitive((String) v));
    }
    return o.toString();
  }

  /** Reads a row back; {@code source} names the file and line in errors. */
  public static ResultRow read(String source, String line) {
    JsonNode o = JsonNode.parse(source, line);
    if (o.opt("id").isPresent() && o.opt("strategies").isPresent()) {
      throw o.fail("a row of an older Parley (one row per session, before one row per party); "
          + "run the tournament again into a new folder");
    }
    o.allowOnly(KEYS);
    return row(o);
  }

  /** Reads a sweep's row back; {@code source} names the file and line in errors. */
  public static SweepRow readSweep(String source, String line) {
    JsonNode o = JsonNode.parse(source, line);
    o.allowOnly(SWEEP_KEYS);
    return o.build(() -> new SweepRow(o.get("candidate").string(), row(o)));
  }

  private static ResultRow row(JsonNode o) {
    return o.build(() -> new ResultRow(o.get("session").string(), o.get("scenario").string(),
        o.get("repetition").integer(), o.get("seed").longValue(), o.get("party").string(),
        o.get("strategy").string(), o.get("opponents").string(), o.get("utility").number(),
        o.get("discounted_utility").number(), o.get("reservation_value").number(),
        o.get("agreement").bool(), o.get("outcome").string(), o.get("failed").bool(),
        text(o, "caused_by"), text(o, "error"), o.get("rounds").integer(),
        o.get("social_welfare").number(), number(o, "nash_distance"),
        number(o, "pareto_distance")));
  }

  private static String text(JsonNode o, String key) {
    return o.opt(key).map(JsonNode::string).orElse(null);
  }

  private static Double number(JsonNode o, String key) {
    return o.opt(key).map(JsonNode::number).orElse(null);
  }
}
