package org.parley.engine.session;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.utility.Profile;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * Everything a party is told before a session, and nothing about the other parties' preferences:
 * the domain, its own profile, who sits at the table, the deadline, its spec and the seed of its
 * own random stream (already derived from the session seed, so the session seed stays private).
 * Runtimes that talk to negotiators over messages send exactly this.
 */
public record Briefing(String sessionId, String party, List<String> parties, Domain domain,
    Profile profile, Deadline deadline, long randomSeed, NegotiatorSpec spec) {

  public Briefing {
    Objects.requireNonNull(sessionId, "session id");
    Objects.requireNonNull(party, "party");
    parties = List.copyOf(parties);
    if (!parties.contains(party)) {
      throw new IllegalArgumentException("party '" + party + "' is not among " + parties);
    }
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(spec, "spec");
    if (!profile.utility().domain().equals(domain)) {
      throw new IllegalArgumentException("the profile is for another domain");
    }
  }

  /** The setup a negotiator is created with; {@code ranking} must rank this profile's bids. */
  public PartySetup setup(BidRanking ranking) {
    return new PartySetup(party, parties, domain, profile, deadline,
        new SplittableRandom(randomSeed), ranking);
  }
}
