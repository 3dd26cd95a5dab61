package org.parley.agents.strategy.model;

import java.util.Arrays;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.session.NegotiationView;

/**
 * Bayesian opponent model after Hindriks &amp; Tykhonov (AAMAS 2008), in the scalable form that
 * keeps independent hypotheses per issue (as GENIUS's scalable Bayesian model does):
 *
 * <ul>
 *   <li>evaluation hypotheses for each issue over its level order: downhill, uphill, and a
 *       triangle peaked at each level; uniform prior;
 *   <li>weight hypotheses for each issue: 0.1, 0.2, …, 0.9 (normalised when used); uniform prior.
 * </ul>
 *
 * The opponent is assumed to concede slowly: its k-th offer has utility about
 * max(0.2, 1 − 0.05·k) to itself. A hypothesis is scored by how close the offer's utility under
 * it (the other issues at their expected values) comes to that: likelihood
 * exp(−(U_h − u_expected)² / (2σ²)), σ = 0.25. The estimate is the expected utility under the
 * posterior.
 */
public final class BayesianModel extends AdditiveModel {

  private static final double[] WEIGHTS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
  private static final double SIGMA = 0.25;

  private final Domain domain;
  /** shapes[k][h][level]: evaluation of level under hypothesis h of issue k. */
  private final double[][][] shapes;
  private final double[][] shapeBelief;
  private final double[][] weightBelief;
  /** Cached expectations under the current beliefs, refreshed after each update. */
  private final double[][] expectedEval;
  private final double[] expectedW;
  private double expectedWSum;
  /** expectedW[k] · expectedEval[k][level] by level slot (see {@link org.parley.engine.analysis.BidRanking#levelSlots()}). */
  private double[] terms;
  private int seen;
  private int offers;
  /** Scratch space of {@link #learn}, kept between offers: a session learns hundreds. */
  private final double[] eval;
  private final double[] weight;
  private final double[] post;
  private final double[] postW = new double[WEIGHTS.length];

  public BayesianModel(Domain domain) {
    super(domain);
    this.domain = domain;
    int n = domain.issueCount();
    shapes = new double[n][][];
    shapeBelief = new double[n][];
    weightBelief = new double[n][];
    for (int k = 0; k < n; k++) {
      int m = domain.issue(k).size();
      shapes[k] = new double[m + 2][m];
      for (int v = 0; v < m; v++) {
        shapes[k][0][v] = 1.0 - (double) v / (m - 1);
        shapes[k][1][v] = (double) v / (m - 1);
      }
      for (int p = 0; p < m; p++) {
        for (int v = 0; v < m; v++) {
          shapes[k][2 + p][v] = v <= p ? (p == 0 ? 1.0 : (double) v / p)
              : (p == m - 1 ? 1.0 : (double) (m - 1 - v) / (m - 1 - p));
        }
      }
      shapeBelief[k] = uniform(m + 2);
      weightBelief[k] = uniform(WEIGHTS.length);
    }
    expectedEval = new double[n][];
    int widest = 0;
    for (int k = 0; k < n; k++) {
      expectedEval[k] = new double[domain.issue(k).size()];
      widest = Math.max(widest, shapeBelief[k].length);
    }
    expectedW = new double[n];
    terms = new double[slots()];
    eval = new double[n];
    weight = new double[n];
    post = new double[widest];
    refresh();
  }

  private void refresh() {
    expectedWSum = 0;
    int slot = 0;
    for (int k = 0; k < domain.issueCount(); k++) {
      expectedW[k] = expectedWeight(k);
      expectedWSum += expectedW[k];
      for (int v = 0; v < expectedEval[k].length; v++) {
        expectedEval[k][v] = expectedEvaluation(k, v);
        terms[slot++] = expectedW[k] * expectedEval[k][v];
      }
    }
  }

  private static double[] uniform(int size) {
    double[] p = new double[size];
    Arrays.fill(p, 1.0 / size);
    return p;
  }

  @Override
  public String name() {
    return "bayesian";
  }

  @Override
  public void update(NegotiationView view) {
    seen = OpponentOffers.learnNew(view, seen, this::learn);
  }

  public void learn(Bid bid) {
    double expected = Math.max(0.2, 1.0 - 0.05 * offers);
    offers++;
    int n = domain.issueCount();
    for (int k = 0; k < n; k++) {
      eval[k] = expectedEvaluation(k, bid.level(k));
      weight[k] = expectedWeight(k);
    }
    double weightSum = sum(weight, n);
    for (int k = 0; k < n; k++) {
      double rest = 0;
      for (int j = 0; j < n; j++) {
        if (j != k) {
          rest += weight[j] / weightSum * eval[j];
        }
      }
      int hypotheses = shapeBelief[k].length;
      for (int h = 0; h < hypotheses; h++) {
        double u = rest + weight[k] / weightSum * shapes[k][h][bid.level(k)];
        post[h] = shapeBelief[k][h] * likelihood(u, expected);
      }
      normaliseInto(post, hypotheses, shapeBelief[k]);
      for (int h = 0; h < WEIGHTS.length; h++) {
        double sum = weightSum - weight[k] + WEIGHTS[h];
        double u = 0;
        for (int j = 0; j < n; j++) {
          u += (j == k ? WEIGHTS[h] : weight[j]) / sum * (j == k ? eval[k] : eval[j]);
        }
        postW[h] = weightBelief[k][h] * likelihood(u, expected);
      }
      normaliseInto(postW, WEIGHTS.length, weightBelief[k]);
    }
    refresh();
  }

  private static double likelihood(double u, double expected) {
    double d = u - expected;
    return Math.exp(-d * d / (2 * SIGMA * SIGMA));
  }

  /** belief[0..n) = post[0..n) / its sum, unless that sum is not a positive number. */
  private static void normaliseInto(double[] post, int n, double[] belief) {
    double sum = sum(post, n);
    if (sum <= 0 || !Double.isFinite(sum)) {
      return;
    }
    for (int i = 0; i < n; i++) {
      belief[i] = post[i] / sum;
    }
  }

  private static double sum(double[] values, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    return sum;
  }

  private double expectedEvaluation(int k, int level) {
    double e = 0;
    for (int h = 0; h < shapes[k].length; h++) {
      e += shapeBelief[k][h] * shapes[k][h][level];
    }
    return e;
  }

  private double expectedWeight(int k) {
    double w = 0;
    for (int h = 0; h < WEIGHTS.length; h++) {
      w += weightBelief[k][h] * WEIGHTS[h];
    }
    return w;
  }

  @Override
  double[] terms() {
    return terms;
  }

  @Override
  double divisor() {
    return expectedWSum;
  }
}
