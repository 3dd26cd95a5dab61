package org.parley.agents.strategy;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Rationale;

/** AC_gap(c): accept iff u(x_opp) + c ≥ u(x_prev) (Baarslag et al. 2014; default c = 0.01). */
public record AcceptGap(double c) implements AcceptanceStrategy {

  public AcceptGap {
    if (!(c >= 0 && c <= 1)) {
      throw new IllegalArgumentException("c must be in [0,1], got " + c);
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    Bid previous = OpponentOffers.lastOwn(view);
    if (previous == null) {
      return Optional.empty();
    }
    double u = view.profile().utility().utility(offered);
    double prev = view.profile().utility().utility(previous);
    return u + c >= prev ? Optional.of(Rationale.of("AC_gap", "offered", u, "previous", prev))
        : Optional.empty();
  }
}
