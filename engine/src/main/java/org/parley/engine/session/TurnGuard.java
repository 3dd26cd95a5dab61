package org.parley.engine.session;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.engine.session.SessionOutcome.Reason;
import org.parley.engine.transcript.Transcript;

/**
 * Lets a watchdog thread end a direct-runtime session whose negotiator does not return from a
 * turn. The runner and the watchdog hand the session over by compare-and-set, so after a turn has
 * started (creating a negotiator counts as a turn) exactly one of them touches the session again: the runner when the negotiator returns,
 * or the watchdog when it {@linkplain #cutIfOver cuts} the turn. A cut turn ends the session as
 * {@link Reason#TIMEOUT} of the party to move, with the same detail the JADE runtime records; if
 * the negotiator ever returns, its decision is dropped. The cost to the runner is one volatile
 * write and one compare-and-set per turn.
 */
public final class TurnGuard {

  private static final int OUTSIDE = 0;
  private static final int IN_TURN = 1;
  private static final int CUT = 2;

  private final AtomicInteger phase = new AtomicInteger(OUTSIDE);
  private volatile long turns;
  private volatile String mover;
  private volatile Session session;
  private volatile DirectRunner runner;
  private volatile java.time.Instant start;
  // the watchdog's own view (one watchdog thread per guard)
  private long seenTurns = -1;
  private long seenSince;

  void attach(DirectRunner runner, Session session, java.time.Instant start) {
    this.runner = runner;
    this.session = session;
    this.start = start;
  }

  void enter(String party) {
    mover = party;
    turns++; // only the runner writes
    phase.set(IN_TURN);
  }

  /** False when the watchdog has cut this turn: the runner must not touch the session again. */
  boolean leave() {
    return phase.compareAndSet(IN_TURN, OUTSIDE);
  }

  /** True once a turn has been cut. */
  public boolean isCut() {
    return phase.get() == CUT;
  }

  /**
   * Called by one watchdog thread, again and again: if the same turn has been under way for at
   * least {@code limit} (as seen over successive calls), ends the session and returns its
   * transcript. Detection is late by at most the interval between calls.
   */
  public Optional<Transcript> cutIfOver(Duration limit, long nowNanos) {
    long t = turns;
    if (t != seenTurns) {
      seenTurns = t;
      seenSince = nowNanos;
      return Optional.empty();
    }
    if (nowNanos - seenSince < limit.toNanos() || !phase.compareAndSet(IN_TURN, CUT)) {
      return Optional.empty();
    }
    Session s = session;
    s.fail(mover, Reason.TIMEOUT, "no answer within the turn limit of " + limit.toMillis()
        + " ms");
    return Optional.of(runner.finish(s, start));
  }
}
