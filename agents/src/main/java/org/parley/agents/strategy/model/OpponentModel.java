package org.parley.agents.strategy.model;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;

/**
 * The O of BOA: an estimate of the opponent's utility, learnt from its offers. With more than two
 * parties, "the opponent" is every other party's offers taken together.
 */
public interface OpponentModel {

  /** Short name shown in rationales. */
  String name();

  /** Learns from the offers in the view it has not seen yet. Called once per own turn. */
  void update(NegotiationView view);

  /** Estimated opponent utility of a bid, in [0,1]. */
  double estimate(Bid bid);

  /**
   * The highest rank in [{@code from}, {@code to}) of {@code ranking} whose bid's estimate is at
   * least {@code target}, or −1 if none: the best bid for oneself that the opponent would rate at
   * {@code target}. Models override this with a faster search giving the same answer.
   */
  default int lastAtLeast(BidRanking ranking, int from, int to, double target) {
    for (int r = to - 1; r >= from; r--) {
      if (estimate(ranking.bidAt(r)) >= target) {
        return r;
      }
    }
    return -1;
  }

  /**
   * Of the ranks in [{@code from}, {@code to}) of {@code ranking}, the first whose estimate is the
   * highest, if that beats the estimate of rank {@code incumbent}; else {@code incumbent}: the
   * bid among near-equals that the opponent likes best. Models override this with a faster
   * search giving the same answer.
   */
  default int bestFor(BidRanking ranking, int from, int to, int incumbent) {
    int best = incumbent;
    double bestEstimate = estimate(ranking.bidAt(incumbent));
    for (int r = from; r < to; r++) {
      double e = estimate(ranking.bidAt(r));
      if (e > bestEstimate) {
        bestEstimate = e;
        best = r;
      }
    }
    return best;
  }
}
