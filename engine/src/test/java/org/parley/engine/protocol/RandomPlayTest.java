package org.parley.engine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.session.TranscriptReplay;

/**
 * The random-play harness every protocol passes (after OpenSpiel's RandomSimTest): many seeded
 * sessions of random players, some of whom break the rules, on random scenarios.
 */
class RandomPlayTest {

  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2025-06-09T09:00:00Z"));

  @ParameterizedTest(name = "{0} parties, cheating {1}")
  @CsvSource({"2,false", "2,true", "3,false", "3,true", "4,true"})
  void invariantsHoldOverManyRandomSessions(int parties, boolean cheat) {
    Set<Reason> seen = EnumSet.noneOf(Reason.class);
    int agreements = 0;
    for (long seed = 0; seed < 150; seed++) {
      Scenario scenario = Fixtures.randomScenario(seed * 31 + parties, parties,
          1 + (int) (seed % 25));
      ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
      DirectRunner runner = new DirectRunner(analysis, Fixtures.randomPlayers(cheat), CLOCK);
      SessionSpec spec = new SessionSpec("s" + seed, Fixtures.seats(scenario, "random"), seed,
          scenario.deadline());
      Transcript t = runner.run(spec);

      checkInvariants(scenario, t);
      if (t.outcome() instanceof NoAgreement n) {
        seen.add(n.reason());
        if (!cheat) {
          assertTrue(Set.of(Reason.DEADLINE, Reason.WALKED_AWAY).contains(n.reason()),
              "honest players end by deadline or walking away, got " + n);
        }
      } else {
        agreements++;
      }
      assertEquals(t, TranscriptCodec.read("round trip", TranscriptCodec.write(t)),
          "JSON round trip");
      assertEquals(t, TranscriptReplay.replay(t), "replay reproduces the transcript");
      assertEquals(List.of(), TranscriptReplay.differences(t));
      assertEquals(t, runner.run(spec), "same inputs, same transcript");
    }
    assertTrue(agreements > 0, "some sessions agree");
    assertTrue(seen.contains(Reason.WALKED_AWAY));
    if (cheat) {
      assertTrue(seen.contains(Reason.VIOLATION), "cheaters get caught");
    }
  }

  private static void checkInvariants(Scenario scenario, Transcript t) {
    List<String> parties = scenario.partyIds();
    int n = parties.size();
    List<Event> events = t.events();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      assertEquals(i, e.turn());
      assertEquals(parties.get(i % n), e.action().party(), "only the party to move acts");
      assertEquals(i / n, e.round());
      assertTrue(e.round() < t.deadline().rounds(), "rounds respect the deadline");
      assertEquals(t.deadline().progress(e.round()), e.progress());
      for (double u : e.utilities().values()) {
        assertTrue(u >= 0 && u <= 1, "utility in [0,1]: " + u);
      }
      if (!(e.action() instanceof EndNegotiation)) {
        assertEquals(parties, List.copyOf(e.utilities().keySet()));
      }
    }
    assertTrue(events.size() <= t.deadline().rounds() * n);
    if (t.outcome() instanceof Agreement a) {
      Offer last = null;
      int after = 0;
      for (Event e : events) {
        if (e.action() instanceof Offer o) {
          last = o;
          after = 0;
        } else {
          assertInstanceOf(Accept.class, e.action());
          assertEquals(last.bid(), ((Accept) e.action()).bid(), "accepts name the standing bid");
          after++;
        }
      }
      assertEquals(last.bid(), a.bid(), "every agreement is a bid that was offered");
      assertEquals(n - 1, after, "everyone else accepted it in turn");
      assertTrue(t.metrics().agreement());
      assertTrue(t.metrics().paretoDistance() >= 0);
    } else {
      NoAgreement na = (NoAgreement) t.outcome();
      switch (na.reason()) {
        case DEADLINE -> assertEquals(t.deadline().rounds() * n, events.size());
        case WALKED_AWAY -> assertInstanceOf(EndNegotiation.class,
            events.get(events.size() - 1).action());
        default -> assertTrue(na.party() != null && !na.detail().isEmpty());
      }
      assertEquals(0.0, t.metrics().socialWelfare());
    }
  }
}
