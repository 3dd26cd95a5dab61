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
