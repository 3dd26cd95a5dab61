package org.parley.agents.tournament;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.Session;
import org.parley.engine.session.TurnHook;
import org.parley.engine.transcript.Transcript;

/**
 * Lets a watchdog thread end a direct-runtime session whose negotiator does not return from a
 * turn. The runner and the watchdog hand the session over by compare-and-set, so after a turn has
 * started exactly one of them touches the session again: the runner when the negotiator returns,
 * or the watchdog when it {@linkplain #cutIfOver cuts} the turn. A cut turn ends the session as
 * {@link Reason#TIMEOUT} of the party to move, with the same detail the JADE runtime records; if
 * the negotiator ever returns, its decision is dropped. The cost to the runner is one volatile
 * write and one compare-and-set per turn.
 */
final class TurnGuard implements TurnHook {

  private static final int OUTSIDE = 0;
  private static final int IN_TURN = 1;
  private static final int CUT = 2;

  private final AtomicInteger phase = new AtomicInteger(OUTSIDE);
  private volatile long turns;
  private volatile String mover;
  private volatile Session session;
  private volatile Supplier<Transcript> finish;
  // the watchdog's own view (one watchdog thread per guard)
  private long seenTurns = -1;
  private long seenSince;

  @Override
  public void attach(Session session, Supplier<Transcript> finish) {
    this.session = session;
    this.finish = finish;
  }

  @Override
  public void enter(String party) {
    mover = party;
    turns++; // only the runner writes
    phase.set(IN_TURN);
  }

  @Override
  public boolean leave() {
    return phase.compareAndSet(IN_TURN, OUTSIDE);
  }

  /**
   * Called by one watchdog thread, again and again: if the same turn has been under way for at
   * least {@code limit} (as seen over successive calls), ends the session and returns its
   * transcript. Detection is late by at most the interval between calls.
   */
  Optional<Transcript> cutIfOver(Duration limit, long nowNanos) {
    long t = turns;
    if (t != seenTurns) {
      seenTurns = t;
      seenSince = nowNanos;
      return Optional.empty();
    }
    if (nowNanos - seenSince < limit.toNanos() || !phase.compareAndSet(IN_TURN, CUT)) {
      return Optional.empty();
    }
    session.fail(mover, Reason.TIMEOUT, "no answer within the turn limit of " + limit.toMillis()
        + " ms");
    return Optional.of(finish.get());
  }
}
