package org.parley.engine.analysis;

import java.util.List;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.utility.Decimals;
import org.parley.engine.utility.UtilityFunction;

/**
 * Every bid of a domain with every party's (undiscounted) utility: {@code utility(p, ordinal)},
 * rounded as {@link Decimals} says so that ties on paper are ties here.
 * Exact and uncapped up to {@link #MAX_BIDS}; memory is 8 bytes per bid per party.
 */
public final class OutcomeSpace {

  /** 20 million bids: 320 MB for two parties. Larger domains must be analysed by sampling. */
  public static final long MAX_BIDS = 20_000_000L;

  private final Domain domain;
  private final double[][] utilities;

  private OutcomeSpace(Domain domain, double[][] utilities) {
    this.domain = domain;
    this.utilities = utilities;
  }

  public static OutcomeSpace of(Domain domain, List<UtilityFunction> functions) {
    return of(domain, functions, Stop.NEVER);
  }

  /** The space, giving up with {@link AnalysisStoppedException} when {@code stop} asks. */
  public static OutcomeSpace of(Domain domain, List<UtilityFunction> functions, Stop stop) {
    long size = domain.size();
    if (size > MAX_BIDS) {
      throw new IllegalArgumentException("domain '" + domain.name() + "' has " + size
          + " bids; exact analysis stops at " + MAX_BIDS);
    }
    int n = (int) size;
    double[][] utilities = new double[functions.size()][n];
    int[] levels = new int[domain.issueCount()];
    for (int ordinal = 0; ordinal < n; ordinal++) {
      if ((ordinal & 0xFFFF) == 0) {
        stop.check();
      }
      Bid bid = Bid.of(levels);
      for (int p = 0; p < functions.size(); p++) {
        utilities[p][ordinal] = Decimals.utility(functions.get(p).utility(bid));
      }
      // odometer: last issue is the least significant digit, as in Domain.bidAt
      for (int k = levels.length - 1; k >= 0; k--) {
        if (++levels[k] < domain.issue(k).size()) {
          break;
        }
        levels[k] = 0;
      }
    }
    return new OutcomeSpace(domain, utilities);
  }

  public Domain domain() {
    return domain;
  }

  public int size() {
    return utilities.length == 0 ? 0 : utilities[0].length;
  }

  public int parties() {
    return utilities.length;
  }

  public double utility(int party, int ordinal) {
    return utilities[party][ordinal];
  }

  public double[] point(int ordinal) {
    double[] point = new double[utilities.length];
    for (int p = 0; p < utilities.length; p++) {
      point[p] = utilities[p][ordinal];
    }
    return point;
  }

  /** Read-only use only: one party's utility of every bid, by ordinal. */
  double[] column(int party) {
    return utilities[party];
  }
}
