package org.parley.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.analysis.SolutionPoint;
import org.parley.engine.domain.Bid;
import org.parley.engine.scenario.Scenario;

/** The figures of the reference pack (london-2025.md §6–§7), reproduced within 0.001. */
class London2025Test {

  private static final double TOLERANCE = 0.001;
  private final Scenario london = ScenarioCatalog.load("london-2025");
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(london);

  private double[] utilities(String reference) {
    return analysis.utilities(london.reference(reference).orElseThrow().bid());
  }

  @Test
  void domainIsTheEightIssueDomain() {
    assertEquals(48_000, london.domain().size());
    assertEquals(List.of("us_tariff", "cn_tariff", "re_flow", "us_counter", "ai_chips", "ga_ge_sb",
        "visas", "entity"), london.domain().issueIds());
    assertEquals(List.of("us", "china"), london.partyIds());
    assertTrue(london.requireParty("us").delegation().get(0).startsWith("Scott Bessent"));
    assertTrue(london.requireParty("china").delegation().get(0).startsWith("He Lifeng"));
  }

  @Test
  void noDealSnapbackGivesTheReservationValues() {
    double[] u = utilities("snapback");
    assertEquals(0.498, u[0], TOLERANCE);
    assertEquals(0.369, u[1], TOLERANCE);
    assertEquals(0.498, london.requireParty("us").profile().reservation(), TOLERANCE);
    assertEquals(0.369, london.requireParty("china").profile().reservation(), TOLERANCE);
  }

  @Test
  void historicalDealsSitWhereThePackSays() {
    double[] opening = utilities("opening");
    assertEquals(0.677, opening[0], TOLERANCE);
    assertEquals(0.440, opening[1], TOLERANCE);
    double[] implemented = utilities("london");
    assertEquals(0.766, implemented[0], TOLERANCE);
    assertEquals(0.672, implemented[1], TOLERANCE);
    assertFalse(analysis.isParetoOptimal(london.reference("london").orElseThrow().bid()),
        "London as implemented is inside the frontier");
    double[] busan = utilities("busan");
    assertEquals(0.824, busan[0], TOLERANCE);
    assertEquals(0.719, busan[1], TOLERANCE);
    assertTrue(analysis.isParetoOptimal(london.reference("busan").orElseThrow().bid()),
        "Busan is on the frontier");
  }

  @Test
  void nashPointIsTheDomainOptimumOfThePack() {
    SolutionPoint nash = analysis.nash().orElseThrow();
    assertEquals(0.804, nash.utility(0), TOLERANCE);
    assertEquals(0.752, nash.utility(1), TOLERANCE);
    Bid expected = london.domain().bid(java.util.Map.of("us_tariff", "10", "cn_tariff", "0",
        "re_flow", "100", "us_counter", "all_incl_EDA", "ai_chips", "H20_licensed",
        "ga_ge_sb", "ban_suspended", "visas", "restored", "entity", "mutual_suspension"));
    assertEquals(expected, nash.bid());
    // Busan gets 97% of the maximum Nash product (pack §7)
    double[] busan = utilities("busan");
    double busanProduct = (busan[0] - 0.498) * (busan[1] - 0.369);
    double nashProduct = (nash.utility(0) - 0.498) * (nash.utility(1) - 0.369);
    assertEquals(0.97, busanProduct / nashProduct, 0.01);
  }
}
