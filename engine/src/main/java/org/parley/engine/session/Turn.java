package org.parley.engine.session;

import java.util.List;

/**
 * "Your turn", as one message: the actions taken since the party last heard from the referee
 * (oldest first) and the round and progress of this turn. A party rebuilds its
 * {@link NegotiationView} from its briefing and the turns it received.
 */
public record Turn(int round, double progress, List<org.parley.engine.protocol.Action> actions) {

  public Turn {
    actions = List.copyOf(actions);
  }
}
