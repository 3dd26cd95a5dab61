package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its 95% confidence interval over independent blocks: mean ± t(0.975, k−1)·s/√k,
 * where the k values are block means and t is Student's t quantile (Apache Commons Math).
 *
 * <p>Why blocks: sessions that share a scenario, an opponent and a side are not independent
 * evidence; a deterministic pairing repeated ten times gives ten copies of one outcome, and an
 * interval over the copies would be √10 too narrow. So repetitions are averaged within their
 * block first, and only blocks count: ten identical repetitions give the same interval as one.
 *
 * @param half half the interval's width; NaN with fewer than two blocks (no interval)
 * @param blocks how many block means the estimate is made of
 */
public record Estimate(double mean, double half, int blocks) {

  /** The confidence of every interval Parley prints. */
  public static final double CONFIDENCE = 0.95;

  /** No value at all: no block had one. */
  static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, 0);

  /** The estimate from block means, each one independent of the others. */
  public static Estimate of(List<Double> blockMeans) {
    int k = blockMeans.size();
    if (k == 0) {
      return NONE;
    }
    double mean = blockMeans.stream().mapToDouble(Double::doubleValue).sum() / k;
    if (k == 1) {
      return new Estimate(mean, Double.NaN, 1);
    }
    double ss = blockMeans.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    double sd = Math.sqrt(ss / (k - 1));
    double t = new TDistribution(null, k - 1).inverseCumulativeProbability(
        1 - (1 - CONFIDENCE) / 2);
    return new Estimate(mean, t * sd / Math.sqrt(k), k);
  }

  /**
   * Averages {@code value} within each block of {@code items} (items whose value is null are
   * left out; a block with none is no block), then estimates over the block means.
   */
  public static <T> Estimate overBlocks(List<T> items, Function<T, ?> block,
      Function<T, Double> value) {
    return of(blockMeans(items, block, value));
  }

  /** The mean of {@code value} in each block that has one, in order of first appearance. */
  static <T> List<Double> blockMeans(List<T> items, Function<T, ?> block,
      Function<T, Double> value) {
    return new ArrayList<>(blockMeansByBlock(items, block, value).values());
  }

  /** {@link #blockMeans} by block, for pairing two candidates' blocks. */
  static <T> Map<Object, Double> blockMeansByBlock(List<T> items, Function<T, ?> block,
      Function<T, Double> value) {
    Map<Object, double[]> sums = new LinkedHashMap<>(); // {sum, count}
    for (T item : items) {
      Double v = value.apply(item);
      if (v != null) {
        double[] s = sums.computeIfAbsent(block.apply(item), k -> new double[2]);
        s[0] += v;
        s[1]++;
      }
    }
    Map<Object, Double> means = new LinkedHashMap<>();
    sums.forEach((b, s) -> means.put(b, s[0] / s[1]));
    return means;
  }

  /** {@code 0.812 ± 0.034}; {@code 0.812 (1 block)} without an interval; {@code –} without data. */
  public String text() {
    if (blocks == 0) {
      return "–";
    }
    if (blocks == 1) {
      return String.format(Locale.ROOT, "%.3f (1 block)", mean);
    }
    return String.format(Locale.ROOT, "%.3f ± %.3f", mean, half);
  }
}
