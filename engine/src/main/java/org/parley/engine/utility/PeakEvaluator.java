package org.parley.engine.utility;

import org.parley.engine.domain.Issue;

/**
 * Triangular, single-peaked over a numeric issue: 1 at {@code peak}, falling linearly to 0 at the
 * issue's smallest and largest numbers; a peak at the smallest or largest number is therefore
 * linear.
 * Example: the US preferring a 30% tariff over both 145% and 10%.
 */
public record PeakEvaluator(double peak) implements Evaluator {

  public PeakEvaluator {
    if (!Double.isFinite(peak)) {
      throw new IllegalArgumentException("peak must be a finite number, got " + peak);
    }
  }

  @Override
  public double[] evaluate(Issue issue) {
    double[] numbers = Numbers.of(issue, "a peak evaluator");
    double min = Numbers.min(numbers);
    double max = Numbers.max(numbers);
    if (peak < min || peak > max) {
      throw new IllegalArgumentException("peak " + peak + " lies outside issue '" + issue.id()
          + "' (" + min + " to " + max + ")");
    }
    double[] out = new double[numbers.length];
    for (int i = 0; i < numbers.length; i++) {
      double x = numbers[i];
      if (x <= peak) {
        out[i] = peak == min ? 1.0 : (x - min) / (peak - min);
      } else {
        out[i] = peak == max ? 1.0 : (max - x) / (max - peak);
      }
    }
    return out;
  }
}
