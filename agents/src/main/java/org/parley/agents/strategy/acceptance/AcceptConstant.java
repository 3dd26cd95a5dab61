package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/** AC_const(c): accept iff u(x_opp) ≥ c (Baarslag et al. 2014). */
public record AcceptConstant(double c) implements AcceptanceStrategy {

  public AcceptConstant {
    if (!(c >= 0 && c <= 1)) {
      throw new IllegalArgumentException("c must be in [0,1], got " + c);
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    double u = view.profile().utility().utility(offered);
    return u >= c ? Optional.of(Rationale.of("AC_const", "offered", u, "c", c)) : Optional.empty();
  }
}
