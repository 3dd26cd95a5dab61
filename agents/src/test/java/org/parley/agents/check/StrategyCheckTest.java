package org.parley.agents.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Accept;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/** The check passes every preset and catches each kind of misbehaviour, naming the session. */
class StrategyCheckTest {

  private static final StrategyCatalog CATALOG = StrategyCatalog.including(Misbehaving.ALL);

  private static CheckReport check(String strategy, int scenarios) {
    return new StrategyCheck(CATALOG, new NegotiatorSpec(strategy), new CheckSettings(scenarios,
        7, OptionalInt.empty(), Duration.ofMillis(100), 4)).run(done -> { });
  }

  @Test
  void everyPresetPasses() {
    for (Preset preset : Preset.ALL) {
      CheckReport report = check(preset.name(), 1);
      assertTrue(report.passed(), preset.name() + ": " + report.failing());
      assertEquals(Preset.ALL.size() * 2, report.sessions());
    }
  }

  @ParameterizedTest
  @CsvSource({"accepts-anything, ACCEPTS_BELOW_RESERVATION", "nano-time, NOT_DETERMINISTIC",
      "throws-in-round-5, THROWS", "sleeps, TOO_SLOW", "invalid-bid, INVALID_ACTION"})
  void eachMisbehaviourFailsItsCheckOnly(String strategy, Problem expected) {
    CheckReport report = check(strategy, 2);
    assertEquals(Set.of(expected), report.failing().keySet(), report.failing().toString());
    Failure first = report.examples().get(expected).get(0);
    assertTrue(Preset.named(first.opponent()).isPresent(), first.opponent());
    assertFalse(first.detail().isBlank());
    assertTrue(report.stoppedEarly() || expected == Problem.ACCEPTS_BELOW_RESERVATION,
        "stops at the limit of 4 failing sessions");
    assertTrue(report.examples().get(expected).size() <= StrategyCheck.EXAMPLES);
  }

  @Test
  void aFailureNamesASessionThatReplaysIt() {
    Failure f = check("accepts-anything", 2).examples().get(Problem.ACCEPTS_BELOW_RESERVATION)
        .get(0);
    List<Seat> seats = f.scenario().partyIds().stream().map(p -> new Seat(p, new NegotiatorSpec(
        p.equals(f.party()) ? "accepts-anything" : f.opponent()))).toList();
    Transcript t = new DirectRunner(new ScenarioAnalysis(f.scenario()), CATALOG,
        InstantSource.fixed(Instant.EPOCH)).run(new SessionSpec(f.scenario().id() + "-" + f.seed(),
            seats, f.seed(), f.scenario().deadline()));
    double reservation = f.scenario().requireParty(f.party()).profile().reservation();
    assertTrue(t.events().stream().anyMatch(e -> e.action() instanceof Accept a
        && a.party().equals(f.party()) && e.utilities().get(f.party()) < reservation));
  }
}
