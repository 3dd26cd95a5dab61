package org.parley.agents.tournament;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.agents.files.CsvLines;
import org.parley.engine.tournament.ResultRow;

/** A tournament's {@code results.csv}: the rows of {@code results.jsonl} as CSV lines. */
final class ResultsCsv {

  private ResultsCsv() {
  }

  private static final List<String> CSV_HEADER = List.of("id", "scenario", "repetition", "seed",
      "strategies", "outcome", "round", "agreement", "utilities", "social_welfare",
      "pareto_distance", "nash_distance", "failed_party");

  static String header() {
    return CsvLines.line(CSV_HEADER);
  }

  /** The row as one CSV line, line end included. */
  static String line(ResultRow r) {
    return CsvLines.line(Arrays.asList(r.id(), r.scenario(), r.repetition(), r.seed(),
        pairs(r.strategies()), r.outcome(), r.round(), r.agreement(), pairs(r.utilities()),
        r.socialWelfare(), r.paretoDistance(), r.nashDistance(), r.failedParty()));
  }

  /** {@code us=boulware china=conceder}: one CSV cell for a per-party map. */
  private static String pairs(Map<String, ?> byParty) {
    StringBuilder b = new StringBuilder();
    byParty.forEach((p, v) -> b.append(b.length() == 0 ? "" : " ").append(p).append('=').append(v));
    return b.toString();
  }
}
