package org.parley.agents.strategy;

import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;

/** The B of BOA: which bid to offer next. */
public interface BiddingStrategy {

  /** Short name shown in rationales ({@code time-dependent}). */
  String name();

  /** The bid to offer on this turn, and the target utility behind it. */
  Planned next(NegotiationView view);

  /** A planned offer: the bid and the own utility it was chosen for. */
  record Planned(Bid bid, double utility, double target) {
  }
}
