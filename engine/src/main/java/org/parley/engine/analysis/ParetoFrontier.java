package org.parley.engine.analysis;

import java.util.Arrays;

/**
 * The Pareto-optimal bids of an outcome space: no other bid gives every party at least as much and
 * one party more. Exact, no cap. Bids are sorted lexicographically by descending utilities (then by
 * ordinal); a bid is optimal iff no optimal bid before it dominates it (a dominator sorts earlier,
 * and dominance is transitive). Bids with identical utility vectors are all kept. By parties:
 *
 * <ul>
 *   <li>two: O(N log N), a sweep keeping each bid whose second utility beats the best so far
 *       (after an O(N) prefilter);
 *   <li>three: O(N log N) and O(N) memory, the 3-D maxima sweep of {@link ThreePartyFrontierSweep}
 *       (10⁶ bids, all optimal: 0.22–0.24 s, see EngineBench);
 *   <li>four or more: each bid against every optimal bid kept so far, O(N × F × parties) for F
 *       optimal bids: fast while the frontier is small, as in most scenarios, but quadratic when
 *       most bids are optimal (4 × 10⁴ such bids of four parties take 5 s, 10⁵ about 30 s).
 * </ul>
 */
public final class ParetoFrontier {

  private final OutcomeSpace space;
  private final int[] ordinals;

  private ParetoFrontier(OutcomeSpace space, int[] ordinals) {
    this.space = space;
    this.ordinals = ordinals;
  }

  public static ParetoFrontier of(OutcomeSpace space) {
    return of(space, Stop.NEVER);
  }

  /** The frontier, giving up with {@link AnalysisStoppedException} when {@code stop} asks. */
  public static ParetoFrontier of(OutcomeSpace space, Stop stop) {
    int parties = space.parties();
    int[] candidates = parties == 2 ? undominatedByHigherBuckets(space) : IndexSort.identity(
        space.size());
    stop.check();
    int[] sorted = sortedDescending(space, candidates);
    stop.check();
    int[] kept;
    if (parties == 2) {
      kept = twoPartySweep(space, sorted);
    } else if (ThreePartyFrontierSweep.applies(space)) {
      kept = ThreePartyFrontierSweep.frontier(space, sorted);
    } else {
      kept = againstEveryKept(space, sorted, stop);
    }
    return new ParetoFrontier(space, kept);
  }

  /** {@code candidates} by descending utilities, party by party, then by ascending ordinal. */
  private static int[] sortedDescending(OutcomeSpace space, int[] candidates) {
    int parties = space.parties();
    int n = candidates.length;
    double[] descending = new double[n];
    for (int i = 0; i < n; i++) {
      descending[i] = 1.0 - space.utility(0, candidates[i]);
    }
    int[] positions = IndexSort.sortByUnitKey(descending, (x, y) -> {
      int a = candidates[x];
      int b = candidates[y];
      for (int p = 0; p < parties; p++) {
        int c = Double.compare(space.utility(p, b), space.utility(p, a));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a, b);
    });
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = candidates[positions[i]];
    }
    return sorted;
  }

  /** Two parties: a sorted bid is optimal iff its second utility beats every earlier one's. */
  private static int[] twoPartySweep(OutcomeSpace space, int[] sorted) {
    int[] kept = new int[sorted.length];
    int count = 0;
    double best = Double.NEGATIVE_INFINITY;
    int last = -1;
    for (int ordinal : sorted) {
      double u2 = space.utility(1, ordinal);
      boolean sameAsLast = last >= 0 && space.utility(0, last) == space.utility(0, ordinal)
          && space.utility(1, last) == u2;
      if (u2 > best || sameAsLast) {
        kept[count++] = ordinal;
        best = Math.max(best, u2);
        last = ordinal;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  /**
   * Any number of parties: each sorted bid against every optimal bid kept so far, O(N × F ×
   * parties). Used for four or more parties, and for three when a utility is NaN, infinite or
   * -0.0 (see {@link ThreePartyFrontierSweep#applies}).
   */
  private static int[] againstEveryKept(OutcomeSpace space, int[] sorted, Stop stop) {
    int[] kept = new int[sorted.length];
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      int ordinal = sorted[i];
      if ((i & 0x3FF) == 0) {
        stop.check();
      }
      boolean dominated = false;
      for (int k = 0; k < count && !dominated; k++) {
        dominated = dominates(space, kept[k], ordinal);
      }
      if (!dominated) {
        kept[count++] = ordinal;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  /**
   * An exact O(N) prefilter for two parties: bids are bucketed by the first party's utility; a bid
   * whose second utility is at most the best second utility of a strictly higher bucket is
   * dominated (that bid has a strictly larger first utility), so only the rest need sorting.
   */
  private static int[] undominatedByHigherBuckets(OutcomeSpace space) {
    int n = space.size();
    int buckets = Math.max(1, Math.min(4096, n / 8));
    double[] bestInBucket = new double[buckets];
    Arrays.fill(bestInBucket, Double.NEGATIVE_INFINITY);
    int[] bucketOf = new int[n];
    for (int i = 0; i < n; i++) {
      int b = (int) Math.min(buckets - 1, Math.max(0, space.utility(0, i) * buckets));
      bucketOf[i] = b;
      bestInBucket[b] = Math.max(bestInBucket[b], space.utility(1, i));
    }
    double[] bestAbove = new double[buckets];
    double best = Double.NEGATIVE_INFINITY;
    for (int b = buckets - 1; b >= 0; b--) {
      bestAbove[b] = best;
      best = Math.max(best, bestInBucket[b]);
    }
    int[] kept = new int[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      if (space.utility(1, i) > bestAbove[bucketOf[i]]) {
        kept[count++] = i;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  static boolean dominates(OutcomeSpace space, int a, int b) {
    boolean strict = false;
    for (int p = 0; p < space.parties(); p++) {
      double ua = space.utility(p, a);
      double ub = space.utility(p, b);
      if (ua < ub) {
        return false;
      }
      strict |= ua > ub;
    }
    return strict;
  }

  public OutcomeSpace space() {
    return space;
  }

  public int size() {
    return ordinals.length;
  }

  /** Ordinal of the i-th frontier bid, sorted by the first party's utility, descending. */
  public int ordinal(int i) {
    return ordinals[i];
  }

  public double[] point(int i) {
    return space.point(ordinals[i]);
  }

  /** Euclidean distance from a utility vector to the nearest frontier point. */
  public double distance(double[] point) {
    double best = Double.POSITIVE_INFINITY;
    for (int ordinal : ordinals) {
      double d2 = 0;
      for (int p = 0; p < point.length; p++) {
        double d = space.utility(p, ordinal) - point[p];
        d2 += d * d;
      }
      best = Math.min(best, d2);
    }
    return Math.sqrt(best);
  }
}
