package org.parley.engine.analysis;

import org.parley.engine.domain.Bid;

/** A named point of the outcome space: a bid and every party's utility of it, in party order. */
public record SolutionPoint(Bid bid, double[] utilities) {

  public SolutionPoint {
    utilities = utilities.clone();
  }

  @Override
  public double[] utilities() {
    return utilities.clone();
  }

  public double utility(int party) {
    return utilities[party];
  }

  public double distanceTo(double[] point) {
    double d2 = 0;
    for (int p = 0; p < point.length; p++) {
      double d = utilities[p] - point[p];
      d2 += d * d;
    }
    return Math.sqrt(d2);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SolutionPoint s && bid.equals(s.bid)
        && java.util.Arrays.equals(utilities, s.utilities);
  }

  @Override
  public int hashCode() {
    return bid.hashCode() * 31 + java.util.Arrays.hashCode(utilities);
  }

  @Override
  public String toString() {
    return "SolutionPoint" + java.util.Arrays.toString(utilities);
  }
}
