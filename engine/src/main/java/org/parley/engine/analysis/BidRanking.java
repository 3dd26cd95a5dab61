package org.parley.engine.analysis;

import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.utility.UtilityFunction;

/**
 * One party's bids sorted by its own utility, ascending (ties by ordinal), so a strategy finds the
 * bid nearest a target utility in O(log N). Immutable; built once per profile and shared.
 */
public final class BidRanking {

  private final Domain domain;
  private final int[] ordinals;
  private final double[] utilities;

  private BidRanking(Domain domain, int[] ordinals, double[] utilities) {
    this.domain = domain;
    this.ordinals = ordinals;
    this.utilities = utilities;
  }

  public static BidRanking of(UtilityFunction function) {
    OutcomeSpace space = OutcomeSpace.of(function.domain(), java.util.List.of(function));
    return of(space, 0);
  }

  static BidRanking of(OutcomeSpace space, int party) {
    double[] u = space.column(party);
    int[] idx = IndexSort.sortByUnitKey(u, (a, b) -> {
      int c = Double.compare(u[a], u[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    double[] sorted = new double[u.length];
    for (int i = 0; i < idx.length; i++) {
      sorted[i] = u[idx[i]];
    }
    return new BidRanking(space.domain(), idx, sorted);
  }

  public int size() {
    return ordinals.length;
  }

  /** Own utility of the bid at rank {@code rank} (0 = worst). */
  public double utilityAt(int rank) {
    return utilities[rank];
  }

  public Bid bidAt(int rank) {
    return domain.bidAt(ordinals[rank]);
  }

  public double maxUtility() {
    return utilities[utilities.length - 1];
  }

  public double minUtility() {
    return utilities[0];
  }

  /** Rank of the lowest bid whose utility is at least {@code u}, or {@link #size()} if none. */
  public int firstAtLeast(double u) {
    int lo = 0;
    int hi = utilities.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (utilities[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Rank of the bid whose utility is nearest {@code target}; on a tie between a bid below and one
   * above, the one above (never concede more than needed); among equal utilities, the first.
   */
  public int nearest(double target) {
    int above = firstAtLeast(target);
    if (above == utilities.length) {
      return firstAtLeast(utilities[utilities.length - 1]);
    }
    if (above == 0) {
      return 0;
    }
    int below = firstAtLeast(utilities[above - 1]);
    return target - utilities[below] < utilities[above] - target ? below : above;
  }
}
