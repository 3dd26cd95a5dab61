package org.parley.agents.strategy.bidding;

import java.util.random.RandomGenerator;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;

/** Offers a uniformly random bid among those at or above its floor (its reservation value). */
public final class RandomBidding implements BiddingStrategy {

  private final BidRanking ranking;
  private final RandomGenerator random;

  public RandomBidding(BidRanking ranking, RandomGenerator random) {
    this.ranking = ranking;
    this.random = random;
  }

  @Override
  public String name() {
    return "random";
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    int lowest = ranking.firstAtLeast(BidChoice.floor(view, ranking));
    int rank = lowest + random.nextInt(ranking.size() - lowest);
    return new Planned(ranking.bidAt(rank), ranking.utilityAt(rank), ranking.utilityAt(rank));
  }
}
