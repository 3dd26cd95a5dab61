package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.model.OpponentOffers;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/**
 * AC_prev(a, b): accept iff a·u(x_opp) + b ≥ u(x_prev), x_prev our previous offer (Baarslag et al.
 * 2014). Never accepts before we have made an offer.
 */
public record AcceptPrevious(double a, double b) implements AcceptanceStrategy {

  public AcceptPrevious {
    AcceptNext.checkScale(a, b);
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    return check(view, offered, a, b, "AC_prev");
  }

  /** a·u(x_opp) + b ≥ u(x_prev), reported under {@code rule}; AC_gap(c) is this with a = 1. */
  static Optional<Rationale> check(NegotiationView view, Bid offered, double a, double b,
      String rule) {
    Bid previous = OpponentOffers.lastOwn(view);
    if (previous == null) {
      return Optional.empty();
    }
    double u = view.profile().utility().utility(offered);
    double prev = view.profile().utility().utility(previous);
    return a * u + b >= prev ? Optional.of(Rationale.of(rule, "offered", u, "previous", prev))
        : Optional.empty();
  }
}
