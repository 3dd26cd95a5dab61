package org.parley.agents.tournament;

import org.parley.agents.files.CsvLines;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;

/**
 * A tournament's {@code results.csv}: the rows of {@code results.jsonl} (one per party per
 * session) with the same columns in the same order ({@link ResultsCodec#COLUMNS}); an absent
 * value is an empty cell.
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
}
