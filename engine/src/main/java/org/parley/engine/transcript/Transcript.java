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

  public Transcript withTiming(Timing newTiming) {
    return new Transcript(sessionId, seed, runtime, scenario, deadline, seats, events, outcome,
        metrics, newTiming);
  }
}
