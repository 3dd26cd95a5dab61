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
 * A bot made of a bidding strategy, an opponent model and an acceptance strategy (the BOA
 * architecture of Baarslag et al.). On each turn the model learns from new offers, the bidding
 * strategy plans the next offer, and the standing bid is accepted if the acceptance strategy says
 * so, unless it is worth less than the reservation value: a BOA bot never accepts a deal worse
 * than no deal.
 */
public final class BoaNegotiator implements Negotiator {

  private final BiddingStrategy bidding;
  private final OpponentModel model;
  private final AcceptanceStrategy acceptance;

  public BoaNegotiator(BiddingStrategy bidding, OpponentModel model,
      AcceptanceStrategy acceptance) {
    this.bidding = Objects.requireNonNull(bidding, "bidding");
    this.model = Objects.requireNonNull(model, "model");
    this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
  }

  @Override
  public Decision act(NegotiationView view) {
    model.update(view);
    BiddingStrategy.Planned next = bidding.next(view, model);
    Optional<Bid> standing = view.standing();
    if (standing.isPresent()
        && view.profile().utility().utility(standing.get()) >= view.profile().reservation()) {
      Optional<Rationale> why = acceptance.accept(view, standing.get(), next);
      if (why.isPresent()) {
        return new Decision(new Accept(view.party(), standing.get()), why.get());
      }
    }
    if (model instanceof NoModel) {
      return new Decision(new Offer(view.party(), next.bid()),
          Rationale.of(bidding.name(), "target", next.target(), "utility", next.utility()));
    }
    java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();
    figures.put("target", next.target());
    figures.put("utility", next.utility());
    figures.put("opponentEstimate", model.estimate(next.bid()));
    return new Decision(new Offer(view.party(), next.bid()),
        new Rationale(bidding.name() + "+" + model.name(), figures));
  }
}
