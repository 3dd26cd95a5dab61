package org.parley.agents.strategy;

import java.util.List;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;

/**
 * Nice tit-for-tat (Baarslag, Hindriks &amp; Jonker 2013): reciprocates the opponent's concession
 * measured through the opponent model, never its selfish moves. The opponent's concession is the
 * drop in its estimated utility between its last two offers; we raise the opponent's estimated
 * utility of our offer by as much (never lowering it), and offer the bid best for us that gives
 * the opponent at least that, never below our floor. It opens with its best bid.
 */
public final class NiceTitForTatBidding implements BiddingStrategy {

  private final BidRanking ranking;
  private final int parties;
  private double opponentTarget = -1;

  public NiceTitForTatBidding(BidRanking ranking, int parties) {
    this.ranking = ranking;
    this.parties = parties;
  }

  @Override
  public String name() {
    return "nice-tit-for-tat";
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    List<OpponentOffers.Timed> theirs = OpponentOffers.theirs(view, parties);
    Bid mine = OpponentOffers.lastOwn(view);
    if (mine == null || theirs.size() < 2) {
      return BidChoice.nearest(view, ranking, ranking.maxUtility(), model);
    }
    double concession = model.estimate(theirs.get(theirs.size() - 2).bid())
        - model.estimate(theirs.get(theirs.size() - 1).bid());
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
