package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/**
 * The A of BOA: whether to accept the standing bid. It is handed the planned counter-offer rather
 * than reaching into the bidding strategy (Baarslag, Hindriks &amp; Jonker 2014). Conditions
 * combine with {@link AllOf} and {@link AnyOf}. u is the own undiscounted utility.
 */
public interface AcceptanceStrategy {

  /** The reason to accept, or empty to reject. */
  Optional<Rationale> accept(NegotiationView view, Bid offered, BiddingStrategy.Planned next);
}
