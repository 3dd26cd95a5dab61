package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/**
 * AC_next(a, b) (Baarslag, Hindriks &amp; Jonker 2014): accept iff a·u(x_opp) + b ≥ u(x_next), with
 * u the own undiscounted utility, x_opp the opponent's standing bid and x_next the bid we are about
 * to send. Defaults a = 1, b = 0.
 */
public record AcceptNext(double a, double b) implements AcceptanceStrategy {

  public AcceptNext {
    checkScale(a, b);
  }

  static void checkScale(double a, double b) {
    if (!(a > 0 && a <= 10)) {
      throw new IllegalArgumentException("a must be in (0,10], got " + a);
    }
    if (!(b >= -1 && b <= 1)) {
      throw new IllegalArgumentException("b must be in [-1,1], got " + b);
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    double u = view.profile().utility().utility(offered);
    if (a * u + b >= next.utility()) {
      return Optional.of(Rationale.of("AC_next", "offered", u, "next", next.utility()));
    }
    return Optional.empty();
  }
}
