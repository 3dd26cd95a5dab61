package org.parley.agents.strategy.model;

import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;

/**
 * An opponent model whose estimate adds one term per issue: clamp(Σ_k term(k, level_k) / divisor)
 * into [0,1]. The terms are kept by level slot (see {@link BidRanking#levelSlots()}), which makes
 * rating thousands of bids a walk over two arrays, and lets a scan skip any block of bids whose
 * best possible sum falls short. Every path sums the same terms in issue order, so they agree to
 * the last bit.
 */
public abstract class AdditiveModel implements OpponentModel {

  private final int issues;
  /** First slot of each issue. */
  private final int[] offset;
  /** Issue of each slot. */
  private final int[] issueOf;
  /** Scratch space of the searches (a model serves one negotiator, on one thread at a time). */
  private final double[] best;
  private final double[] rated = new double[BidRanking.BLOCK];

  AdditiveModel(Domain domain) {
    issues = domain.issueCount();
    offset = new int[issues];
    int slots = 0;
    for (int k = 0; k < issues; k++) {
      offset[k] = slots;
      slots += domain.issue(k).size();
    }
    issueOf = new int[slots];
    for (int k = 0; k < issues; k++) {
      for (int v = 0; v < domain.issue(k).size(); v++) {
        issueOf[offset[k] + v] = k;
      }
    }
    best = new double[issues];
  }

  /** Number of level slots. */
  final int slots() {
    return issueOf.length;
  }

  /** The term of each level slot under the current beliefs. */
  abstract double[] terms();

  /** What the sum of terms is divided by. */
  abstract double divisor();

  private double finish(double sum) {
    return Math.min(1, Math.max(0, sum / divisor()));
  }

  @Override
  public final double estimate(Bid bid) {
    double[] t = terms();
    double u = 0;
    for (int k = 0; k < issues; k++) {
      u += t[offset[k] + bid.level(k)];
    }
    return finish(u);
  }

  /** Estimates of the bids at ranks [{@code from}, {@code to}) into {@code out[0..to-from)}. */
  private void estimate(BidRanking ranking, int from, int to, double[] out) {
    double[] t = terms();
    char[] slots = ranking.levelSlots();
    for (int r = from; r < to; r++) {
      double u = 0;
      int base = r * issues;
      for (int k = 0; k < issues; k++) {
        u += t[slots[base + k]];
      }
      out[r - from] = finish(u);
    }
  }

  /**
   * The same answer as the default scan, faster: first the best any bid could be rated (each
   * issue's best term), then, block by block from the top, the best any bid of the block could be
   * rated (each issue's best term among the levels the block uses); only blocks that could reach
   * the target are rated bid by bid. Floating-point addition is monotone, so a bound summed in
   * the same order is never below a real bid's sum.
   */
  @Override
  public final int lastAtLeast(BidRanking ranking, int from, int to, double target) {
    if (from >= to) {
      return -1;
    }
    if (ranking.levelSlots() == null) { // a domain too large for the slot table
      return OpponentModel.super.lastAtLeast(ranking, from, to, target);
    }
    double[] t = terms();
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int s = 0; s < t.length; s++) {
      best[issueOf[s]] = Math.max(best[issueOf[s]], t[s]);
    }
    if (bound(best) < target) {
      return -1;
    }
    for (int b = (to - 1) / BidRanking.BLOCK; b >= from / BidRanking.BLOCK; b--) {
      if (blockBound(ranking, b, t, best) < target) {
        continue;
      }
      int lo = Math.max(from, b * BidRanking.BLOCK);
      int hi = Math.min(to, (b + 1) * BidRanking.BLOCK);
      estimate(ranking, lo, hi, rated);
      for (int r = hi - 1; r >= lo; r--) {
        if (rated[r - lo] >= target) {
          return r;
        }
      }
    }
    return -1;
  }

  /** The same answer as the default scan; blocks that cannot beat the best so far are skipped. */
  @Override
  public final int bestFor(BidRanking ranking, int from, int to, int incumbent) {
    if (ranking.levelSlots() == null) {
      return OpponentModel.super.bestFor(ranking, from, to, incumbent);
    }
    double[] t = terms();
    int winner = incumbent;
    estimate(ranking, incumbent, incumbent + 1, rated);
    double bestEstimate = rated[0];
    for (int b = from / BidRanking.BLOCK; from < to && b <= (to - 1) / BidRanking.BLOCK; b++) {
      if (blockBound(ranking, b, t, best) <= bestEstimate) {
        continue;
      }
      int lo = Math.max(from, b * BidRanking.BLOCK);
      int hi = Math.min(to, (b + 1) * BidRanking.BLOCK);
      estimate(ranking, lo, hi, rated);
      for (int r = lo; r < hi; r++) {
        if (rated[r - lo] > bestEstimate) {
          bestEstimate = rated[r - lo];
          winner = r;
        }
      }
    }
    return winner;
  }

  /** The best estimate any bid of block {@code b} could have; {@code best} is scratch space. */
  private double blockBound(BidRanking ranking, int b, double[] t, double[] best) {
    long[] masks = ranking.blockSlots();
    int words = ranking.slotWords();
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    for (int w = 0; w < words; w++) {
      long m = masks[b * words + w];
      while (m != 0) {
        int s = w * 64 + Long.numberOfTrailingZeros(m);
        m &= m - 1;
        best[issueOf[s]] = Math.max(best[issueOf[s]], t[s]);
      }
    }
    return bound(best);
  }

  private double bound(double[] best) {
    double u = 0;
    for (int k = 0; k < issues; k++) {
      u += best[k];
    }
    return finish(u);
  }
}
