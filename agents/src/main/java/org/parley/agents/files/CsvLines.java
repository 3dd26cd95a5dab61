package org.parley.agents.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** Parley's one way to write CSV (RFC 4180 through Apache Commons CSV): a record as one line. */
public final class CsvLines {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
      .get();

  private CsvLines() {
  }

  /** One record, quoted where needed, ending with a line break; null cells are empty. */
  public static String line(List<?> cells) {
    StringBuilder out = new StringBuilder();
    try {
      FORMAT.printRecord(out, cells.toArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }
}
