package org.parley.agents.strategy.bidding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;

/**
 * MiCRO (de Jonge 2022): proposes its bids one at a time in descending own utility, never below
 * its reservation value, and concedes to the next bid only when the opponent has made at least as
 * many distinct offers as MiCRO has; otherwise it repeats one of its earlier bids at random.
 * Planned utility is that of the next bid in order, which is what its acceptance compares with.
 */
public final class MicroBidding implements BiddingStrategy {

  private final BidRanking ranking;
  private final RandomGenerator random;
  private int proposed;
  /** The opponents' distinct offers, from the first {@code seen} actions of the history. */
  private final Set<Bid> received = new HashSet<>();
  private int seen;

  public MicroBidding(BidRanking ranking, RandomGenerator random) {
    this.ranking = ranking;
    this.random = random;
  }

  @Override
  public String name() {
    return "micro";
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    List<Action> history = view.history();
    for (int i = seen; i < history.size(); i++) {
      if (history.get(i) instanceof Offer o && !o.party().equals(view.party())) {
        received.add(o.bid());
      }
    }
    seen = history.size();
    int lowest = ranking.firstAtLeast(BidChoice.floor(view, ranking));
    int nextRank = Math.max(lowest, ranking.size() - 1 - proposed);
    boolean concede = proposed == 0 || received.size() >= proposed;
    if (concede && ranking.size() - 1 - proposed >= lowest) {
      proposed++;
      return new Planned(ranking.bidAt(nextRank), ranking.utilityAt(nextRank),
          ranking.utilityAt(nextRank));
    }
    int repeat = ranking.size() - 1 - random.nextInt(Math.max(1, proposed));
    return new Planned(ranking.bidAt(repeat), ranking.utilityAt(nextRank),
        ranking.utilityAt(nextRank));
  }

}
