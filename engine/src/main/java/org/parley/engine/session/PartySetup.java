package org.parley.engine.session;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.utility.Profile;

/**
 * What a negotiator is told when it is created: its own id and profile, the domain, who else sits at
 * the table (ids only), the deadline, its own random stream and its bids ranked by its own utility.
 */
public record PartySetup(String party, List<String> parties, Domain domain, Profile profile,
    Deadline deadline, RandomGenerator random, BidRanking ranking) {

  public PartySetup {
    Objects.requireNonNull(party, "party");
    parties = List.copyOf(parties);
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(ranking, "ranking");
  }
}
