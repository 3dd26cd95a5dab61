package org.parley.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;

/**
 * Solution points that tie are broken the same way whichever party the scenario lists first. Three
 * bids: (0.8, 0.6) and (0.6, 0.8) tie for Nash (0.48) and for max welfare (1.4); (0.7, 0.68)
 * follows. Before, the tie went to the first bid in frontier order, the one better for the party
 * listed first.
 */
class SolutionTieBreakTest {

  private static final Domain ONE = Fixtures.domain("one", 3);

  private static Party party(String id, double l0, double l1, double l2) {
    return new Party(id, null, List.of(), new Profile(new LinearAdditiveUtility(ONE,
        Map.of("i0", 1.0), Map.of("i0", new TableEvaluator(Map.of("l0", l0, "l1", l1,
            "l2", l2)))), 0, 1));
  }

  private static ScenarioAnalysis analysis(Party first, Party second) {
    return new ScenarioAnalysis(new Scenario("tie", null, "", ONE, List.of(first, second),
        AlternatingOffers.BILATERAL, new Deadline(10), List.of()));
  }

  @Test
  void tiesDoNotFavourThePartyListedFirst() {
    Party alpha = party("alpha", 0.8, 0.6, 0.7);
    Party beta = party("beta", 0.6, 0.8, 0.68);
    ScenarioAnalysis ab = analysis(alpha, beta);
    ScenarioAnalysis ba = analysis(beta, alpha);
    assertEquals(3, ab.frontier().size());
    Bid nash = ab.nash().orElseThrow().bid();
    assertEquals(nash, ba.nash().orElseThrow().bid(), "Nash, either party order");
    assertEquals(Bid.of(0), nash, "equal spreads of gains: the lower ordinal");
    assertEquals(ab.maxWelfare().orElseThrow().bid(), ba.maxWelfare().orElseThrow().bid(),
        "max welfare, either party order");
    assertEquals(Bid.of(2), ab.kalaiSmorodinsky().orElseThrow().bid(),
        "KS: the most equal relative gains");
    assertEquals(Bid.of(2), ab.egalitarian().orElseThrow().bid());
  }
}
