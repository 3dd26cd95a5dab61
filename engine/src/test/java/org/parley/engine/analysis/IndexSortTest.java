package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IndexSortTest {

  /** The fast path gives exactly the comparator's order, ties and near-ties included. */
  @Property(tries = 200)
  void quantisedSortEqualsComparatorSort(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 3000) int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] u = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(3);
      u[i] = kind == 0 ? random.nextInt(5) / 4.0
          : kind == 1 ? 0.5 + random.nextInt(3) * Math.ulp(0.5) : random.nextDouble();
      v[i] = random.nextInt(4) / 3.0;
    }
    IndexSort.IntComparator cmp = (a, b) -> {
      int c = Double.compare(u[a], u[b]);
      if (c != 0) {
        return c;
      }
      c = Double.compare(v[b], v[a]);
      return c != 0 ? c : Integer.compare(a, b);
    };
    int[] expected = IndexSort.identity(n);
    IndexSort.sort(expected, cmp);
    assertArrayEquals(expected, IndexSort.sortByUnitKey(u, cmp));
  }
}
