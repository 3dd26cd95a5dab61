package org.parley.agents.strategy.bidding;

import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;

/** The B of BOA: which bid to offer next. */
public interface BiddingStrategy {

  /** Short name shown in rationales ({@code time-dependent}). */
  String name();

  /** The bid to offer on this turn; {@code model} has already seen the view's offers. */
  Planned next(NegotiationView view, OpponentModel model);

  /** A planned offer: the bid, its own utility, and the target utility it was chosen for. */
  record Planned(Bid bid, double utility, double target) {
  }
}
