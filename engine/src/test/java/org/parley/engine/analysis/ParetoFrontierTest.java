package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.utility.UtilityFunction;

/**
 * {@link ParetoFrontier} against two references over outcome spaces given utility by utility: the
 * pairwise scan it used to run for three or more parties (same bids, same order) and the O(N²)
 * definition (same set). Utilities come from small sets so that exact ties and repeated utility
 * vectors are common: the three-party sweep must keep identical vectors and drop weakly dominated
 * ones exactly as the scan does.
 */
class ParetoFrontierTest {

  private static final double[] QUARTERS = {0, 0.25, 0.5, 0.75, 1};
  private static final double[] HALVES = {0, 0.5, 1};
  /** Outside UtilityFunction's [0,1]: the sweep must step aside, and the answer stay the scan's. */
  private static final double[] EXOTIC = {-0.0, 0.0, 0.5, 1, Double.NaN,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  /** An outcome space over one issue whose level i is bid i, with utilities[p][i] for party p. */
  static OutcomeSpace space(double[][] utilities) {
    Domain domain = Fixtures.domain("given", utilities[0].length);
    List<UtilityFunction> functions = Arrays.stream(utilities).map(u -> (UtilityFunction)
        new UtilityFunction() {
          @Override
          public Domain domain() {
            return domain;
          }

          @Override
          public double utility(Bid bid) {
            return u[bid.level(0)];
          }
        }).toList();
    return OutcomeSpace.of(domain, functions);
  }

  /**
   * The pairwise scan, written independently: bids by descending utilities then ascending ordinal;
   * a bid is kept iff no bid kept before it dominates it.
   */
  static int[] pairwiseScan(OutcomeSpace space) {
    Comparator<Integer> order = (a, b) -> 0;
    for (int p = 0; p < space.parties(); p++) {
      int party = p;
      order = order.thenComparing((a, b) -> Double.compare(space.utility(party, b),
          space.utility(party, a)));
    }
    Integer[] sorted = IntStream.range(0, space.size()).boxed().toArray(Integer[]::new);
    Arrays.sort(sorted, order.thenComparing(Comparator.naturalOrder()));
    int[] kept = new int[sorted.length];
    int count = 0;
    for (int b : sorted) {
      boolean dominated = false;
      for (int k = 0; k < count && !dominated; k++) {
        dominated = weaklyDominates(space, kept[k], b);
      }
      if (!dominated) {
        kept[count++] = b;
      }
    }
    return Arrays.copyOf(kept, count);
  }

  /** The definition: the bids that no bid dominates, O(N²). */
  static TreeSet<Integer> undominated(OutcomeSpace space) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int b = 0; b < space.size(); b++) {
      boolean dominated = false;
      for (int a = 0; a < space.size() && !dominated; a++) {
        dominated = weaklyDominates(space, a, b);
      }
      if (!dominated) {
        out.add(b);
      }
    }
    return out;
  }

  /** At least as much for every party and more for one. */
  private static boolean weaklyDominates(OutcomeSpace space, int a, int b) {
    boolean more = false;
    for (int p = 0; p < space.parties(); p++) {
      if (space.utility(p, a) < space.utility(p, b)) {
        return false;
      }
      more |= space.utility(p, a) > space.utility(p, b);
    }
    return more;
  }

  private static int[] ordinals(ParetoFrontier frontier) {
    return IntStream.range(0, frontier.size()).map(frontier::ordinal).toArray();
  }

  /**
   * Random utilities: from {0, ¼, ½, ¾, 1}, from {0, ½, 1}, any 12-decimal number, or on the
   * simplex u0 + u1 + u2 = 1 (every bid optimal); then some bids copy another's vector.
   */
  static double[][] randomUtilities(SplittableRandom random, int parties, int n) {
    int kind = random.nextInt(4);
    double[][] u = new double[parties][n];
    for (int i = 0; i < n; i++) {
      int left = 1000;
      for (int p = 0; p < parties; p++) {
        int share = p == parties - 1 ? left : random.nextInt(left + 1);
        left -= share;
        u[p][i] = switch (kind) {
          case 0 -> QUARTERS[random.nextInt(QUARTERS.length)];
          case 1 -> HALVES[random.nextInt(HALVES.length)];
          case 2 -> random.nextDouble();
          default -> share / 1000.0;
        };
      }
    }
    int copies = random.nextInt(n / 2 + 1);
    for (int c = 0; c < copies; c++) {
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      for (int p = 0; p < parties; p++) {
        u[p][to] = u[p][from];
      }
    }
    return u;
  }

  @Property(tries = 400)
  void threePartiesMatchThePairwiseScanAndTheDefinition(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 250) int bids) {
    OutcomeSpace space = space(randomUtilities(new SplittableRandom(seed), 3, bids));
    assertTrue(ThreePartyFrontierSweep.applies(space), "the sweep, not the scan, is under test");
    int[] frontier = ordinals(ParetoFrontier.of(space));
    assertArrayEquals(pairwiseScan(space), frontier, "same bids in the same order");
    assertEquals(undominated(space), new TreeSet<>(Arrays.stream(frontier).boxed().toList()));
  }

  @Property(tries = 150)
  void twoAndFourPartiesMatchThePairwiseScan(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 150) int bids, @ForAll boolean four) {
    OutcomeSpace space = space(randomUtilities(new SplittableRandom(seed), four ? 4 : 2, bids));
    assertArrayEquals(pairwiseScan(space), ordinals(ParetoFrontier.of(space)));
  }

  @Property(tries = 150)
  void utilitiesOutsideTheContractStillGetThePairwiseScansAnswer(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int bids) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] u = new double[3][bids];
    for (double[] party : u) {
      for (int i = 0; i < bids; i++) {
        party[i] = random.nextInt(3) == 0 ? EXOTIC[random.nextInt(EXOTIC.length)]
            : QUARTERS[random.nextInt(QUARTERS.length)];
      }
    }
    OutcomeSpace space = space(u);
    assertArrayEquals(pairwiseScan(space), ordinals(ParetoFrontier.of(space)));
  }

  @Test
  void identicalVectorsAreAllKeptAndWeaklyDominatedOnesDropped() {
    OutcomeSpace space = space(new double[][] {
        {1, 1, 1, 0.5, 1, 1, 0.5, 0.5, 0.5},
        {1, 1, 0.5, 1, 0, 1, 1, 0.5, 0.5},
        {0.5, 0.5, 1, 1, 1, 0.5, 0.5, 1, 1}});
    // bids 0, 1 and 5 share (1, 1, ½); 6 is (½, 1, ½), dominated by them only in u0; 4 (1, 0, 1)
    // is dominated by 2 (1, ½, 1) in u1 only; 7 and 8 (½, ½, 1) by 3 (½, 1, 1) in u1 only.
    assertArrayEquals(new int[] {0, 1, 5, 2, 3}, ordinals(ParetoFrontier.of(space)));
  }

  @Test
  void twoHundredThousandOptimalBidsOfThreeParties() {
    int n = 200_000;
    SplittableRandom random = new SplittableRandom(14);
    double[][] u = new double[3][n];
    int scale = 1_000_000_000;
    for (int i = 0; i < n; i++) {
      int a = random.nextInt(scale + 1);
      int b = random.nextInt(scale + 1);
      u[0][i] = Math.min(a, b) / 1e9; // on the simplex, so no bid dominates another
      u[1][i] = (Math.max(a, b) - Math.min(a, b)) / 1e9;
      u[2][i] = (scale - Math.max(a, b)) / 1e9;
    }
    OutcomeSpace space = space(u);
    assertTrue(ThreePartyFrontierSweep.applies(space));
    ParetoFrontier frontier = ParetoFrontier.of(space);
    assertEquals(n, frontier.size());
    for (int i = 1; i < n; i++) {
      assertFalse(space.utility(0, frontier.ordinal(i - 1)) < space.utility(0,
          frontier.ordinal(i)), "sorted by the first party's utility, descending");
    }
  }
}
