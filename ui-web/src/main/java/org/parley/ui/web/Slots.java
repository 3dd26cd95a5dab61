package org.parley.ui.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;

/**
 * The server's room for sessions: games and lab sessions running at once share one limit, and each
 * client (an IP address) may hold only a share of it, so one greedy client cannot lock the others
 * out. Finished sessions are forgotten a while after they end (their transcripts stay on disk).
 */
final class Slots {

  static final int MAX_RUNNING = 1000;
  static final Duration KEEP_FINISHED = Duration.ofHours(2);

  private final int perClient;
  private final Object lock = new Object();
  private int running;
  private final Map<String, Integer> byClient = new java.util.HashMap<>(); // under lock

  /** @param perClient sessions one client may run at once */
  Slots(int perClient) {
    if (perClient < 1 || perClient > MAX_RUNNING) {
      throw new IllegalArgumentException("sessions per client must be 1-" + MAX_RUNNING + ", got "
          + perClient);
    }
    this.perClient = perClient;
  }

  /** A session's place; giving it back twice counts once. */
  final class Slot {
    private final String client;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(String client) {
      this.client = client;
    }

    void release() {
      if (released.compareAndSet(false, true)) {
        synchronized (lock) {
          running--;
          byClient.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
      }
    }
  }

  /**
   * Takes a slot for a new session of {@code client}; 429 when that client holds its share, 503
   * when the server is full.
   */
  Slot acquire(String client) {
    synchronized (lock) {
      int mine = byClient.getOrDefault(client, 0);
      if (mine >= perClient) {
        throw new ApiError(429, "you are running " + mine + " sessions, the most one client may "
            + "run at once; end one (DELETE its URL, or walk away) or wait until one ends");
      }
      if (running >= MAX_RUNNING) {
        throw new ApiError(503, "the server is running " + MAX_RUNNING
            + " sessions, its limit; try again when some have ended");
      }
      running++;
      byClient.put(client, mine + 1);
      return new Slot(client);
    }
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
