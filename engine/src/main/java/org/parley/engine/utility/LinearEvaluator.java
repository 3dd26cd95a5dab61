package org.parley.engine.utility;

import org.parley.engine.domain.Issue;

/**
 * Linear over a numeric issue's numbers: increasing gives 0 at the smallest number and 1 at the
 * largest; decreasing the reverse.
 */
public record LinearEvaluator(boolean increasing) implements Evaluator {

  @Override
  public double[] evaluate(Issue issue) {
    double[] numbers = Numbers.of(issue, "a linear evaluator");
    double min = Numbers.min(numbers);
    double max = Numbers.max(numbers);
    double[] out = new double[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      double rising = (numbers[i] - min) / (max - min);
      out[i] = increasing ? rising : 1.0 - rising;
    }
    return out;
  }
}
