package org.parley.agents.strategy.bidding;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;
import org.parley.agents.strategy.model.OpponentOffers;

/**
 * Nice tit-for-tat (Baarslag, Hindriks &amp; Jonker 2013): reciprocates the opponent's concession
 * measured through the opponent model, never its selfish moves. The opponent's concession is the
 * drop in its estimated utility between its last two offers; we raise the opponent's estimated
 * utility of our offer by as much (never lowering it), and offer the bid best for us that gives
 * the opponent at least that, never below our floor. It opens with its best bid.
 */
public final class NiceTitForTatBidding implements BiddingStrategy {

  private final BidRanking ranking;
  private double opponentTarget = -1;

  public NiceTitForTatBidding(BidRanking ranking) {
    this.ranking = ranking;
  }

  @Override
  public String name() {
    return "nice-tit-for-tat";
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    Bid mine = OpponentOffers.lastOwn(view);
    Bid before = OpponentOffers.theirs(view, 1);
    if (mine == null || before == null) {
      return BidChoice.nearest(view, ranking, ranking.maxUtility(), model);
    }
    double concession = model.estimate(before) - model.estimate(OpponentOffers.theirs(view, 0));
    opponentTarget = Math.max(opponentTarget, model.estimate(mine) + Math.max(0, concession));
    double floor = BidChoice.floor(view, ranking);
    int lowest = ranking.firstAtLeast(floor);
    int r = model.lastAtLeast(ranking, lowest, ranking.size(), opponentTarget);
    if (r >= 0) {
      return new Planned(ranking.bidAt(r), ranking.utilityAt(r), ranking.utilityAt(r));
    }
    return new Planned(ranking.bidAt(lowest), ranking.utilityAt(lowest), floor);
  }
}
