package org.parley.engine.utility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;

/**
 * U(ω) = Σ_k w_k · e_k(ω_k) with Σ w_k = 1 and e_k in [0,1] (GENIUS user guide, "Theory";
 * GeniusWeb {@code LinearAdditiveUtilitySpace}). Weights are checked, never normalised: they must
 * each lie in [0,1] and sum to 1 within {@link #WEIGHT_TOLERANCE}.
 */
public final class LinearAdditiveUtility implements UtilityFunction {

  public static final double WEIGHT_TOLERANCE = 1e-6;

  private final Domain domain;
  private final Map<String, Double> weights;
  private final Map<String, Evaluator> evaluators;
  /** weighted[k][level] = w_k · e_k(level). */
  private final double[][] weighted;

  public LinearAdditiveUtility(Domain domain, Map<String, Double> weights,
      Map<String, Evaluator> evaluators) {
    this.domain = Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(evaluators, "evaluators");
    for (String issueId : weights.keySet()) {
      domain.requireIndexOf(issueId);
    }
    for (String issueId : evaluators.keySet()) {
      domain.requireIndexOf(issueId);
    }
    double sum = 0;
    Map<String, Double> orderedWeights = new LinkedHashMap<>();
    Map<String, Evaluator> orderedEvaluators = new LinkedHashMap<>();
    weighted = new double[domain.issueCount()][];
    for (int k = 0; k < domain.issueCount(); k++) {
      Issue issue = domain.issue(k);
      Double w = weights.get(issue.id());
      if (w == null) {
        throw new IllegalArgumentException("no weight for issue '" + issue.id() + "'");
      }
      if (!(w >= 0.0 && w <= 1.0)) {
        throw new IllegalArgumentException(
            "weight of issue '" + issue.id() + "' is " + w + "; it must be in [0,1]");
      }
      Evaluator evaluator = evaluators.get(issue.id());
      if (evaluator == null) {
        throw new IllegalArgumentException("no evaluator for issue '" + issue.id() + "'");
      }
      double[] e = evaluator.evaluate(issue);
      weighted[k] = new double[e.length];
      for (int level = 0; level < e.length; level++) {
        weighted[k][level] = w * e[level];
      }
      sum += w;
      orderedWeights.put(issue.id(), w);
      orderedEvaluators.put(issue.id(), evaluator);
    }
    if (Math.abs(sum - 1.0) > WEIGHT_TOLERANCE) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "weights sum to %.6f; they must sum to 1 (within %.0e)", sum, WEIGHT_TOLERANCE));
    }
    this.weights = java.util.Collections.unmodifiableMap(orderedWeights);
    this.evaluators = java.util.Collections.unmodifiableMap(orderedEvaluators);
  }

  @Override
  public Domain domain() {
    return domain;
  }

  /** Weights in issue order. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** Evaluators in issue order. */
  public Map<String, Evaluator> evaluators() {
    return evaluators;
  }

  @Override
  public double utility(Bid bid) {
    double u = 0;
    for (int k = 0; k < weighted.length; k++) {
      u += weighted[k][bid.level(k)];
    }
    // Floating-point sums of weights that total 1 may overshoot by an ulp or two.
    return Math.min(1.0, Math.max(0.0, u));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinearAdditiveUtility other && domain.equals(other.domain)
        && weights.equals(other.weights) && evaluators.equals(other.evaluators);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(domain.name(), weights, evaluators);
  }

  @Override
  public String toString() {
    return "LinearAdditiveUtility" + weights;
  }
}
