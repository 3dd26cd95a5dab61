package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.parley.engine.Golden;
import org.junit.jupiter.api.Test;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.session.TranscriptReplay;
import org.parley.scenarios.ScenarioCatalog;

/** Bots on the bundled scenarios: sanity, invariants, and a golden transcript. */
class LondonSessionsTest {

  private static final List<String> PRESETS = Preset.ALL.stream()
      .map(Preset::name).toList();
  private final Scenario london = ScenarioCatalog.load("london-2025");
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(london);
  private final DirectRunner runner = new DirectRunner(analysis, new StrategyCatalog(),
      InstantSource.fixed(Instant.EPOCH));

  private Transcript play(String us, String china, long seed) {
    return runner.run(new SessionSpec("london-" + seed, List.of(
        new Seat("us", new NegotiatorSpec(us)), new Seat("china", new NegotiatorSpec(china))),
        seed, new Deadline(100)));
  }

  @Test
  void boulwareBeatsConcederFromEitherSide() {
    for (long seed = 1; seed <= 3; seed++) {
      Transcript a = play("boulware", "conceder", seed);
      Transcript b = play("conceder", "boulware", seed);
      assertTrue(a.metrics().agreement() && b.metrics().agreement());
      double usAsBoulware = a.metrics().utilities().get("us");
      double usAsConceder = b.metrics().utilities().get("us");
      double cnAsBoulware = b.metrics().utilities().get("china");
      double cnAsConceder = a.metrics().utilities().get("china");
      assertTrue(usAsBoulware > usAsConceder, usAsBoulware + " vs " + usAsConceder);
      assertTrue(cnAsBoulware > cnAsConceder, cnAsBoulware + " vs " + cnAsConceder);
      assertTrue(usAsBoulware - london.requireParty("us").profile().reservation()
          > cnAsConceder - london.requireParty("china").profile().reservation());
    }
  }

  @Test
  void noBotAcceptsBelowItsReservationValueAndEveryRunReplays() {
    for (String scenarioId : ScenarioCatalog.ids()) {
      Scenario s = ScenarioCatalog.load(scenarioId);
      DirectRunner r = new DirectRunner(new ScenarioAnalysis(s), new StrategyCatalog(),
          InstantSource.fixed(Instant.EPOCH));
      for (String a : PRESETS) {
        for (String b : PRESETS) {
          List<Seat> seats = new java.util.ArrayList<>();
          for (int i = 0; i < s.partyIds().size(); i++) {
            seats.add(new Seat(s.partyIds().get(i), new NegotiatorSpec(i % 2 == 0 ? a : b)));
          }
          Transcript t = r.run(new SessionSpec("m", seats, 3, s.deadline()));
          for (Event e : t.events()) {
            if (e.action() instanceof Accept accept) {
              double reservation = s.requireParty(accept.party()).profile().reservation();
              assertTrue(e.utilities().get(accept.party()) >= reservation,
                  a + " vs " + b + ": " + accept.party() + " accepted below its reservation");
            }
          }
          assertEquals(List.of(), TranscriptReplay.differences(t));
        }
      }
    }
  }

  @Test
  void hardlinersNeverAgreeOnLondon() {
    Transcript t = play("hardliner", "hardliner", 1);
    assertTrue(!t.metrics().agreement());
    assertEquals(200, t.events().size());
  }

  /** One seeded London session, byte for byte (see {@link Golden} to regenerate). */
  @Test
  void goldenTranscript() {
    Transcript t = runner.run(new SessionSpec("london-2025-7", List.of(
        new Seat("us", new NegotiatorSpec("boulware")),
        new Seat("china", new NegotiatorSpec("conceder"))), 7, london.deadline()));
    Golden.assertMatches("london-boulware-conceder-seed7.json",
        TranscriptCodec.write(t.withTiming(Timing.NONE)));
  }

  /** A three-party session under the stacked alternating offers protocol, byte for byte. */
  @Test
  void goldenStackedTrilateralTranscript() {
    Scenario trilateral = ScenarioCatalog.load("london-2025-trilateral");
    assertEquals("stacked-alternating-offers", trilateral.protocol());
    DirectRunner three = new DirectRunner(new ScenarioAnalysis(trilateral), new StrategyCatalog(),
        InstantSource.fixed(Instant.EPOCH));
    Transcript t = three.run(new SessionSpec("london-2025-trilateral-3", List.of(
        new Seat("us", new NegotiatorSpec("conceder")),
        new Seat("china", new NegotiatorSpec("tit-for-tat")),
        new Seat("uk", new NegotiatorSpec("linear"))), 3, trilateral.deadline()));
    assertTrue(t.events().stream().map(e -> e.action().party()).distinct().count() == 3);
    Golden.assertMatches("trilateral-conceder-titfortat-linear-seed3.json",
        TranscriptCodec.write(t.withTiming(Timing.NONE)));
  }
}
