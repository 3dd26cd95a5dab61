package org.parley.agents.strategy.bidding;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.model.OpponentModel;

/**
 * Time-dependent tactic (Faratin, Sierra &amp; Jennings 1998): f(t) = k + (1 − k)·t^(1/e), target
 * p(t) = P_min + (P_max − P_min)·(1 − f(t)), where P_max is the best own utility and P_min is set by
 * the {@link Floor}: by default the reservation value (or the worst own utility, if higher), so the
 * curve ends at the reservation value; with {@link Floor#WORST_BID} the worst own utility, as
 * GENIUS's time-dependent agents define it. Either way it offers the bid nearest p(t) and never
 * one below the reservation value ({@link BidChoice}; ties go to the opponent model). e &lt; 1 is
 * Boulware (concedes late), e = 1 linear, e &gt; 1 Conceder, e = 0 hardliner (f(t) = k
 * throughout). Convention: this e is GENIUS's; NegMAS's aspiration exponent is 1/e.
 */
public final class TimeDependentBidding implements BiddingStrategy {

  /** What the curve concedes down to (P_min). */
  public enum Floor {
    /** The reservation value, or the worst own utility if that is higher (Parley's default). */
    RESERVATION,
    /** The worst own utility, as GENIUS's time-dependent agents (offers still stop at the
     * reservation value). */
    WORST_BID
  }

  private final double e;
  private final double k;
  private final Floor floor;
  private final BidRanking ranking;

  /**
   * @param e concession exponent, ≥ 0
   * @param k initial concession in [0,1]; 0 starts at the best bid
   * @param floor what P_min is
   */
  public TimeDependentBidding(double e, double k, Floor floor, BidRanking ranking) {
    if (!(e >= 0 && e <= 100)) {
      throw new IllegalArgumentException("e must be in [0,100], got " + e);
    }
    if (!(k >= 0 && k <= 1)) {
      throw new IllegalArgumentException("k must be in [0,1], got " + k);
    }
    this.e = e;
    this.k = k;
    this.floor = java.util.Objects.requireNonNull(floor, "floor");
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
    double pMin = floor == Floor.WORST_BID ? ranking.minUtility()
        : Math.min(pMax, Math.max(reservation, ranking.minUtility()));
    return pMin + (pMax - pMin) * (1 - concession(t));
  }

  @Override
  public Planned next(NegotiationView view, OpponentModel model) {
    return BidChoice.nearest(view, ranking, target(view.progress(), view.profile().reservation()),
        model);
  }
}
