package org.parley.engine.utility;

import java.util.Map;
import java.util.Objects;
import org.parley.engine.domain.Issue;

/** Evaluation given level by level: {@code {"145": 0.15, "54": 0.80, …}}. */
public record TableEvaluator(Map<String, Double> values) implements Evaluator {

  public TableEvaluator {
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
    values.forEach((level, value) -> {
      if (value == null || !(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException(
            "evaluation of level '" + level + "' is " + value + "; it must be in [0,1]");
      }
    });
  }

  @Override
  public double[] evaluate(Issue issue) {
    java.util.Set<String> known = new java.util.HashSet<>(issue.levelIds()); // not L² lookups
    for (String level : values.keySet()) {
      if (!known.contains(level)) {
        issue.requireIndexOf(level); // throws, naming the level and the issue's levels
      }
    }
    double[] out = new double[issue.size()];
    for (int i = 0; i < issue.size(); i++) {
      Double value = values.get(issue.level(i).id());
      if (value == null) {
        throw new IllegalArgumentException("no evaluation for level '" + issue.level(i).id()
            + "' of issue '" + issue.id() + "'");
      }
      out[i] = value;
    }
    return out;
  }
}
