package org.parley.engine.transcript;

import java.util.List;
import java.util.Objects;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.protocol.SessionOutcome;

/**
 * The self-contained record of one session: the scenario it ran on (embedded), the seed, who sat
 * where, every accepted action with every party's utility, the outcome and its metrics. Everything
 * but {@code timing} is a function of (scenario, seats, seed, deadline): two runs compare equal once
 * their timing is set aside ({@link #withoutTiming()}).
 */
public record Transcript(String sessionId, long seed, String runtime, Scenario scenario,
    Deadline deadline, List<Seat> seats, List<Event> events, SessionOutcome outcome,
    Metrics metrics, Timing timing) {

  /** Bumped on any incompatible change of the JSON form. */
  public static final int FORMAT_VERSION = 1;

  public Transcript {
    Objects.requireNonNull(sessionId, "session id");
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(deadline, "deadline");
    seats = List.copyOf(seats);
    events = List.copyOf(events);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(metrics, "metrics");
    timing = timing == null ? Timing.NONE : timing;
    if (!seatsMatch(seats, scenario.parties())) {
      throw new IllegalArgumentException("seats " + seats.stream().map(Seat::party).toList()
          + " do not match the scenario's parties " + scenario.partyIds());
    }
  }

  private static boolean seatsMatch(List<Seat> seats, List<Party> parties) {
    if (seats.size() != parties.size()) {
      return false;
    }
    for (int i = 0; i < seats.size(); i++) {
      if (!seats.get(i).party().equals(parties.get(i).id())) {
        return false;
      }
    }
    return true;
  }

  /** The same transcript with the timing section cleared and the runtime name left out. */
  public Transcript withoutTiming() {
    return new Transcript(sessionId, seed, "", scenario, deadline, seats, events, outcome, metrics,
        Timing.NONE);
  }

  /** Normalised time t at which the outcome is discounted; see the static form. */
  public double endProgress() {
    return endProgress(deadline, outcome, events);
  }

  /**
   * Normalised time t at which a session's outcome is discounted: the progress of its final round,
   * or later when the clock of a deadline in seconds says so: the t of the last recorded action, or
   * 1 when the time ran out. Computed from the record alone, so a replay gives the same (a session
   * broken off mid-turn is discounted at the t of its last recorded action).
   */
  public static double endProgress(Deadline deadline, SessionOutcome outcome, List<Event> events) {
    double t = deadline.progress(outcome.round());
    if (outcome instanceof SessionOutcome.NoAgreement n
        && n.reason() == SessionOutcome.Reason.DEADLINE) {
      return Math.max(t, 1.0);
    }
    return events.isEmpty() ? t : Math.max(t, events.get(events.size() - 1).progress());
  }

  public Transcript withTiming(Timing newTiming) {
    return new Transcript(sessionId, seed, runtime, scenario, deadline, seats, events, outcome,
        metrics, newTiming);
  }
}
