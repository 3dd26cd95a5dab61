package org.parley.agents.strategy.model;

import java.util.Arrays;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.session.NegotiationView;

/**
 * Frequency opponent model of HardHeaded (van Krimpen, Looije &amp; Hajizadeh 2013). Starts with
 * issue weights 1/n and every value count 1. On each new opponent offer: every issue whose value
 * did not change since the opponent's previous offer gets weight + g, with g = l/n and learning
 * coefficient l (default 0.2), then weights are renormalised; the offered value of each issue
 * gets count + 1. Estimate Û(ω) = Σ_k w_k · count_k(ω_k) / max_v count_k(v). Opponents concede
 * less on issues they care about and repeat their preferred values.
 */
public final class FrequencyModel extends AdditiveModel {

  private final Domain domain;
  private final double gain;
  private final double[] weights;
  private final double[][] counts;
  private final double[] maxCount;
  private int seen;
  private Bid previous;
  private final double[] terms;
  private boolean termsFresh;

  public FrequencyModel(Domain domain, double learningCoefficient) {
    super(domain);
    if (!(learningCoefficient >= 0 && learningCoefficient <= 1)) {
      throw new IllegalArgumentException("learning coefficient must be in [0,1], got "
          + learningCoefficient);
    }
    this.domain = domain;
    int n = domain.issueCount();
    this.gain = learningCoefficient / n;
    this.weights = new double[n];
    Arrays.fill(weights, 1.0 / n);
    this.counts = new double[n][];
    this.maxCount = new double[n];
    for (int k = 0; k < n; k++) {
      counts[k] = new double[domain.issue(k).size()];
      Arrays.fill(counts[k], 1.0);
      maxCount[k] = 1.0;
    }
    this.terms = new double[slots()];
  }

  @Override
  public String name() {
    return "frequency";
  }

  @Override
  public void update(NegotiationView view) {
    seen = OpponentOffers.learnNew(view, seen, this::learn);
  }

  /** One learning step for one opponent offer (public for tests of the update rule). */
  public void learn(Bid bid) {
    if (previous != null) {
      double sum = 0;
      for (int k = 0; k < weights.length; k++) {
        if (bid.level(k) == previous.level(k)) {
          weights[k] += gain;
        }
        sum += weights[k];
      }
      for (int k = 0; k < weights.length; k++) {
        weights[k] /= sum;
      }
    }
    for (int k = 0; k < weights.length; k++) {
      counts[k][bid.level(k)] += 1;
      maxCount[k] = Math.max(maxCount[k], counts[k][bid.level(k)]);
    }
    previous = bid;
    termsFresh = false;
  }

  public double weight(int issue) {
    return weights[issue];
  }

  public double count(int issue, int level) {
    return counts[issue][level];
  }

  /** weights[k] · counts[k][level] / maxCount[k] by level slot, worked out anew after learning. */
  @Override
  double[] terms() {
    if (!termsFresh) {
      int slot = 0;
      for (int k = 0; k < weights.length; k++) {
        for (int v = 0; v < counts[k].length; v++) {
          terms[slot++] = weights[k] * counts[k][v] / maxCount[k];
        }
      }
      termsFresh = true;
    }
    return terms;
  }

  @Override
  double divisor() {
    return 1;
  }

  Domain domain() {
    return domain;
  }
}
