package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.engine.Fixtures;
import org.parley.engine.scenario.Scenario;

/** Every analysis result against a brute-force computation over all bids of small random domains. */
class AnalysisBruteForceTest {

  private static final double EPS = 1e-9;

  @Property(tries = 150)
  void frontierAndSolutionsMatchBruteForce(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 3) int parties) {
    Scenario scenario = Fixtures.randomScenario(seed, parties, 10);
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
    OutcomeSpace space = analysis.space();
    int n = space.size();
    assertEquals(scenario.domain().size(), n);
    double[] r = scenario.parties().stream().mapToDouble(p -> p.profile().reservation()).toArray();

    Set<Integer> brute = new TreeSet<>();
    for (int a = 0; a < n; a++) {
      boolean dominated = false;
      for (int b = 0; b < n && !dominated; b++) {
        dominated = ParetoFrontier.dominates(space, b, a);
      }
      if (!dominated) {
        brute.add(a);
      }
    }
    ParetoFrontier frontier = analysis.frontier();
    Set<Integer> fast = new TreeSet<>();
    for (int i = 0; i < frontier.size(); i++) {
      fast.add(frontier.ordinal(i));
    }
    assertEquals(brute, fast, "Pareto frontier");

    double bestNash = Double.NEGATIVE_INFINITY;
    double bestEgal = Double.NEGATIVE_INFINITY;
    double bestWelfare = Double.NEGATIVE_INFINITY;
    double[] ideal = new double[parties];
    java.util.Arrays.fill(ideal, Double.NEGATIVE_INFINITY);
    List<double[]> rational = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      double[] u = space.point(b);
      bestWelfare = Math.max(bestWelfare, sum(u));
      if (!BargainingSolutions.rational(u, r)) {
        continue;
      }
      rational.add(u);
      double product = 1;
      double min = Double.POSITIVE_INFINITY;
      for (int p = 0; p < parties; p++) {
        product *= u[p] - r[p];
        min = Math.min(min, u[p] - r[p]);
        ideal[p] = Math.max(ideal[p], u[p]);
      }
      bestNash = Math.max(bestNash, product);
      bestEgal = Math.max(bestEgal, min);
    }
    assertEquals(bestWelfare, sum(analysis.maxWelfare().orElseThrow().utilities()), EPS);
    if (rational.isEmpty()) {
      assertTrue(analysis.nash().isEmpty());
      assertTrue(analysis.kalaiSmorodinsky().isEmpty());
      assertTrue(analysis.egalitarian().isEmpty());
      return;
    }
    double[] nash = analysis.nash().orElseThrow().utilities();
    double product = 1;
    for (int p = 0; p < parties; p++) {
      product *= nash[p] - r[p];
    }
    assertEquals(bestNash, product, EPS, "Nash product");
    double[] egal = analysis.egalitarian().orElseThrow().utilities();
    double min = Double.POSITIVE_INFINITY;
    for (int p = 0; p < parties; p++) {
      min = Math.min(min, egal[p] - r[p]);
    }
    assertEquals(bestEgal, min, EPS, "egalitarian min gain");

    // KS: smallest spread of relative gains among individually rational Pareto-optimal bids.
    double bestSpread = Double.POSITIVE_INFINITY;
    for (int ordinal : brute) {
      double[] u = space.point(ordinal);
      if (BargainingSolutions.rational(u, r)) {
        bestSpread = Math.min(bestSpread, spread(u, r, ideal));
      }
    }
    SolutionPoint ks = analysis.kalaiSmorodinsky().orElseThrow();
    assertEquals(bestSpread, spread(ks.utilities(), r, ideal), EPS, "KS spread");
    for (SolutionPoint point : List.of(analysis.nash().orElseThrow(), ks,
        analysis.egalitarian().orElseThrow(), analysis.maxWelfare().orElseThrow())) {
      assertTrue(analysis.isParetoOptimal(point.bid()), "solution points lie on the frontier");
    }
  }

  @Property(tries = 50)
  void rankingFindsTheNearestBid(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int t) {
    Scenario scenario = Fixtures.randomScenario(seed, 2, 10);
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
    BidRanking ranking = analysis.ranking("p0");
    double target = t / 1000.0;
    double nearest = Double.POSITIVE_INFINITY;
    for (int b = 0; b < analysis.space().size(); b++) {
      nearest = Math.min(nearest, Math.abs(analysis.space().utility(0, b) - target));
    }
    int rank = ranking.nearest(target);
    assertEquals(nearest, Math.abs(ranking.utilityAt(rank) - target), EPS);
    assertEquals(ranking.utilityAt(rank),
        scenario.parties().get(0).profile().utility().utility(ranking.bidAt(rank)), EPS);
    for (int i = 1; i < ranking.size(); i++) {
      assertTrue(ranking.utilityAt(i - 1) <= ranking.utilityAt(i), "ascending");
    }
  }

  private static double spread(double[] u, double[] r, double[] ideal) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < u.length; p++) {
      double range = ideal[p] - r[p];
      double ratio = range <= 1e-12 ? 1 : (u[p] - r[p]) / range;
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    return max - min;
  }

  private static double sum(double[] u) {
    double s = 0;
    for (double x : u) {
      s += x;
    }
    return s;
  }
}
