package org.parley.engine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;

/**
 * Small random linear-additive scenarios, a function of their seed: 1-4 issues of 2-5 levels,
 * coarse value tables (so utilities tie), reservation values 0-0.3, discount 1 or 0.9. For
 * property tests and for checking a strategy over many boards ('parley check-strategy').
 */
public final class RandomScenarios {

  private RandomScenarios() {
  }

  /** A domain "name" with issues i0, i1, … whose levels are l0, l1, … ({@code levelCounts} each). */
  public static Domain domain(String name, int... levelCounts) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < levelCounts.length; i++) {
      List<Level> levels = new ArrayList<>();
      for (int l = 0; l < levelCounts[i]; l++) {
        levels.add(Level.of("l" + l));
      }
      issues.add(new Issue("i" + i, null, "", levels));
    }
    return new Domain(name, issues);
  }

  /** Random weights (summing to 1 exactly enough) and random value tables in {0, ¼, ½, ¾, 1}. */
  public static LinearAdditiveUtility utility(Domain domain, SplittableRandom random) {
    int n = domain.issueCount();
    double[] raw = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = 0.05 + random.nextDouble();
      sum += raw[i];
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, Evaluator> evaluators = new LinkedHashMap<>();
    double total = 0;
    for (int i = 0; i < n; i++) {
      double w = i == n - 1 ? Math.max(0, 1 - total) : raw[i] / sum;
      total += w;
      Issue issue = domain.issue(i);
      weights.put(issue.id(), w);
      Map<String, Double> values = new LinkedHashMap<>();
      for (String level : issue.levelIds()) {
        values.put(level, random.nextInt(5) / 4.0);
      }
      evaluators.put(issue.id(), new TableEvaluator(values));
    }
    return new LinearAdditiveUtility(domain, weights, evaluators);
  }

  /**
   * Scenario "random-SEED" with parties p0, p1, … (alternating offers for two, stacked for more)
   * and a deadline of {@code rounds}.
   */
  public static Scenario scenario(long seed, int parties, int rounds) {
    SplittableRandom random = new SplittableRandom(seed);
    int issues = 1 + random.nextInt(4);
    int[] levels = new int[issues];
    for (int i = 0; i < issues; i++) {
      levels[i] = 2 + random.nextInt(4);
    }
    Domain domain = domain("random-" + seed, levels);
    List<Party> list = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      list.add(new Party("p" + p, null, List.of(), new Profile(utility(domain, random),
          random.nextInt(4) / 10.0, random.nextBoolean() ? 1.0 : 0.9)));
    }
    return new Scenario("random-" + seed, null, "", domain, list,
        parties == 2 ? AlternatingOffers.BILATERAL : AlternatingOffers.STACKED,
        new Deadline(rounds), List.of());
  }
}
