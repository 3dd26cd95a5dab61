package org.parley.agents.jade;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Profile;
import org.parley.scenarios.ScenarioCatalog;

/** Shared pieces of the JADE tests. */
final class JadeTestSupport {

  static final InstantSource CLOCK = InstantSource.fixed(Instant.EPOCH);

  private JadeTestSupport() {
  }

  static SessionSpec spec(Scenario scenario, long seed, String... strategies) {
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < scenario.parties().size(); i++) {
      seats.add(new Seat(scenario.parties().get(i).id(), new NegotiatorSpec(strategies[i])));
    }
    return new SessionSpec(scenario.id() + "-" + seed + "-" + String.join("-", strategies), seats,
        seed, scenario.deadline());
  }

  static Transcript direct(ScenarioAnalysis analysis, SessionSpec spec, NegotiatorFactory factory) {
    return new DirectRunner(analysis, factory, CLOCK).run(spec);
  }

  static Transcript direct(ScenarioAnalysis analysis, SessionSpec spec) {
    return direct(analysis, spec, new StrategyCatalog());
  }

  /** Three parties on the teaching domain under the stacked protocol: US, China and the UK. */
  static Scenario trilateral() {
    Scenario base = ScenarioCatalog.load("magnets-for-chips");
    Party us = base.requireParty("us");
    Party china = base.requireParty("china");
    Party uk = new Party("uk", "United Kingdom", List.of("Business and Trade"),
        new Profile(us.profile().utility(), 0.2, 1.0));
    return new Scenario("trilateral-test", null, "", base.domain(), List.of(us, china, uk),
        AlternatingOffers.STACKED, base.deadline(), List.of());
  }
}
