package org.parley.ui.web;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.Golden;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** The replay document the web serves for a transcript, field by field (see Golden). */
class ReplayDocumentTest {

  @Test
  void theReplayDocumentOfASeededSessionIsStable() {
    Scenario laptop = ScenarioCatalog.load("genius-laptop");
    DirectRunner runner = new DirectRunner(new ScenarioAnalysis(laptop), new StrategyCatalog(),
        InstantSource.fixed(Instant.EPOCH));
    Transcript t = runner.run(new SessionSpec("laptop-5", List.of(
        new Seat(laptop.partyIds().get(0), new NegotiatorSpec("boulware")),
        new Seat(laptop.partyIds().get(1), new NegotiatorSpec("tit-for-tat"))), 5,
        laptop.deadline())).withTiming(Timing.NONE);
    JsonObject doc = SessionDocuments.replay("laptop-5", t,
        new org.parley.engine.analysis.ScenarioAnalysis(t.scenario()));
    Golden.assertMatches("replay-laptop-boulware-titfortat-seed5.json",
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc) + "\n");
  }
}
