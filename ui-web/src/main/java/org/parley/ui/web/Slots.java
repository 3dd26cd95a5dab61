package org.parley.ui.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * The server's room for sessions: games and lab sessions running at once share one limit, and
 * finished ones are forgotten a while after they end (their transcripts stay on disk).
 */
final class Slots {

  static final int MAX_RUNNING = 1000;
  static final Duration KEEP_FINISHED = Duration.ofHours(2);

  private final AtomicInteger running = new AtomicInteger();

  /** Takes a slot for a new session, or refuses with 503 when all are taken. */
  void acquire() {
    int now = running.incrementAndGet();
    if (now > MAX_RUNNING) {
      running.decrementAndGet();
      throw new ApiError(503, "the server is running " + MAX_RUNNING
          + " sessions, its limit; try again when some have ended");
    }
  }

  /** Gives back the slot of a session that ended. */
  void release() {
    running.decrementAndGet();
  }

  /** Drops the sessions that ended more than {@link #KEEP_FINISHED} ago. */
  static <T> void forgetOld(Map<String, T> sessions, ToLongFunction<T> endedAt) {
    long cutoff = System.nanoTime() - KEEP_FINISHED.toNanos();
    sessions.values().removeIf(s -> {
      long ended = endedAt.applyAsLong(s);
      return ended != 0 && ended - cutoff < 0;
    });
  }
}
