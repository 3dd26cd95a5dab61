package org.parley.agents.strategy.model;

import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;

/** No opponent model: every bid is estimated at 0.5, so ties go to the first bid in order. */
public final class NoModel implements OpponentModel {

  public static final NoModel INSTANCE = new NoModel();

  @Override
  public String name() {
    return "none";
  }

  @Override
  public void update(NegotiationView view) {
  }

  @Override
  public double estimate(Bid bid) {
    return 0.5;
  }
}
