package org.parley.agents.strategy;

import java.util.Objects;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.Rationale;

/**
 * A bot made of a bidding strategy and an acceptance strategy (the BOA architecture of Baarslag et
 * al.): on each turn it plans its next offer, then accepts the standing bid if the acceptance
 * strategy says so, else sends the planned offer.
 */
public final class BoaNegotiator implements Negotiator {

  private final BiddingStrategy bidding;
  private final AcceptanceStrategy acceptance;

  public BoaNegotiator(BiddingStrategy bidding, AcceptanceStrategy acceptance) {
    this.bidding = Objects.requireNonNull(bidding, "bidding");
    this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
  }

  @Override
  public Decision act(NegotiationView view) {
    BiddingStrategy.Planned next = bidding.next(view);
    Optional<Bid> standing = view.standing();
    if (standing.isPresent()) {
      Optional<Rationale> why = acceptance.accept(view, standing.get(), next);
      if (why.isPresent()) {
        return new Decision(new Accept(view.party(), standing.get()), why.get());
      }
    }
    return new Decision(new Offer(view.party(), next.bid()),
        Rationale.of(bidding.name(), "target", next.target(), "utility", next.utility()));
  }
}
