package org.parley.engine.session;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import org.parley.engine.protocol.Deadline;

/**
 * A runtime's side of a deadline in seconds: reads the clock it is given when a turn starts and
 * when an answer arrives, and tells the {@link Session}. Time runs from the first turn (briefing
 * and creating the negotiators do not count). Does nothing for a deadline in rounds only, so a
 * runtime can use it for every session. One thread at a time.
 */
public final class SessionClock {

  private final Session session;
  private final Deadline deadline;
  private final InstantSource source;
  private Instant firstTurn;

  public SessionClock(Session session, InstantSource source) {
    this.session = Objects.requireNonNull(session, "session");
    this.deadline = session.spec().deadline();
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Before a turn is given: sets the session's clock, which may end it at the deadline. */
  public void turnStarts() {
    if (deadline.hasSeconds() && !session.isOver()) {
      Instant now = source.instant();
      if (firstTurn == null) {
        firstTurn = now;
      }
      session.clock(deadline.timeProgress(Duration.between(firstTurn, now)));
    }
  }

  /**
   * When {@code party}'s answer arrives: false if the time was up by then; the answer is then
   * refused and the session has ended at the deadline.
   */
  public boolean inTime(String party) {
    if (!deadline.hasSeconds() || firstTurn == null || session.isOver()
        || deadline.timeProgress(Duration.between(firstTurn, source.instant())) < 1) {
      return true;
    }
    session.late(party);
    return false;
  }
}
