package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** The figures the debrief's story is told from: each issue's cost, the value left. */
class LessonsTest {

  private final ScenarioAnalysis london = new ScenarioAnalysis(ScenarioCatalog.load("london-2025"));

  private Transcript play(String us, String china) {
    return new DirectRunner(london, new StrategyCatalog(), InstantSource.fixed(Instant.EPOCH))
        .run(new SessionSpec("lessons", List.of(new Seat("us", new NegotiatorSpec(us)),
            new Seat("china", new NegotiatorSpec(china))), 3, new Deadline(20)));
  }

  @Test
  void aDealOffTheFrontierShowsTheFrontierDealBetterForBothAndWhatEachIssueCost() {
    Transcript t = play("conceder", "conceder");
    Bid deal = ((SessionOutcome.Agreement) t.outcome()).bid();
    double[] u = london.utilities(deal);
    JsonObject lessons = Lessons.of(t, london);
    JsonObject better = lessons.getAsJsonObject("better");
    assertTrue(!london.isParetoOptimal(deal) && better != null, lessons.toString());
    double gain = better.get("gain").getAsDouble();
    assertEquals(gain, Math.min(better.getAsJsonObject("u").get("us").getAsDouble() - u[0],
        better.getAsJsonObject("u").get("china").getAsDouble() - u[1]), 1e-3);
    assertTrue(gain > 0.005);
    // a deal on the frontier leaves nothing: no frontier point beats the found one for both
    assertTrue(london.frontier().distance(new double[] {
        better.getAsJsonObject("u").get("us").getAsDouble(),
        better.getAsJsonObject("u").get("china").getAsDouble()}) < 1e-3);
    var issues = lessons.getAsJsonArray("issues");
    assertEquals(8, issues.size());
    for (int i = 0; i < issues.size(); i++) { // an issue at a party's best level costs it 0
      JsonObject cost = issues.get(i).getAsJsonObject().getAsJsonObject("cost");
      for (String p : List.of("us", "china")) {
        double c = cost.get(p).getAsDouble();
        int[] levels = deal.toArray();
        double best = 0;
        for (int l = 0; l < london.scenario().domain().issue(i).size(); l++) {
          levels[i] = l;
          best = Math.max(best, london.scenario().requireParty(p).profile().utility()
              .utility(Bid.of(levels)));
        }
        assertEquals(best - u[p.equals("us") ? 0 : 1], c, 1e-3, p + " issue " + i);
      }
    }
  }

  @Test
  void noDealTeachesNothingHere() {
    assertEquals(new JsonObject(), Lessons.of(play("hardliner", "hardliner"), london));
  }
}
