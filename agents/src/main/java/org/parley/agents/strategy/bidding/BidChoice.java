package org.parley.agents.strategy.bidding;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;
import org.parley.agents.strategy.model.NoModel;

/**
 * How every bidding strategy turns a target utility into a bid: the bid whose own utility is
 * nearest the target, never one below the floor (the larger of the reservation value and the
 * worst bid); among bids within {@link #TIE} of that utility, the one the opponent model rates
 * best (first in rank order on equal estimates, so without a model this is just the nearest bid).
 */
final class BidChoice {

  /** Own utilities this close count as a tie. */
  static final double TIE = 0.01;

  private BidChoice() {
  }

  static double floor(NegotiationView view, BidRanking ranking) {
    return Math.min(ranking.maxUtility(),
        Math.max(view.profile().reservation(), ranking.minUtility()));
  }

  static BiddingStrategy.Planned nearest(NegotiationView view, BidRanking ranking, double target,
      OpponentModel model) {
    double floor = floor(view, ranking);
    double wanted = Math.max(floor, Math.min(ranking.maxUtility(), target));
    int rank = ranking.nearest(wanted);
    if (ranking.utilityAt(rank) < floor) {
      rank = ranking.firstAtLeast(floor);
    }
    if (!(model instanceof NoModel)) {
      double u = ranking.utilityAt(rank);
      int from = Math.max(ranking.firstAtLeast(u - TIE), ranking.firstAtLeast(floor));
      rank = model.bestFor(ranking, from, ranking.firstAbove(u + TIE), rank);
    }
    return new BiddingStrategy.Planned(ranking.bidAt(rank), ranking.utilityAt(rank), target);
  }
}
