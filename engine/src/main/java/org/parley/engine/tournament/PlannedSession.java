package org.parley.engine.tournament;

import java.util.ArrayList;
import java.util.List;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.session.Seeds;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;

/**
 * One session of a tournament, named and seeded before anything runs: its seed is a function of
 * (master seed, id) only, so results do not depend on parallelism, order, runtime or resumes.
 *
 * @param strategies strategy names in party order
 */
public record PlannedSession(String id, String scenario, List<String> parties,
    List<TournamentSpec.Entry> strategies, int repetition, long seed) {

  public PlannedSession {
    parties = List.copyOf(parties);
    strategies = List.copyOf(strategies);
  }

  /** What a runtime needs to play this session under {@code deadline}: its seats in party order. */
  public SessionSpec sessionSpec(Deadline deadline) {
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < parties.size(); i++) {
      seats.add(new Seat(parties.get(i), strategies.get(i).spec()));
    }
    return new SessionSpec(id, seats, seed, deadline);
  }

  /** Every session of {@code spec}; {@code partiesOf} gives each scenario's party ids. */
  public static List<PlannedSession> plan(TournamentSpec spec,
      java.util.function.Function<String, List<String>> partiesOf) {
    List<PlannedSession> out = new ArrayList<>();
    for (String scenario : spec.scenarios()) {
      List<String> parties = partiesOf.apply(scenario);
      for (List<TournamentSpec.Entry> tuple : spec.assignments(parties.size())) {
        String pairing = String.join("-vs-", tuple.stream().map(TournamentSpec.Entry::name)
            .toList());
        for (int r = 1; r <= spec.repetitions(); r++) {
          String id = scenario + "." + pairing + ".r" + r;
          out.add(new PlannedSession(id, scenario, parties, tuple, r,
              Seeds.derive(spec.seed(), "tournament", id)));
        }
      }
    }
    return out;
  }
}
