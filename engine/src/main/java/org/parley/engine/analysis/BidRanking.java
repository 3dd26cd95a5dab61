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
  /**
   * Bids by rank, made on first use. Racing threads may each make one: a bid is immutable, with
   * final fields only, so whichever lands is safe to share.
   */
  private final Bid[] bids;
  private volatile char[] levelSlots;
  private volatile long[] blockSlots;
  private final int slotWords;

  /** Ranks per block of {@link #blockSlots()}. */
  public static final int BLOCK = 64;

  private BidRanking(Domain domain, int[] ordinals, double[] utilities) {
    this.domain = domain;
    this.ordinals = ordinals;
    this.utilities = utilities;
    this.bids = new Bid[ordinals.length];
    int slots = 0;
    for (int k = 0; k < domain.issueCount(); k++) {
      slots += domain.issue(k).size();
    }
    this.slotWords = (slots + 63) / 64;
  }

  /**
   * A party's bids ranked by its utility function's own values. Strategies choose among these, so
   * they are not rounded as the analysis rounds them ({@link OutcomeSpace}): rounding would turn
   * near-ties into exact ties and change which bid every strategy picks among them.
   */
  public static BidRanking of(UtilityFunction function) {
    Domain domain = function.domain();
    long size = domain.size();
    if (size > OutcomeSpace.MAX_BIDS) {
      throw new IllegalArgumentException("domain '" + domain.name() + "' has " + size
          + " bids; ranking stops at " + OutcomeSpace.MAX_BIDS);
    }
    double[] u = new double[(int) size];
    int[] levels = new int[domain.issueCount()];
    for (int ordinal = 0; ordinal < u.length; ordinal++) {
      u[ordinal] = function.utility(Bid.of(levels));
      // odometer: last issue is the least significant digit, as in Domain.bidAt
      for (int k = levels.length - 1; k >= 0; k--) {
        if (++levels[k] < domain.issue(k).size()) {
          break;
        }
        levels[k] = 0;
      }
    }
    return sorted(domain, u);
  }

  private static BidRanking sorted(Domain domain, double[] u) {
    int[] idx = IndexSort.sortByUnitKey(u, (a, b) -> {
      int c = Double.compare(u[a], u[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    double[] sorted = new double[u.length];
    for (int i = 0; i < idx.length; i++) {
      sorted[i] = u[idx[i]];
    }
    return new BidRanking(domain, idx, sorted);
  }

  public int size() {
    return ordinals.length;
  }

  /** Own utility of the bid at rank {@code rank} (0 = worst). */
  public double utilityAt(int rank) {
    return utilities[rank];
  }

  public Bid bidAt(int rank) {
    Bid bid = bids[rank];
    if (bid == null) {
      bid = domain.bidAt(ordinals[rank]);
      bids[rank] = bid;
    }
    return bid;
  }

  /**
   * Every bid's levels by rank, as level slots: the levels of all issues numbered in one sequence
   * (issue 0's levels first, then issue 1's, …), so a per-level table of an additive model is one
   * flat array. Rank-major: the slot of issue {@code k}'s level in the bid at rank {@code r} is
   * {@code [r * issueCount + k]}. For scans over many bids: one array walked in order instead of
   * one object per bid. Slots are 16-bit, so that two threads scanning London's 48,000 bids share
   * less cache (0.8 MB, not 1.5). Null when the domain has more than 65,536 levels in all: scan
   * bid by bid then. Made on first use; do not change it.
   */
  public char[] levelSlots() {
    char[] m = levelSlots;
    if (m == null && slotWords * 64 <= Character.MAX_VALUE + 1) {
      int n = domain.issueCount();
      int[] radix = new int[n];
      int[] offset = new int[n];
      for (int k = 0; k < n; k++) {
        radix[k] = domain.issue(k).size();
        offset[k] = k == 0 ? 0 : offset[k - 1] + radix[k - 1];
      }
      m = new char[Math.multiplyExact(ordinals.length, n)];
      for (int r = 0; r < ordinals.length; r++) {
        long rest = ordinals[r];
        for (int k = n - 1; k >= 0; k--) {
          m[r * n + k] = (char) (offset[k] + (int) (rest % radix[k]));
          rest /= radix[k];
        }
      }
      levelSlots = m;
    }
    return m;
  }

  /** Longs per block in {@link #blockSlots()}: one bit for each level of each issue. */
  public int slotWords() {
    return slotWords;
  }

  /**
   * Which level slots the bids of each block of {@link #BLOCK} ranks use (block b holds ranks
   * b·BLOCK to b·BLOCK + BLOCK − 1; the last may be short): {@link #slotWords()} longs per block,
   * bit s of the block's words set when some bid of the block takes slot s. An additive model
   * bounds a whole block from these before rating its bids. Null when {@link #levelSlots()} is.
   * Made on first use; do not change it.
   */
  public long[] blockSlots() {
    long[] masks = blockSlots;
    char[] slots = masks == null ? levelSlots() : null; // the usual call finds the masks made
    if (slots != null) {
      int n = domain.issueCount();
      int words = slotWords();
      int blocks = (ordinals.length + BLOCK - 1) / BLOCK;
      masks = new long[blocks * words];
      for (int r = 0; r < ordinals.length; r++) {
        int base = (r / BLOCK) * words;
        for (int k = 0; k < n; k++) {
          int slot = slots[r * n + k];
          masks[base + slot / 64] |= 1L << (slot % 64);
        }
      }
      blockSlots = masks;
    }
    return masks;
  }

  /** Rank of the lowest bid whose utility is above {@code u}, or {@link #size()} if none. */
  public int firstAbove(double u) {
    int lo = 0;
    int hi = utilities.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (utilities[mid] <= u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
