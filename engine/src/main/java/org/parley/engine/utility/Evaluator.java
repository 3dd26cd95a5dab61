package org.parley.engine.utility;

import org.parley.engine.domain.Issue;

/**
 * Scores the levels of one issue in [0,1]. The family is closed: the scenario format names exactly
 * these shapes.
 */
public sealed interface Evaluator permits TableEvaluator, LinearEvaluator, PeakEvaluator {

  /** The evaluation of every level of {@code issue}, in level order; each value in [0,1]. */
  double[] evaluate(Issue issue);
}
