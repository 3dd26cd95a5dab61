package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.TableEvaluator;
import org.parley.engine.utility.UtilityFunction;

/** A long analysis stops when asked, and only then. */
class StopTest {

  /** 4 issues of 20 levels (160,000 bids) and {@code parties} random linear utilities. */
  private static List<UtilityFunction> functions(Domain d, int parties) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1);
    List<UtilityFunction> out = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      java.util.Map<String, Double> weights = new java.util.LinkedHashMap<>();
      java.util.Map<String, Evaluator> evaluators = new java.util.LinkedHashMap<>();
      for (Issue issue : d.issues()) {
        weights.put(issue.id(), 1.0 / d.issueCount());
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        issue.levels().forEach(l -> values.put(l.id(), random.nextDouble()));
        evaluators.put(issue.id(), new TableEvaluator(values));
      }
      out.add(new LinearAdditiveUtility(d, weights, evaluators));
    }
    return out;
  }

  private static Domain domain() {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<Level> levels = new ArrayList<>();
      for (int l = 0; l < 20; l++) {
        levels.add(new Level("l" + l, "level " + l, null));
      }
      issues.add(new Issue("i" + i, "issue " + i, null, levels));
    }
    return new Domain("d", issues);
  }

  @Test
  void theOutcomeSpaceStopsWhenAsked() {
    Domain d = domain();
    AtomicInteger asked = new AtomicInteger();
    assertThrows(AnalysisStoppedException.class,
        () -> OutcomeSpace.of(d, functions(d, 2), () -> asked.incrementAndGet() > 1));
    assertEquals(2, asked.get(), "asked every 65,536 bids and stopped at the second time");
    assertEquals(160_000, OutcomeSpace.of(d, functions(d, 2), Stop.NEVER).size());
  }

  @Test
  void theFrontierOfFourPartiesStopsWhenAsked() {
    Domain d = domain();
    OutcomeSpace space = OutcomeSpace.of(d, functions(d, 4));
    AtomicInteger asked = new AtomicInteger();
    assertThrows(AnalysisStoppedException.class,
        () -> ParetoFrontier.of(space, () -> asked.incrementAndGet() > 3));
    assertTrue(asked.get() == 4);
  }

  @Test
  void anAnalysisOnlyStopsWhenAsked() {
    Domain d = domain();
    OutcomeSpace space = OutcomeSpace.of(d, functions(d, 3));
    assertEquals(ParetoFrontier.of(space).size(), ParetoFrontier.of(space, () -> false).size());
  }
}
