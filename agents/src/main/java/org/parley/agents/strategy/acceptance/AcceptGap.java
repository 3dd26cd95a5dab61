package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

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
    return AcceptPrevious.check(view, offered, 1, c, "AC_gap");
  }
}
