package org.parley.agents.strategy.bidding;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;
import org.parley.agents.strategy.model.OpponentOffers;

/**
 * Behaviour-dependent tit-for-tat (Faratin, Sierra &amp; Jennings 1998), in utility space as NegMAS
 * and GENIUS adaptations do: the opponent's concession is measured in our own utility of its
 * offers (u), and reciprocated on our own target. With our last offer's utility m and the
 * opponent's offers o_1 … o_k:
 *
 * <ul>
 *   <li>relative: m' = m · u(o_{k−1}) / u(o_k) (the same ratio);
 *   <li>absolute: m' = m − (u(o_k) − u(o_{k−1})) (the same amount);
 *   <li>averaged over a window γ: m' = m · u(o_{k−γ}) / u(o_k).
 * </ul>
 *
 * Until the opponent has made enough offers, it offers its best bid. Targets stay between the
 * floor and the best utility; the bid is chosen by {@link BidChoice}.
 */
public final class TitForTatBidding implements BiddingStrategy {

  public enum Mode { RELATIVE, ABSOLUTE, AVERAGED }

  private final Mode mode;
  private final int window;
  private final BidRanking ranking;

  public TitForTatBidding(Mode mode, int window, BidRanking ranking) {
    if (window < 1 || window > 20) {
      throw new IllegalArgumentException("window must be 1 to 20, got " + window);
    }
    this.mode = mode;
    this.window = mode == Mode.AVERAGED ? window : 1;
    this.ranking = ranking;
  }

  @Override
  public String name() {
    return "tit-for-tat-" + mode.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    var mine = OpponentOffers.lastOwn(view);
    Bid earlier = OpponentOffers.theirs(view, window);
    if (mine == null || earlier == null) {
      return BidChoice.nearest(view, ranking, ranking.maxUtility(), model);
    }
    var utility = view.profile().utility();
    double m = utility.utility(mine);
    double last = utility.utility(OpponentOffers.theirs(view, 0));
    double before = utility.utility(earlier);
    double target = switch (mode) {
      case ABSOLUTE -> m - (last - before);
      case RELATIVE, AVERAGED -> last <= 0 ? m : m * before / last;
    };
    return BidChoice.nearest(view, ranking, target, model);
  }
}
