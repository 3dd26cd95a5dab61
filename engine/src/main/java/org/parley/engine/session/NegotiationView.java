package org.parley.engine.session;

import java.util.List;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.utility.Profile;

/**
 * One party's view of the session at its turn: its own profile and the public record only.
 *
 * @param round 0-based round of this turn
 * @param progress normalised time t in [0,1] of this turn
 * @param history every action taken so far, oldest first (immutable)
 * @param standingBid the bid on the table, or null before the first offer
 */
public record NegotiationView(String party, Domain domain, Profile profile, Deadline deadline,
    int round, double progress, List<Action> history, Bid standingBid) {

  public Optional<Bid> standing() {
    return Optional.ofNullable(standingBid);
  }
}
