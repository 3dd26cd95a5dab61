package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/** Properties every strategy keeps, over many seeded random scenarios. */
class InvariantsTest {

  private static final InstantSource CLOCK = InstantSource.fixed(Instant.EPOCH);
  private static final List<String> PRESETS = Preset.ALL.stream()
      .map(Preset::name).toList();

  private static Transcript play(Scenario s, NegotiatorFactory f, long seed, String a, String b) {
    return new DirectRunner(new ScenarioAnalysis(s), f, CLOCK).run(new SessionSpec("s" + seed,
        List.of(new Seat("p0", new NegotiatorSpec(a)), new Seat("p1", new NegotiatorSpec(b))),
        seed, s.deadline()));
  }

  @Test
  void noBotAcceptsBelowItsReservationValueAndEveryPresetIsDeterministic() {
    StrategyCatalog catalog = new StrategyCatalog();
    int accepts = 0;
    for (long seed = 0; seed < 12; seed++) {
      Scenario s = Fixtures.randomScenario(seed, 2, 15);
      for (String a : PRESETS) {
        for (String b : PRESETS) {
          Transcript t = play(s, catalog, seed, a, b);
          for (Event e : t.events()) {
            if (e.action() instanceof Accept accept) {
              accepts++;
              assertTrue(e.utilities().get(accept.party())
                  >= s.requireParty(accept.party()).profile().reservation(),
                  a + " vs " + b + " seed " + seed);
            }
          }
          assertEquals(t, play(s, catalog, seed, a, b), "deterministic: " + a + " vs " + b);
        }
      }
    }
    assertTrue(accepts > 100, "the property was exercised: " + accepts + " accepts");
  }

  @Test
  void hardlinersAgreeOnlyWhenTheFirstOfferIsAcceptableToBoth() {
    StrategyCatalog catalog = new StrategyCatalog();
    int agreements = 0;
    for (long seed = 0; seed < 200; seed++) {
      Scenario s = Fixtures.randomScenario(seed, 2, 10);
      Transcript t = play(s, catalog, seed, "hardliner", "hardliner");
      var u0 = s.requireParty("p0").profile().utility();
      var u1 = s.requireParty("p1").profile().utility();
      Offer open0 = (Offer) t.events().get(0).action();
      double r0 = s.requireParty("p0").profile().reservation();
      double r1 = s.requireParty("p1").profile().reservation();
      // an opening bid is agreeable only if the other side rates it as high as its own best bid
      // and no lower than no deal
      boolean firstAcceptable = u1.utility(open0.bid()) >= Math.max(r1,
          BidRanking.of(u1).maxUtility());
      boolean secondAcceptable = t.events().size() > 1
          && t.events().get(1).action() instanceof Offer open1
          && u0.utility(open1.bid()) >= Math.max(r0, BidRanking.of(u0).maxUtility());
      assertEquals(firstAcceptable || secondAcceptable, t.metrics().agreement(), "seed " + seed);
      if (t.metrics().agreement()) {
        agreements++;
        assertTrue(t.events().size() <= 3, "agreed on an opening offer");
      }
    }
    assertTrue(agreements > 0 && agreements < 200, "both cases occur: " + agreements);
  }

  @Test
  void acTimeNeverLetsAnAcceptableOfferGoByAtTheDeadline() {
    // p1 always offers some bid p0 finds acceptable (at or above p0's reservation value);
    // p0 never concedes and accepts only by AC_time(0.99).
    String timeBot = "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0},"
        + "\"acceptance\":{\"type\":\"AC_time\",\"T\":0.99}}";
    for (long seed = 0; seed < 100; seed++) {
      Scenario s = Fixtures.randomScenario(seed, 2, 5 + (int) (seed % 40));
      var p0 = s.requireParty("p0").profile();
      NegotiatorFactory factory = (spec, setup) -> setup.party().equals("p0")
          ? new StrategyCatalog().create(spec, setup)
          : view -> {
            BidRanking mine = setup.ranking();
            for (int r = 0; r < mine.size(); r++) {
              if (p0.utility().utility(mine.bidAt(r)) >= p0.reservation()) {
                return Decision.of(new Offer(view.party(), mine.bidAt(r)));
              }
            }
            throw new AssertionError("no bid acceptable to p0");
          };
      if (BidRanking.of(p0.utility()).maxUtility() < p0.reservation()) {
        continue;
      }
      Transcript t = play(s, factory, seed, timeBot, "scripted");
      assertTrue(t.metrics().agreement(), "seed " + seed + ": " + t.outcome());
    }
  }
}
