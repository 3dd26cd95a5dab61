package org.parley.agents.strategy.acceptance;

import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.agents.strategy.model.OpponentOffers;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/**
 * AC_combi(T, MAX^W) (Baarslag, Hindriks &amp; Jonker 2014, the most effective condition of that
 * study): accept if AC_next accepts; else, once t ≥ T, accept iff u(x_opp) is at least the best
 * utility among the opponent's offers received in the window W = 1 − t before now. With t =
 * r / (R − 1), the window spans (R − 1) − r rounds back, so it starts at round 2r − (R − 1); it
 * is computed in whole rounds, and an offer made in its first round counts. On a deadline in
 * seconds the rounds still to come are estimated from the pace so far, r / t rounds per unit of
 * t: the window spans ⌈(1 − t) · r / t⌉ rounds back.
 */
public record AcceptCombi(double threshold, int parties) implements AcceptanceStrategy {

  public AcceptCombi {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("T must be in [0,1], got " + threshold);
    }
  }

  @Override
  public Optional<Rationale> accept(NegotiationView view, Bid offered,
      BiddingStrategy.Planned next) {
    Optional<Rationale> ac = new AcceptNext(1, 0).accept(view, offered, next);
    double t = view.progress();
    if (ac.isPresent() || t < threshold) {
      return ac;
    }
    var utility = view.profile().utility();
    double u = utility.utility(offered);
    int since = view.deadline().hasSeconds()
        ? (t <= 0 ? 0 : view.round() - (int) Math.ceil((1 - t) * view.round() / t))
        : 2 * view.round() - (view.deadline().rounds() - 1);
    double best = OpponentOffers.bestTheirsSince(view, parties, since);
    return u >= best ? Optional.of(Rationale.of("AC_combi", "offered", u, "bestInWindow", best))
        : Optional.empty();
  }
}
