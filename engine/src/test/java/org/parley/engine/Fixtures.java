package org.parley.engine;

import java.util.List;
import java.util.SplittableRandom;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.RandomScenarios;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.Seat;
import org.parley.engine.utility.LinearAdditiveUtility;

/** Builders for engine tests: random domains, scenarios and negotiators. */
public final class Fixtures {

  private Fixtures() {
  }

  public static Domain domain(String name, int... levelCounts) {
    return RandomScenarios.domain(name, levelCounts);
  }

  public static LinearAdditiveUtility randomUtility(Domain domain, SplittableRandom random) {
    return RandomScenarios.utility(domain, random);
  }

  /** A random scenario with {@code parties} parties over a random small domain. */
  public static Scenario randomScenario(long seed, int parties, int rounds) {
    return RandomScenarios.scenario(seed, parties, rounds);
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
