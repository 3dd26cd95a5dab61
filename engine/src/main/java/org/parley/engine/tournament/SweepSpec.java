package org.parley.engine.tournament;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.session.Seeds;

/**
 * A parameter sweep: a strategy's parameters over a grid, or N random samples of ranges, each
 * candidate played against a pool of opponents on every scenario, on every side, repeated. Every
 * candidate meets the same (scenario, opponent, side, repetition) tuples with the same seeds
 * (common random numbers), so differences between candidates are paired.
 *
 * @param strategy the base strategy spec (a JSON object); parameters are addressed in it by dotted
 *     paths such as {@code bidding.e}
 * @param grid each path's values (every combination is a candidate), or null with samples
 * @param samples how many random points of {@code ranges}, or 0 with a grid
 * @param ranges each path's [low, high], with samples
 * @param deadline every scenario's deadline (rounds, seconds or both), or null for each scenario's
 *     own
 * @param parallelism sessions at once, or null for one per core of the machine that runs it
 */
public record SweepSpec(List<String> scenarios, String strategy,
    Map<String, List<Double>> grid, int samples, Map<String, double[]> ranges,
    List<String> opponents, int repetitions, long seed, Deadline deadline, Integer parallelism) {

  public static final String FORMAT = "parley-sweep/1";
  public static final int MAX_POINTS = 10_000;
  public static final int DEFAULT_REPETITIONS = 5;

  public SweepSpec {
    scenarios = List.copyOf(scenarios);
    opponents = List.copyOf(opponents);
    Objects.requireNonNull(strategy, "strategy");
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("give at least one scenario");
    }
    if (opponents.isEmpty()) {
      throw new IllegalArgumentException("give at least one opponent");
    }
    if ((grid == null) == (samples == 0)) {
      throw new IllegalArgumentException("give either \"grid\" or \"samples\" with \"ranges\"");
    }
    // kept in the order given: it names the candidates and the columns of the results
    grid = grid == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(grid));
    ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges == null ? Map.of() : ranges));
    if (grid != null && grid.values().stream().mapToLong(List::size)
        .reduce(1, Math::multiplyExact) > MAX_POINTS) {
      throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
    }
  }

  /**
   * The candidates' parameter values, in a fixed order: the grid's combinations (paths in the order
   * given), or the samples drawn from the ranges with a stream derived from the seed.
   */
  public List<Map<String, Double>> points() {
    List<String> pathsInOrder = List.copyOf(grid != null ? grid.keySet() : ranges.keySet());
    List<Map<String, Double>> points = new ArrayList<>();
    if (grid != null) {
      points.add(new LinkedHashMap<>());
      for (String path : pathsInOrder) {
        List<Map<String, Double>> next = new ArrayList<>();
        for (Map<String, Double> p : points) {
          for (double v : grid.get(path)) {
            Map<String, Double> q = new LinkedHashMap<>(p);
            q.put(path, v);
            next.add(q);
          }
        }
        points = next;
      }
      return points;
    }
    SplittableRandom random = new SplittableRandom(Seeds.derive(seed, "sweep-samples"));
    for (int i = 0; i < samples; i++) {
      Map<String, Double> p = new LinkedHashMap<>();
      for (String path : pathsInOrder) {
        double lo = ranges.get(path)[0];
        double hi = ranges.get(path)[1];
        p.put(path, lo + (hi - lo) * random.nextDouble());
      }
      points.add(p);
    }
    return points;
  }
}
