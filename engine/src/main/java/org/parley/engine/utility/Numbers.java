package org.parley.engine.utility;

import org.parley.engine.domain.Issue;

/** The numbers of a numeric issue, for the evaluators that need them. */
final class Numbers {

  private Numbers() {
  }

  static double[] of(Issue issue, String who) {
    if (!issue.isNumeric()) {
      throw new IllegalArgumentException(who + " needs a numeric issue, but issue '" + issue.id()
          + "' has levels without a number");
    }
    double[] numbers = issue.levels().stream().mapToDouble(l -> l.number()).toArray();
    if (min(numbers) == max(numbers)) {
      throw new IllegalArgumentException(
          "issue '" + issue.id() + "' has the same number at every level");
    }
    if (!Double.isFinite(max(numbers) - min(numbers))) {
      throw new IllegalArgumentException("issue '" + issue.id() + "' has numbers from "
          + min(numbers) + " to " + max(numbers) + ", a range too wide to evaluate");
    }
    return numbers;
  }

  static double min(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }

  static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }
}
