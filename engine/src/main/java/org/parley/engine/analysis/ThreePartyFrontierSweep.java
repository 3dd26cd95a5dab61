package org.parley.engine.analysis;

import java.util.Arrays;

/**
 * The Pareto-optimal bids of a three-party outcome space in O(N log N) time and O(N) memory: the
 * classic 3-D maxima sweep (Kung, Luccio and Preparata 1975). {@link ParetoFrontier} used to test
 * each bid against every optimal bid kept so far, O(N × frontier), which never ends when most of
 * 10⁶ bids are optimal.
 *
 * <p>Bids come sorted lexicographically by descending utilities (u0, u1, u2), so every bid that
 * could dominate a bid comes before it. The sweep takes the bids in runs of equal u0. A bid is
 * dominated (at least as good for everyone, better for someone) iff
 *
 * <ul>
 *   <li>a bid of an earlier run (strictly larger u0) has u1' ≥ u1 and u2' ≥ u2: the optimal bids
 *       of earlier runs sit in a Fenwick tree over the ranks of u1, descending, that answers "the
 *       largest u2 among bids with u1' ≥ u1" in O(log N) (a 2-D staircase; a TreeMap would box
 *       every bid); or
 *   <li>a bid of its own run, not identical to it, has u1' ≥ u1 and u2' ≥ u2. Such bids sort
 *       before the bid's run of identical vectors, and every bid there has u1' ≥ u1 and is not
 *       identical to it, so one running maximum of u2 up to that run answers this.
 * </ul>
 *
 * <p>Bids with identical utility vectors do not dominate each other, so they are all kept or all
 * dropped, as in the pairwise scan. The answer is the pairwise scan's, bid for bid and in the same
 * order, whenever {@link #applies} holds.
 */
final class ThreePartyFrontierSweep {

  private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);

  private ThreePartyFrontierSweep() {
  }

  /**
   * Whether the sweep gives exactly the pairwise scan's answer: three parties and every utility
   * finite and not -0.0. For NaN and -0.0 the sort's order ({@link Double#compare}) and
   * dominance's ({@code <}, {@code >}) disagree, so a dominating bid could sort after the bid it
   * dominates; -∞ is the sweep's "nothing yet". Utilities in [0,1] rounded by {@code Decimals} are
   * never any of these: this is a guard, O(N).
   */
  static boolean applies(OutcomeSpace space) {
    if (space.parties() != 3) {
      return false;
    }
    for (int p = 0; p < 3; p++) {
      for (double u : space.column(p)) {
        if (!Double.isFinite(u) || Double.doubleToRawLongBits(u) == NEGATIVE_ZERO_BITS) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The optimal bids among {@code sorted}, ordinals in descending lexicographic order of
   * utilities, in that order.
   */
  static int[] frontier(OutcomeSpace space, int[] sorted) {
    int n = sorted.length;
    // The utilities in sweep order, so that the sweep reads memory in sequence.
    double[] u0 = new double[n];
    double[] u1 = new double[n];
    double[] u2 = new double[n];
    for (int i = 0; i < n; i++) {
      u0[i] = space.utility(0, sorted[i]);
      u1[i] = space.utility(1, sorted[i]);
      u2[i] = space.utility(2, sorted[i]);
    }
    int[] rank = ranksOfDescending(u1); // 1..n

    // tree[r]: Fenwick prefix maximum of u2 over the optimal bids of earlier runs, by rank of u1.
    double[] tree = new double[n + 1];
    Arrays.fill(tree, Double.NEGATIVE_INFINITY);
    int[] kept = new int[n]; // positions in sorted
    int count = 0;
    int runKept = 0; // kept[runKept..count) belong to the current run of equal u0
    double runBest = Double.NEGATIVE_INFINITY; // largest u2 before the identical run, this run
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        if (u0[i - 1] != u0[i]) {
          for (int k = runKept; k < count; k++) {
            raise(tree, rank[kept[k]], u2[kept[k]]);
          }
          runKept = count;
          runBest = Double.NEGATIVE_INFINITY;
        } else if (u1[i - 1] != u1[i] || u2[i - 1] != u2[i]) {
          runBest = Math.max(runBest, u2[i - 1]);
        }
      }
      if (runBest < u2[i] && prefixMax(tree, rank[i]) < u2[i]) {
        kept[count++] = i;
      }
    }
    int[] ordinals = new int[count];
    for (int k = 0; k < count; k++) {
      ordinals[k] = sorted[kept[k]];
    }
    return ordinals;
  }

  /**
   * Each value's rank among the distinct values, 1 for the largest, so that "at least this value"
   * is a prefix of ranks. Sorted with {@link IndexSort#sortByUnitKey} (a primitive sort).
   */
  private static int[] ranksOfDescending(double[] values) {
    int n = values.length;
    double[] key = new double[n];
    for (int i = 0; i < n; i++) {
      key[i] = 1.0 - values[i];
    }
    int[] order = IndexSort.sortByUnitKey(key, (x, y) -> Double.compare(values[y], values[x]));
    int[] rank = new int[n];
    int r = 0;
    for (int j = 0; j < n; j++) {
      if (j == 0 || values[order[j]] != values[order[j - 1]]) {
        r++;
      }
      rank[order[j]] = r;
    }
    return rank;
  }

  private static void raise(double[] tree, int rank, double value) {
    for (int r = rank; r < tree.length; r += r & -r) {
      if (tree[r] >= value) {
        return; // every later node covers this one, so it is at least as large already
      }
      tree[r] = value;
    }
  }

  private static double prefixMax(double[] tree, int rank) {
    double best = Double.NEGATIVE_INFINITY;
    for (int r = rank; r > 0; r -= r & -r) {
      best = Math.max(best, tree[r]);
    }
    return best;
  }
}
