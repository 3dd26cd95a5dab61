package org.parley.engine.analysis;

/** Sorts int indices by a comparator without boxing (stable merge sort). */
final class IndexSort {

  @FunctionalInterface
  interface IntComparator {
    int compare(int a, int b);
  }

  private IndexSort() {
  }

  static int[] identity(int n) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    return idx;
  }

  private static final int ORDINAL_BITS = 22;
  private static final int KEY_BITS = 63 - ORDINAL_BITS;
  private static final double SCALE = (double) (1L << KEY_BITS) - 1;

  /**
   * Indices 0..n-1 in the exact order of {@code cmp}, whose first criterion must be {@code key}
   * (ascending) for values in [0,1]. Fast path: a primitive sort of quantised keys packed with the
   * index, then an exact sort of each run of equal quantised keys; quantisation is monotone, so
   * the result is exactly {@code cmp}'s order.
   */
  static int[] sortByUnitKey(double[] key, IntComparator cmp) {
    int n = key.length;
    int[] idx = identity(n);
    if (n >= (1 << ORDINAL_BITS)) {
      sort(idx, cmp);
      return idx;
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (quantise(key[i]) << ORDINAL_BITS) | i;
    }
    java.util.Arrays.sort(packed);
    long mask = (1L << ORDINAL_BITS) - 1;
    for (int i = 0; i < n; i++) {
      idx[i] = (int) (packed[i] & mask);
    }
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || (packed[i] >>> ORDINAL_BITS) != (packed[start] >>> ORDINAL_BITS)) {
        if (i - start > 1) {
          insertionSort(idx, start, i, cmp);
        }
        start = i;
      }
    }
    return idx;
  }

  private static long quantise(double u) {
    return (long) (Math.min(1.0, Math.max(0.0, u)) * SCALE);
  }

  private static void insertionSort(int[] idx, int from, int to, IntComparator cmp) {
    if (to - from > 64) {
      int[] run = java.util.Arrays.copyOfRange(idx, from, to);
      sort(run, cmp);
      System.arraycopy(run, 0, idx, from, run.length);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int v = idx[i];
      int j = i - 1;
      while (j >= from && cmp.compare(idx[j], v) > 0) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = v;
    }
  }

  static void sort(int[] idx, IntComparator cmp) {
    int[] buffer = new int[idx.length];
    int[] src = idx;
    int[] dst = buffer;
    for (int width = 1; width < idx.length; width *= 2) {
      for (int lo = 0; lo < idx.length; lo += 2 * width) {
        int mid = Math.min(lo + width, idx.length);
        int hi = Math.min(lo + 2 * width, idx.length);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          dst[k++] = cmp.compare(src[i], src[j]) <= 0 ? src[i++] : src[j++];
        }
        while (i < mid) {
          dst[k++] = src[i++];
        }
        while (j < hi) {
          dst[k++] = src[j++];
        }
      }
      int[] t = src;
      src = dst;
      dst = t;
    }
    if (src != idx) {
      System.arraycopy(src, 0, idx, 0, idx.length);
    }
  }
}
