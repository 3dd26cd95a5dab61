package org.parley.agents.strategy.bidding;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;

/**
 * Time-dependent tactic (Faratin, Sierra &amp; Jennings 1998, as GENIUS implements it):
 * f(t) = k + (1 − k)·t^(1/e), target p(t) = P_min + (P_max − P_min)·(1 − f(t)), where P_max is the
 * best own utility and P_min the larger of the reservation value and the worst own utility. Offers
 * the bid nearest p(t) ({@link BidChoice}: never below P_min; ties to the opponent model). e &lt; 1 is Boulware (concedes
 * late), e = 1 linear, e &gt; 1 Conceder, e = 0 hardliner (f(t) = k throughout). Convention: this e
 * is GENIUS's; NegMAS's aspiration exponent is 1/e.
 */
public final class TimeDependentBidding implements BiddingStrategy {

  private final double e;
  private final double k;
  private final BidRanking ranking;

  /**
   * @param e concession exponent, ≥ 0
   * @param k initial concession in [0,1]; 0 starts at the best bid
   */
  public TimeDependentBidding(double e, double k, BidRanking ranking) {
    if (!(e >= 0 && e <= 100)) {
      throw new IllegalArgumentException("e must be in [0,100], got " + e);
    }
    if (!(k >= 0 && k <= 1)) {
      throw new IllegalArgumentException("k must be in [0,1], got " + k);
    }
    this.e = e;
    this.k = k;
    this.ranking = ranking;
  }

  @Override
  public String name() {
    return "time-dependent";
  }

  /** f(t) of Faratin et al. */
  public double concession(double t) {
    if (e == 0) {
      return k;
    }
    return k + (1 - k) * Math.pow(t, 1 / e);
  }

  /** Target own utility at progress t, for a given reservation value. */
  public double target(double t, double reservation) {
    double pMax = ranking.maxUtility();
    double pMin = Math.min(pMax, Math.max(reservation, ranking.minUtility()));
    return pMin + (pMax - pMin) * (1 - concession(t));
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    return BidChoice.nearest(view, ranking, target(view.progress(), view.profile().reservation()),
        model);
  }
}
