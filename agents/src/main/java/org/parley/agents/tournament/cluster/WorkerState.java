package org.parley.agents.tournament.cluster;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the master knows of one worker: whether it is ready (its scenarios prepared), its room,
 * its sessions in flight, its pace, when it last spoke.
 */
final class WorkerState {

  /**
   * How long the sessions a worker holds should last it at its pace: long enough to hide the
   * round trip of a batch (under a millisecond on an idle machine, several on a loaded one),
   * short enough that at the end of a run no worker sits on much that another could run.
   */
  static final Duration IN_HAND = Duration.ofMillis(50);
  static final int MAX_ROOM = 1024;

  final Map<String, Jobs.Job> inFlight = new LinkedHashMap<>();
  boolean ready;
  long lastSeen;
  private final int threads;
  /** When it was first given sessions (nanoseconds; 0: not yet), and how many it has finished. */
  private long since;
  private int finished;

  WorkerState(int threads) {
    this.threads = threads;
  }

  /**
   * Sessions it should hold at {@code now}: four per thread (two running, two queued across the
   * round trip), or for a fast worker as many as it runs in {@link #IN_HAND} at its pace so far.
   */
  int capacity(long now) {
    int least = Math.max(2, 4 * threads);
    if (finished == 0 || now <= since) {
      return least;
    }
    double pace = finished / (double) (now - since);
    return (int) Math.min(MAX_ROOM, Math.max(least, pace * IN_HAND.toNanos()));
  }

  /** It was given sessions at {@code now}. */
  void given(long now) {
    if (since == 0) {
      since = now;
    }
  }

  /** It sent back {@code n} results. */
  void finished(int n) {
    finished += n;
  }
}
