package org.parley.agents.strategy;

import java.util.Objects;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.transcript.ArrayMap;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.acceptance.AcceptanceStrategy;
import org.parley.agents.strategy.bidding.BiddingStrategy;
import org.parley.agents.strategy.model.NoModel;
import org.parley.agents.strategy.model.OpponentModel;

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
  /** The rule and figures of an offer made with a model. */
  private final String rule;
  private static final String[] FIGURES = {"target", "utility", "opponentEstimate"};

  public BoaNegotiator(BiddingStrategy bidding, OpponentModel model,
      AcceptanceStrategy acceptance) {
    this.bidding = Objects.requireNonNull(bidding, "bidding");
    this.model = Objects.requireNonNull(model, "model");
    this.acceptance = Objects.requireNonNull(acceptance, "acceptance");
    this.rule = bidding.name() + "+" + model.name();
  }

  @Override
  public Decision act(NegotiationView view) {
    model.update(view);
    BiddingStrategy.Planned next = bidding.next(view, model);
    Bid standing = view.standingBid();
    if (standing != null
        && view.profile().utility().utility(standing) >= view.profile().reservation()) {
      Optional<Rationale> why = acceptance.accept(view, standing, next);
      if (why.isPresent()) {
        return new Decision(new Accept(view.party(), standing), why.get());
      }
    }
    if (model instanceof NoModel) {
      return new Decision(new Offer(view.party(), next.bid()),
          Rationale.of(bidding.name(), "target", next.target(), "utility", next.utility()));
    }
    return new Decision(new Offer(view.party(), next.bid()), new Rationale(rule,
        ArrayMap.of(FIGURES, new double[] {next.target(), next.utility(),
            model.estimate(next.bid())})));
  }
}
