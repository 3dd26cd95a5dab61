package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.session.TranscriptReplay;
import org.parley.scenarios.ScenarioCatalog;

/** The JADE runtime gives the direct runtime's transcript, timing and runtime name aside. */
@Tag("jade")
class JadeEquivalenceTest {

  private static final List<String> PRESETS = Preset.ALL.stream()
      .map(Preset::name).toList();
  /**
   * Sessions running at once on the platform. At 60 at once, one run in several hung: a chair
   * blocked for good in JADE's send() on a local-agent-table row lock (JADE 4.3.3, see README).
   */
  private static final int IN_FLIGHT = 4;
  private JadeRuntime jade;

  /** A fresh platform per test (about 10 ms): no test runs on a platform others have worn. */
  @BeforeEach
  void start() {
    jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, null), new StrategyCatalog(),
        JadeRuntime.DEFAULT_TURN_LIMIT, JadeTestSupport.CLOCK);
  }

  @AfterEach
  void stop() {
    jade.close();
  }

  private static void assertTwins(Transcript direct, Transcript onJade) {
    assertEquals("jade", onJade.runtime());
    if (!direct.withoutTiming().equals(onJade.withoutTiming())) {
      // say what differs in a line, not two transcripts in full
      assertEquals(direct.outcome(), onJade.outcome(), direct.sessionId() + ": outcome");
      assertEquals(direct.events().size(), onJade.events().size(), direct.sessionId()
          + ": number of actions");
      assertEquals(direct.events(), onJade.events(), direct.sessionId() + ": events");
      assertEquals(direct.withoutTiming(), onJade.withoutTiming(), direct.sessionId());
    }
    assertEquals(List.of(), TranscriptReplay.differences(onJade));
  }

  /**
   * Every bundled scenario, every ordered pair of presets (and a second seed where the random
   * preset plays, the only one whose play depends on it): the JADE transcript equals the direct
   * one. The sessions run {@link #IN_FLIGHT} at a time on one platform (a new one starting as
   * the oldest is checked), as a server runs
   * them, which also checks that sessions at once do not hear each other.
   */
  @Test
  void everyBundledScenarioEveryPresetPairSeveralSeeds() {
    record Planned(ScenarioAnalysis analysis, SessionSpec spec) {
    }
    List<Planned> planned = new java.util.ArrayList<>();
    for (String id : ScenarioCatalog.ids()) {
      Scenario scenario = ScenarioCatalog.load(id);
      ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
      for (String a : PRESETS) {
        for (String b : PRESETS) {
          int seeds = a.equals("random") || b.equals("random") ? 2 : 1;
          for (long seed = 1; seed <= seeds; seed++) {
            String[] seats = new String[scenario.parties().size()];
            for (int i = 0; i < seats.length; i++) {
              seats[i] = i % 2 == 0 ? a : b;
            }
            planned.add(new Planned(analysis, JadeTestSupport.spec(scenario, seed, seats)));
          }
        }
      }
    }
    // a window of IN_FLIGHT sessions: checking the oldest makes room for the next
    List<CompletableFuture<Transcript>> running = new ArrayList<>();
    java.util.ArrayDeque<Integer> window = new java.util.ArrayDeque<>();
    java.util.function.IntConsumer check = k -> assertTwins(JadeTestSupport.direct(
        planned.get(k).analysis(), planned.get(k).spec()), JadeRuntime.await(running.get(k)));
    for (int i = 0; i < planned.size(); i++) {
      if (window.size() == IN_FLIGHT) {
        check.accept(window.poll());
      }
      running.add(jade.start(planned.get(i).analysis(), planned.get(i).spec(),
          java.util.Map.of(), java.util.Map.of(), null));
      window.add(i);
    }
    window.forEach(check::accept);
    assertEquals(ScenarioCatalog.ids().size() * (PRESETS.size() * PRESETS.size()
        + 2 * PRESETS.size() - 1), planned.size());
  }

  @Test
  void stackedProtocolWithThreeParties() {
    Scenario scenario = JadeTestSupport.trilateral();
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
    int agreements = 0;
    for (long seed = 1; seed <= 3; seed++) {
      for (String[] seats : new String[][] {{"conceder", "linear", "conceder"},
          {"boulware", "conceder", "linear"}, {"hardliner", "conceder", "conceder"}}) {
        SessionSpec spec = JadeTestSupport.spec(scenario, seed, seats);
        Transcript direct = JadeTestSupport.direct(analysis, spec);
        assertTwins(direct, jade.run(analysis, spec));
        agreements += direct.metrics().agreement() ? 1 : 0;
      }
    }
    assertTrue(agreements > 0, "some three-party sessions agree");
  }

  @Test
  void fiftySessionsAtOnceWithoutCrossTalk() {
    Scenario london = ScenarioCatalog.load("london-2025");
    ScenarioAnalysis analysis = new ScenarioAnalysis(london);
    List<SessionSpec> specs = new ArrayList<>();
    List<CompletableFuture<Transcript>> running = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      SessionSpec spec = JadeTestSupport.spec(london, i, PRESETS.get(i % PRESETS.size()),
          PRESETS.get((i / PRESETS.size()) % PRESETS.size()));
      specs.add(spec);
      running.add(jade.start(analysis, spec, java.util.Map.of(), java.util.Map.of(), null));
    }
    for (int i = 0; i < 50; i++) {
      assertTwins(JadeTestSupport.direct(analysis, specs.get(i)),
          JadeRuntime.await(running.get(i)));
    }
  }
}
