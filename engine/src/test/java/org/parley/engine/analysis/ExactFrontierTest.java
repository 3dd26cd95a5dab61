package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.InteractionTerm;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.PairwiseInteractionUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;
import org.parley.engine.utility.UtilityFunction;

/**
 * The Pareto frontier against an oracle in exact decimal arithmetic (BigDecimal), over scenarios
 * whose weights, values and interaction deltas are short decimals chosen so that utilities tie on
 * paper. Doubles make such ties differ by about 1e-16; the analysis must still see them as ties.
 */
class ExactFrontierTest {

  /** A party's utility in exact decimals, built from the same numbers as its utility function. */
  private record ExactParty(UtilityFunction function, Map<String, BigDecimal> weights,
      Map<String, Map<String, BigDecimal>> values, List<InteractionTerm> terms) {

    BigDecimal utility(Domain domain, Bid bid) {
      BigDecimal u = BigDecimal.ZERO;
      for (int i = 0; i < domain.issueCount(); i++) {
        String issue = domain.issue(i).id();
        String level = domain.issue(i).levelIds().get(bid.level(i));
        u = u.add(weights.get(issue).multiply(values.get(issue).get(level)));
      }
      for (InteractionTerm t : terms) {
        int a = domain.requireIndexOf(t.issueA());
        int b = domain.requireIndexOf(t.issueB());
        if (domain.issue(a).levelIds().get(bid.level(a)).equals(t.levelA())
            && domain.issue(b).levelIds().get(bid.level(b)).equals(t.levelB())) {
          u = u.add(BigDecimal.valueOf(t.delta()));
        }
      }
      return u.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
  }

  private static BigDecimal tenth(int k) {
    return BigDecimal.valueOf(k, 1);
  }

  /** Weights in tenths summing to one, values in tenths, optional deltas in tenths. */
  private static ExactParty randomParty(Domain domain, SplittableRandom random,
      boolean interactions) {
    int n = domain.issueCount();
    int[] tenths = new int[n];
    int left = 10;
    for (int i = 0; i < n - 1; i++) {
      tenths[i] = random.nextInt(left + 1);
      left -= tenths[i];
    }
    tenths[n - 1] = left;
    Map<String, Double> weights = new LinkedHashMap<>();
    Map<String, BigDecimal> exactWeights = new LinkedHashMap<>();
    Map<String, Evaluator> evaluators = new LinkedHashMap<>();
    Map<String, Map<String, BigDecimal>> exactValues = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String issue = domain.issue(i).id();
      weights.put(issue, tenth(tenths[i]).doubleValue());
      exactWeights.put(issue, tenth(tenths[i]));
      Map<String, Double> values = new LinkedHashMap<>();
      Map<String, BigDecimal> exact = new LinkedHashMap<>();
      for (String level : domain.issue(i).levelIds()) {
        BigDecimal v = tenth(random.nextInt(11));
        values.put(level, v.doubleValue());
        exact.put(level, v);
      }
      evaluators.put(issue, new TableEvaluator(values));
      exactValues.put(issue, exact);
    }
    LinearAdditiveUtility additive = new LinearAdditiveUtility(domain, weights, evaluators);
    List<InteractionTerm> terms = new ArrayList<>();
    if (interactions && n >= 2) {
      terms.add(new InteractionTerm(domain.issue(0).id(), domain.issue(0).levelIds().get(0),
          domain.issue(1).id(), domain.issue(1).levelIds().get(0),
          tenth(random.nextInt(7) - 3).doubleValue()));
    }
    UtilityFunction function = terms.isEmpty() ? additive
        : new PairwiseInteractionUtility(additive, terms);
    return new ExactParty(function, exactWeights, exactValues, terms);
  }

  private static Scenario scenario(Domain domain, List<ExactParty> parties) {
    List<Party> list = new ArrayList<>();
    for (int p = 0; p < parties.size(); p++) {
      list.add(new Party("p" + p, null, List.of(), new Profile(parties.get(p).function(), 0, 1)));
    }
    return new Scenario("exact", null, "", domain, list, parties.size() == 2
        ? AlternatingOffers.BILATERAL : AlternatingOffers.STACKED, new Deadline(10), List.of());
  }

  private static TreeSet<Integer> frontierOf(ScenarioAnalysis analysis) {
    TreeSet<Integer> out = new TreeSet<>();
    for (int i = 0; i < analysis.frontier().size(); i++) {
      out.add(analysis.frontier().ordinal(i));
    }
    return out;
  }

  private static TreeSet<Integer> exactFrontier(Domain domain, List<ExactParty> parties) {
    int n = (int) domain.size();
    BigDecimal[][] u = new BigDecimal[n][parties.size()];
    for (int b = 0; b < n; b++) {
      for (int p = 0; p < parties.size(); p++) {
        u[b][p] = parties.get(p).utility(domain, domain.bidAt(b));
      }
    }
    TreeSet<Integer> out = new TreeSet<>();
    for (int a = 0; a < n; a++) {
      boolean dominated = false;
      for (int b = 0; b < n && !dominated; b++) {
        boolean allAtLeast = true;
        boolean oneMore = false;
        for (int p = 0; p < parties.size(); p++) {
          int c = u[b][p].compareTo(u[a][p]);
          allAtLeast &= c >= 0;
          oneMore |= c > 0;
        }
        dominated = allAtLeast && oneMore;
      }
      if (!dominated) {
        out.add(a);
      }
    }
    return out;
  }

  @Property(tries = 300)
  void theFrontierMatchesExactArithmetic(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 3) int parties, @ForAll boolean interactions) {
    SplittableRandom random = new SplittableRandom(seed);
    int issues = 2 + random.nextInt(2);
    int[] levels = new int[issues];
    for (int i = 0; i < issues; i++) {
      levels[i] = 2 + random.nextInt(3);
    }
    Domain domain = Fixtures.domain("exact-" + seed, levels);
    List<ExactParty> exact = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      exact.add(randomParty(domain, random, interactions));
    }
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario(domain, exact));
    assertEquals(exactFrontier(domain, exact), frontierOf(analysis));
  }

  /**
   * The smallest case: beta gets 0.3 from (a,a) and from (b,b) (0.30000000000000004 and 0.3 in
   * doubles); alpha gets 0.5 and 0.9, so (a,a) is dominated, and KS is (0.9, 0.3).
   */
  @Test
  void aBidDominatedOnPaperIsNotOnTheFrontier() {
    Domain domain = Fixtures.domain("four", 2, 2); // levels l0 = a, l1 = b
    UtilityFunction alpha = new LinearAdditiveUtility(domain, Map.of("i0", 0.5, "i1", 0.5),
        Map.of("i0", new TableEvaluator(Map.of("l0", 1.0, "l1", 0.8)),
            "i1", new TableEvaluator(Map.of("l0", 0.0, "l1", 1.0))));
    UtilityFunction beta = new LinearAdditiveUtility(domain, Map.of("i0", 0.5, "i1", 0.5),
        Map.of("i0", new TableEvaluator(Map.of("l0", 0.2, "l1", 0.6)),
            "i1", new TableEvaluator(Map.of("l0", 0.4, "l1", 0.0))));
    Scenario scenario = new Scenario("four", null, "", domain, List.of(
        new Party("alpha", null, List.of(), new Profile(alpha, 0, 1)),
        new Party("beta", null, List.of(), new Profile(beta, 0, 1))),
        AlternatingOffers.BILATERAL, new Deadline(10), List.of());
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
    Bid aa = Bid.of(0, 0);
    Bid bb = Bid.of(1, 1);
    assertEquals(3, analysis.frontier().size(), "(a,b), (b,b) and (b,a)");
    assertFalse(analysis.isParetoOptimal(aa), "(a,a) is dominated by (b,b)");
    assertTrue(analysis.isParetoOptimal(bb));
    SolutionPoint ks = analysis.kalaiSmorodinsky().orElseThrow();
    assertEquals(bb, ks.bid());
    assertEquals(0.9, ks.utilities()[0], 0);
    assertEquals(0.3, ks.utilities()[1], 0);
  }
}
