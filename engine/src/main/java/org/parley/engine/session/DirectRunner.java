package org.parley.engine.session;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;

/**
 * Runs a session in the calling thread, negotiators called in turn: the fast, deterministic runtime
 * for tests, tournaments and benchmarks. A negotiator that throws ends the session with
 * {@link Reason#AGENT_ERROR} and its stack trace; an illegal action ends it with
 * {@link Reason#VIOLATION}. Alone it enforces no time limit per turn; with a {@link TurnHook}
 * a watchdog thread can cut a turn that does not return. A deadline in seconds is measured on the
 * clock it is given, at each turn (see {@link SessionClock}).
 */
public final class DirectRunner {

  public static final String RUNTIME = "direct";

  private final ScenarioAnalysis analysis;
  private final NegotiatorFactory factory;
  private final InstantSource clock;

  public DirectRunner(ScenarioAnalysis analysis, NegotiatorFactory factory, InstantSource clock) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Transcript run(SessionSpec spec) {
    return run(spec, null);
  }

  /**
   * Runs a session watched by {@code guard} (or none). Returns null when the guard took the session
   * over: it then holds the transcript.
   */
  public Transcript run(SessionSpec spec, TurnHook guard) {
    Instant start = clock.instant();
    Session session = new Session(analysis, spec);
    if (guard != null) {
      guard.attach(session, () -> finish(session, start));
    }
    Negotiator[] negotiators = new Negotiator[spec.seats().size()]; // in seat (= turn) order
    for (int i = 0; i < negotiators.length; i++) {
      Seat seat = spec.seats().get(i);
      if (guard != null) {
        guard.enter(seat.party());
      }
      try {
        negotiators[i] = Objects.requireNonNull(
            factory.create(seat.negotiator(), session.setup(seat.party())),
            "the factory returned no negotiator");
        if (guard != null && !guard.leave()) {
          return null;
        }
      } catch (RuntimeException e) {
        if (guard != null && !guard.leave()) {
          return null;
        }
        session.fail(seat.party(), Reason.AGENT_ERROR,
            "could not create negotiator '" + seat.negotiator() + "': " + stackTrace(e));
        return finish(session, start);
      }
    }
    SessionClock time = new SessionClock(session, clock);
    while (!session.isOver()) {
      time.turnStarts();
      if (session.isOver()) {
        break;
      }
      String party = session.toMove();
      Decision decision;
      NegotiationView view = session.view(party);
      if (guard != null) {
        guard.enter(party);
      }
      try {
        decision = negotiators[session.state().moverIndex()].act(view);
      } catch (RuntimeException | StackOverflowError e) {
        if (guard != null && !guard.leave()) {
          return null;
        }
        session.fail(party, Reason.AGENT_ERROR, stackTrace(e));
        break;
      }
      if (guard != null && !guard.leave()) {
        return null;
      }
      if (time.inTime(party)) {
        session.submit(party, decision);
      }
    }
    return finish(session, start);
  }

  private Transcript finish(Session session, Instant start) {
    Instant end = clock.instant();
    return session.transcript(RUNTIME,
        new Timing(start, Duration.between(start, end).toNanos() / 1000));
  }

  /** The full stack trace of a failure, as recorded in transcripts. */
  public static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString().strip();
  }
}
