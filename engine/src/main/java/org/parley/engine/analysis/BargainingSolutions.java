package org.parley.engine.analysis;

import java.util.Optional;

/**
 * The classic solution points, all chosen among the Pareto frontier's bids and measured against the
 * reservation values r_i (the disagreement point). Ties (within 1e-12) go to the bid whose gains
 * u_i − r_i are most equal (smallest max − min), then to the lowest bid ordinal: never by the order
 * in which the scenario lists its parties. Each is empty when no frontier bid gives every party at
 * least its reservation value.
 *
 * <ul>
 *   <li>{@link #nash}: argmax Π_i (u_i − r_i) with u_i ≥ r_i (Nash 1950; as GENIUS and NegMAS).
 *   <li>{@link #kalaiSmorodinsky}: textbook Kalai–Smorodinsky (1975): equal relative gains
 *       (u_i − r_i)/(ideal_i − r_i), where ideal_i is party i's best utility among individually
 *       rational frontier bids; picks the bid with the smallest spread (max − min) of those ratios,
 *       then to the larger smallest ratio (then as above). This is the reading of KS on a discrete
 *       frontier that keeps the gains' proportions closest to the ideal point's; the other common
 *       reading, the largest smallest ratio (max-min), can pick another bid (README). Not GENIUS's "Kalai-Smorodinsky", which minimises
 *       Σ|u_i − u_j| without reservation values.
 *   <li>{@link #egalitarian}: argmax min_i (u_i − r_i) (Kalai 1977), the point NegMAS calls
 *       "Kalai".
 *   <li>{@link #maxWelfare}: argmax Σ_i u_i, over all frontier bids (reservation values ignored).
 * </ul>
 */
public final class BargainingSolutions {

  private static final double EPS = 1e-12;

  private BargainingSolutions() {
  }

  public static Optional<SolutionPoint> nash(ParetoFrontier frontier, double[] reservations) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < frontier.size(); i++) {
      double[] u = frontier.point(i);
      if (!rational(u, reservations)) {
        continue;
      }
      double product = 1;
      for (int p = 0; p < u.length; p++) {
        product *= u[p] - reservations[p];
      }
      if (product > bestValue + EPS || product >= bestValue - EPS
          && fairer(frontier, reservations, i, best)) {
        bestValue = Math.max(bestValue, product);
        best = i;
      }
    }
    return point(frontier, best);
  }

  public static Optional<SolutionPoint> kalaiSmorodinsky(ParetoFrontier frontier,
      double[] reservations) {
    int parties = reservations.length;
    double[] ideal = new double[parties];
    java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
    boolean any = false;
    for (int i = 0; i < frontier.size(); i++) {
      double[] u = frontier.point(i);
      if (rational(u, reservations)) {
        any = true;
        for (int p = 0; p < parties; p++) {
          ideal[p] = Math.max(ideal[p], u[p]);
        }
      }
    }
    if (!any) {
      return Optional.empty();
    }
    int best = -1;
    double bestSpread = Double.POSITIVE_INFINITY;
    double bestMin = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < frontier.size(); i++) {
      double[] u = frontier.point(i);
      if (!rational(u, reservations)) {
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int p = 0; p < parties; p++) {
        double range = ideal[p] - reservations[p];
        double ratio = range <= EPS ? 1.0 : (u[p] - reservations[p]) / range;
        min = Math.min(min, ratio);
        max = Math.max(max, ratio);
      }
      double spread = max - min;
      boolean tie = Math.abs(spread - bestSpread) <= EPS;
      if (spread < bestSpread - EPS || tie && min > bestMin + EPS
          || tie && Math.abs(min - bestMin) <= EPS && fairer(frontier, reservations, i, best)) {
        bestSpread = spread;
        bestMin = min;
        best = i;
      }
    }
    return point(frontier, best);
  }

  public static Optional<SolutionPoint> egalitarian(ParetoFrontier frontier,
      double[] reservations) {
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < frontier.size(); i++) {
      double[] u = frontier.point(i);
      if (!rational(u, reservations)) {
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      for (int p = 0; p < u.length; p++) {
        min = Math.min(min, u[p] - reservations[p]);
      }
      if (min > bestValue + EPS || min >= bestValue - EPS
          && fairer(frontier, reservations, i, best)) {
        bestValue = Math.max(bestValue, min);
        best = i;
      }
    }
    return point(frontier, best);
  }

  public static Optional<SolutionPoint> maxWelfare(ParetoFrontier frontier) {
    double[] none = new double[frontier.space().parties()];
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < frontier.size(); i++) {
      double sum = 0;
      for (double x : frontier.point(i)) {
        sum += x;
      }
      if (sum > bestValue + EPS || sum >= bestValue - EPS && fairer(frontier, none, i, best)) {
        bestValue = Math.max(bestValue, sum);
        best = i;
      }
    }
    return point(frontier, best);
  }

  /**
   * The tie-break: frontier bid {@code i} beats {@code best} if its gains over {@code reservations}
   * are more equal, or as equal and its bid ordinal is lower. Party order plays no part.
   */
  private static boolean fairer(ParetoFrontier frontier, double[] reservations, int i, int best) {
    if (best < 0) {
      return true;
    }
    double a = spread(frontier.point(i), reservations);
    double b = spread(frontier.point(best), reservations);
    if (Math.abs(a - b) > EPS) {
      return a < b;
    }
    return frontier.ordinal(i) < frontier.ordinal(best);
  }

  private static double spread(double[] u, double[] reservations) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < u.length; p++) {
      min = Math.min(min, u[p] - reservations[p]);
      max = Math.max(max, u[p] - reservations[p]);
    }
    return max - min;
  }

  static boolean rational(double[] u, double[] reservations) {
    for (int p = 0; p < u.length; p++) {
      if (u[p] < reservations[p]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<SolutionPoint> point(ParetoFrontier frontier, int i) {
    if (i < 0) {
      return Optional.empty();
    }
    int ordinal = frontier.ordinal(i);
    return Optional.of(new SolutionPoint(frontier.space().domain().bidAt(ordinal),
        frontier.point(i)));
  }
}
