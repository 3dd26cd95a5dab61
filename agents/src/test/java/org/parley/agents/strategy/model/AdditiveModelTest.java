package org.parley.agents.strategy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.session.NegotiationView;
import org.parley.scenarios.ScenarioCatalog;

/**
 * The block-bounded searches of the additive models (frequency, Bayesian) give exactly the answers
 * of the plain scans they replace, on small and large domains, with more than 64 level slots, at
 * targets that equal a real bid's estimate, and on windows that cut blocks.
 */
class AdditiveModelTest {

  /** The same model seen only through estimate(Bid): the interface's plain scans. */
  private record Plain(OpponentModel model) implements OpponentModel {
    @Override
    public String name() {
      return "plain";
    }

    @Override
    public void update(NegotiationView view) {
      throw new UnsupportedOperationException();
    }

    @Override
    public double estimate(Bid bid) {
      return model.estimate(bid);
    }
  }

  @Test
  void searchesMatchThePlainScans() {
    List<Domain> domains = List.of(Fixtures.domain("small", 3, 4, 2),
        Fixtures.domain("wide", 30, 30, 10), // 70 level slots: two words per block
        ScenarioCatalog.load("london-2025").domain());
    int found = 0;
    int improved = 0;
    for (Domain domain : domains) {
      SplittableRandom random = new SplittableRandom(domain.name().hashCode());
      BidRanking ranking = BidRanking.of(Fixtures.randomUtility(domain, random));
      for (int trial = 0; trial < 12; trial++) {
        AdditiveModel model = trial % 2 == 0 ? new FrequencyModel(domain, 0.2)
            : new BayesianModel(domain);
        int learned = random.nextInt(15);
        for (int i = 0; i < learned; i++) {
          Bid bid = Fixtures.randomBid(domain, random);
          if (model instanceof FrequencyModel f) {
            f.learn(bid);
          } else {
            ((BayesianModel) model).learn(bid);
          }
        }
        Plain plain = new Plain(model);
        for (int q = 0; q < 40; q++) {
          int from = random.nextInt(ranking.size());
          int to = from + 1 + random.nextInt(ranking.size() - from);
          double target = switch (q % 3) {
            case 0 -> random.nextDouble(); // anywhere
            case 1 -> model.estimate(ranking.bidAt(from + random.nextInt(to - from))); // exact
            default -> 1.0; // usually beyond every bid: the bound says so
          };
          int expected = plain.lastAtLeast(ranking, from, to, target);
          assertEquals(expected, model.lastAtLeast(ranking, from, to, target),
              domain.name() + " trial " + trial + " [" + from + "," + to + ") ≥ " + target);
          found += expected >= 0 ? 1 : 0;
          int incumbent = from + random.nextInt(to - from);
          int best = plain.bestFor(ranking, from, to, incumbent);
          assertEquals(best, model.bestFor(ranking, from, to, incumbent),
              domain.name() + " trial " + trial + " best in [" + from + "," + to + ")");
          improved += best != incumbent ? 1 : 0;
        }
      }
    }
    assertTrue(found > 100 && improved > 100, "both answers were exercised: " + found + " found, "
        + improved + " improved");
  }

  @Test
  void aDomainTooLargeForTheSlotTableFallsBackToThePlainScans() {
    Domain domain = Fixtures.domain("huge", 65_600, 2); // 65,602 levels: slots need 17 bits
    SplittableRandom random = new SplittableRandom(3);
    BidRanking ranking = BidRanking.of(Fixtures.randomUtility(domain, random));
    assertNull(ranking.levelSlots());
    assertNull(ranking.blockSlots());
    FrequencyModel model = new FrequencyModel(domain, 0.2);
    for (int i = 0; i < 10; i++) {
      model.learn(Fixtures.randomBid(domain, random));
    }
    Plain plain = new Plain(model);
    for (int q = 0; q < 10; q++) {
      int from = random.nextInt(ranking.size());
      int to = from + 1 + random.nextInt(Math.min(5_000, ranking.size() - from));
      double target = model.estimate(ranking.bidAt(from + random.nextInt(to - from)));
      assertEquals(plain.lastAtLeast(ranking, from, to, target),
          model.lastAtLeast(ranking, from, to, target));
      assertEquals(plain.bestFor(ranking, from, to, from), model.bestFor(ranking, from, to, from));
    }
  }

  @Test
  void estimatesKeepTheirFormulas() {
    Domain domain = Fixtures.domain("d", 3, 5, 4);
    SplittableRandom random = new SplittableRandom(7);
    FrequencyModel model = new FrequencyModel(domain, 0.3);
    for (int i = 0; i < 9; i++) {
      model.learn(Fixtures.randomBid(domain, random));
    }
    for (int i = 0; i < 50; i++) {
      Bid bid = Fixtures.randomBid(domain, random);
      double u = 0;
      for (int k = 0; k < domain.issueCount(); k++) {
        double max = 0;
        for (int v = 0; v < domain.issue(k).size(); v++) {
          max = Math.max(max, model.count(k, v));
        }
        u += model.weight(k) * model.count(k, bid.level(k)) / max;
      }
      assertEquals(Math.min(1, Math.max(0, u)), model.estimate(bid), 0.0, bid.toString());
    }
  }
}
