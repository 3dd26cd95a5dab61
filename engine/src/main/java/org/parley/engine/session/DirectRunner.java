package org.parley.engine.session;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.session.SessionOutcome.Reason;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;

/**
 * Runs a session in the calling thread, negotiators called in turn: the fast, deterministic runtime
 * for tests, tournaments and benchmarks. A negotiator that throws ends the session with
 * {@link Reason#AGENT_ERROR} and its stack trace; an illegal action ends it with
 * {@link Reason#VIOLATION}. It enforces no time limit per turn (the JADE runtime does).
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
    Instant start = clock.instant();
    Session session = new Session(analysis, spec);
    Map<String, Negotiator> negotiators = new LinkedHashMap<>();
    for (Seat seat : spec.seats()) {
      try {
        negotiators.put(seat.party(), Objects.requireNonNull(
            factory.create(seat.negotiator(), session.setup(seat.party())),
            "the factory returned no negotiator"));
      } catch (RuntimeException e) {
        session.fail(seat.party(), Reason.AGENT_ERROR,
            "could not create negotiator '" + seat.negotiator() + "': " + stackTrace(e));
        return finish(session, start);
      }
    }
    while (!session.isOver()) {
      String party = session.toMove();
      Decision decision;
      try {
        decision = negotiators.get(party).act(session.view(party));
      } catch (RuntimeException | StackOverflowError e) {
        session.fail(party, Reason.AGENT_ERROR, stackTrace(e));
        break;
      }
      session.submit(party, decision);
    }
    return finish(session, start);
  }

  private Transcript finish(Session session, Instant start) {
    Instant end = clock.instant();
    return session.transcript(RUNTIME,
        new Timing(start.toString(), Duration.between(start, end).toNanos() / 1000));
  }

  /** The full stack trace of a failure, as recorded in transcripts. */
  public static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString().strip();
  }
}
