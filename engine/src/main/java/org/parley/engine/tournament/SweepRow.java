package org.parley.engine.tournament;

import java.util.Objects;

/**
 * One row of a sweep's results: a {@link ResultRow} (one party of one session) and the candidate
 * whose session it is, on the candidate's row and on its opponent's alike.
 *
 * @param candidate the candidate's name, such as {@code e=0.2}
 */
public record SweepRow(String candidate, ResultRow row) {

  public SweepRow {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(row, "row");
  }
}
