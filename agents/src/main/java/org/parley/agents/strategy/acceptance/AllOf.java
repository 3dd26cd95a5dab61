package org.parley.agents.strategy.acceptance;

import java.util.List;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/** Accepts iff every condition accepts; the reason is the last one's. */
public record AllOf(List<AcceptanceStrategy> conditions) implements AcceptanceStrategy {

  public AllOf {
    conditions = List.copyOf(conditions);
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("'all' needs at least one condition");
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    Optional<Rationale> why = Optional.empty();
    for (AcceptanceStrategy c : conditions) {
      why = c.accept(view, offered, next);
      if (why.isEmpty()) {
        return why;
      }
    }
    return why;
  }
}
