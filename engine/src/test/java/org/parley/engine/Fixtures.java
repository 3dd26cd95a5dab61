package org.parley.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.Seat;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;

/** Builders for engine tests: random domains, scenarios and negotiators. */
public final class Fixtures {

  private Fixtures() {
  }

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

  /** Random weights (summing to 1 exactly enough) and random value tables. */
  public static LinearAdditiveUtility randomUtility(Domain domain, SplittableRandom random) {
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
        // coarse values make ties in utility, which the analysis must handle
        values.put(level, random.nextInt(5) / 4.0);
      }
      evaluators.put(issue.id(), new TableEvaluator(values));
    }
    return new LinearAdditiveUtility(domain, weights, evaluators);
  }

  /** A random scenario with {@code parties} parties over a random small domain. */
  public static Scenario randomScenario(long seed, int parties, int rounds) {
    SplittableRandom random = new SplittableRandom(seed);
    int issues = 1 + random.nextInt(4);
    int[] levels = new int[issues];
    for (int i = 0; i < issues; i++) {
      levels[i] = 2 + random.nextInt(4);
    }
    Domain domain = domain("random-" + seed, levels);
    List<Party> list = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      list.add(new Party("p" + p, null, List.of(), new Profile(randomUtility(domain, random),
          random.nextInt(4) / 10.0, random.nextBoolean() ? 1.0 : 0.9)));
    }
    return new Scenario("random-" + seed, null, "", domain, list,
        parties == 2 ? AlternatingOffers.BILATERAL : AlternatingOffers.STACKED,
        new Deadline(rounds), List.of());
  }

  public static List<Seat> seats(Scenario scenario, String spec) {
    return scenario.partyIds().stream().map(p -> new Seat(p, new NegotiatorSpec(spec))).toList();
  }

  /**
   * Plays at random from its own stream: mostly offers, sometimes accepts, rarely walks away.
   * With {@code cheat} it also, rarely, breaks the rules in each way the protocol can detect.
   */
  public static NegotiatorFactory randomPlayers(boolean cheat) {
    return (NegotiatorSpec spec, PartySetup setup) -> new Negotiator() {
      @Override
      public Decision act(NegotiationView view) {
        var random = setup.random();
        Domain domain = view.domain();
        int roll = random.nextInt(100);
        if (cheat && roll == 0) {
          return Decision.of(new Offer(view.party(), Bid.of(new int[domain.issueCount() + 1])));
        }
        if (cheat && roll == 1) {
          return Decision.of(new Accept(view.party(), randomBid(domain, random)));
        }
        if (cheat && roll == 2) {
          String other = setup.parties().stream().filter(p -> !p.equals(view.party()))
              .findFirst().orElseThrow();
          return Decision.of(new Offer(other, randomBid(domain, random)));
        }
        if (cheat && roll == 3) {
          return null;
        }
        if (roll < 6) {
          return Decision.of(new EndNegotiation(view.party()));
        }
        if (view.standingBid() != null && roll < 30) {
          return Decision.of(new Accept(view.party(), view.standingBid()));
        }
        return Decision.of(new Offer(view.party(), randomBid(domain, random)));
      }
    };
  }

  public static Bid randomBid(Domain domain, java.util.random.RandomGenerator random) {
    int[] levels = new int[domain.issueCount()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = random.nextInt(domain.issue(i).size());
    }
    return Bid.of(levels);
  }
}
