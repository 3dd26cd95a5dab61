package org.parley.ui.web;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

/** The stored negotiations a fresh server shows: written once into the data folder, if missing. */
final class Demos {

  record Demo(String id, String scenario, long seed, Integer rounds, String... strategies) {
  }

  static final List<Demo> DEMOS = List.of(
      new Demo("demo-london-boulware-vs-conceder", "london-2025", 7, null, "boulware", "conceder"),
      new Demo("demo-london-hardheaded-vs-tit-for-tat", "london-2025", 3, null, "hardheaded",
          "tit-for-tat"),
      new Demo("demo-london-hardliner-standoff", "london-2025", 1, 40, "hardliner", "hardliner"),
      new Demo("demo-magnets-for-chips-linear-vs-micro", "magnets-for-chips", 5, null, "linear",
          "micro"),
      new Demo("demo-trilateral-linear", "london-2025-trilateral", 2, null, "linear", "conceder",
          "boulware"));

  private Demos() {
  }

  static void ensure(TranscriptStore store, StrategyCatalog catalog) {
    for (Demo d : DEMOS) {
      if (store.exists(d.id())) {
        continue;
      }
      Scenario sc = ScenarioCatalog.load(d.scenario());
      List<Seat> seats = new ArrayList<>();
      for (int i = 0; i < sc.partyIds().size(); i++) {
        seats.add(new Seat(sc.partyIds().get(i), new NegotiatorSpec(d.strategies()[i])));
      }
      Deadline deadline = d.rounds() == null ? sc.deadline() : new Deadline(d.rounds());
      SessionSpec spec = new SessionSpec(d.id(), seats, d.seed(), deadline);
      store.write(d.id(), new DirectRunner(new ScenarioAnalysis(sc), catalog,
          InstantSource.system()).run(spec));
    }
  }
}
