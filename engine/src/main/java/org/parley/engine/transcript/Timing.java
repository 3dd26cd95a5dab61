package org.parley.engine.transcript;

/**
 * Wall-clock facts, kept apart from everything that must reproduce: two runs of the same session
 * differ only here.
 *
 * @param startedAt ISO-8601 instant the session started
 * @param durationMicros wall time from start to end
 */
public record Timing(String startedAt, long durationMicros) {

  public static final Timing NONE = new Timing("", 0);
}
