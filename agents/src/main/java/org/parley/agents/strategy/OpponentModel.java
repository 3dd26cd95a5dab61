package org.parley.agents.strategy;

import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;

/**
 * The O of BOA: an estimate of the opponent's utility, learnt from its offers. With more than two
 * parties, "the opponent" is every other party's offers taken together.
 */
public interface OpponentModel {

  /** Short name shown in rationales. */
  String name();

  /** Learns from the offers in the view it has not seen yet. Called once per own turn. */
  void update(NegotiationView view);

  /** Estimated opponent utility of a bid, in [0,1]. */
  double estimate(Bid bid);
}
