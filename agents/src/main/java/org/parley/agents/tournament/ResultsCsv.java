package org.parley.agents.tournament;

import org.parley.agents.files.CsvLines;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.SweepRow;

/**
 * A tournament's or a sweep's {@code results.csv}: the rows of {@code results.jsonl} (one per
 * party per session) with the same columns in the same order ({@link ResultsCodec#COLUMNS}, a
 * sweep's {@link ResultsCodec#SWEEP_COLUMNS}); an absent value is an empty cell.
 */
final class ResultsCsv {

  private ResultsCsv() {
  }

  static String header() {
    return CsvLines.line(ResultsCodec.COLUMNS);
  }

  /** The row as one CSV line, line end included. */
  static String line(ResultRow r) {
    return CsvLines.line(ResultsCodec.values(r));
  }

  static String sweepHeader() {
    return CsvLines.line(ResultsCodec.SWEEP_COLUMNS);
  }

  /** The sweep row as one CSV line, line end included. */
  static String line(SweepRow r) {
    return CsvLines.line(ResultsCodec.values(r));
  }
}
