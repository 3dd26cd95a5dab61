package org.parley.engine.session;

import java.util.List;

/**
 * "Your turn", as one message: the actions taken since the party last heard from the referee
 * (oldest first), the round and progress of this turn, and the standing bid as the protocol holds
 * it (null when there is none). A party rebuilds its {@link NegotiationView} from its briefing and
 * the turns it received; it derives no protocol state of its own.
 */
public record Turn(int round, double progress, List<org.parley.engine.protocol.Action> actions,
    org.parley.engine.domain.Bid standingBid) {

  public Turn {
    actions = List.copyOf(actions);
  }
}
