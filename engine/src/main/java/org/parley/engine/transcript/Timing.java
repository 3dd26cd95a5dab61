package org.parley.engine.transcript;

import java.time.Instant;

/**
 * Wall-clock facts, kept apart from everything that must reproduce: two runs of the same session
 * differ only here.
 *
 * @param start when the session started, or null when unknown
 * @param durationMicros wall time from start to end
 */
public record Timing(Instant start, long durationMicros) {

  public static final Timing NONE = new Timing(null, 0);

  /** The start as ISO-8601 text, or "" when unknown (formatted on demand: it is not cheap). */
  public String startedAt() {
    return start == null ? "" : start.toString();
  }
}
