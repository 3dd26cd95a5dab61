package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/** AC_time(T): accept iff t &gt; T (Baarslag et al. 2014; default T = 0.99). */
public record AcceptTime(double threshold) implements AcceptanceStrategy {

  public AcceptTime {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("T must be in [0,1], got " + threshold);
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    return view.progress() > threshold
        ? Optional.of(Rationale.of("AC_time", "t", view.progress(), "T", threshold))
        : Optional.empty();
  }
}
