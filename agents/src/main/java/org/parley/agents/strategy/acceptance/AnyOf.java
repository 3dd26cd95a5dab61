package org.parley.agents.strategy.acceptance;

import java.util.List;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/** Accepts iff some condition accepts; the reason is the first accepting one's. */
public record AnyOf(List<AcceptanceStrategy> conditions) implements AcceptanceStrategy {

  public AnyOf {
    conditions = List.copyOf(conditions);
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("'any' needs at least one condition");
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    for (AcceptanceStrategy c : conditions) {
      Optional<Rationale> why = c.accept(view, offered, next);
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }
}
