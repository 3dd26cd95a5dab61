package org.parley.engine.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;

class UtilityTest {

  private final Issue tariff = new Issue("tariff", null, "%", List.of(new Level("145", null, 145.0),
      new Level("30", null, 30.0), new Level("20", null, 20.0), new Level("10", null, 10.0)));
  private final Issue flag = new Issue("flag", null, "", List.of(Level.of("no"), Level.of("yes")));
  private final Domain domain = new Domain("d", List.of(tariff, flag));

  @Test
  void evaluatorsGiveTheirShapes() {
    assertArrayEquals(new double[] {1.0, 20.0 / 135, 10.0 / 135, 0.0},
        new LinearEvaluator(true).evaluate(tariff), 1e-12);
    assertArrayEquals(new double[] {0.0, 115.0 / 135, 125.0 / 135, 1.0},
        new LinearEvaluator(false).evaluate(tariff), 1e-12);
    // peak at 30: 145 is the top end (0), 10 the bottom end (0)
    assertArrayEquals(new double[] {0.0, 1.0, 0.5, 0.0}, new PeakEvaluator(30).evaluate(tariff),
        1e-12);
    assertArrayEquals(new LinearEvaluator(true).evaluate(tariff),
        new PeakEvaluator(145).evaluate(tariff), 1e-12, "a peak at the top end is linear");
    assertThrows(IllegalArgumentException.class, () -> new PeakEvaluator(200).evaluate(tariff));
    IllegalArgumentException notNumeric = assertThrows(IllegalArgumentException.class,
        () -> new LinearEvaluator(true).evaluate(flag));
    assertTrue(notNumeric.getMessage().contains("numeric"));
  }

  @Test
  void tablesMustCoverEveryLevelWithinZeroAndOne() {
    assertThrows(IllegalArgumentException.class, () -> new TableEvaluator(Map.of("no", 1.2)));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new TableEvaluator(Map.of("no", 1.0)).evaluate(flag));
    assertTrue(missing.getMessage().contains("'yes'"));
    assertThrows(IllegalArgumentException.class,
        () -> new TableEvaluator(Map.of("no", 1.0, "yes", 0.0, "maybe", 0.5)).evaluate(flag));
  }

  private LinearAdditiveUtility additive(double wTariff, double wFlag) {
    Map<String, Double> w = new LinkedHashMap<>();
    w.put("tariff", wTariff);
    w.put("flag", wFlag);
    return new LinearAdditiveUtility(domain, w, Map.of("tariff", new PeakEvaluator(30), "flag",
        new TableEvaluator(Map.of("no", 0.0, "yes", 1.0))));
  }

  @Test
  void linearAdditiveIsTheWeightedSum() {
    LinearAdditiveUtility u = additive(0.75, 0.25);
    assertEquals(0.75 * 0.5 + 0.25, u.utility(Bid.of(2, 1)), 1e-12);
    assertEquals(0.75, u.utility(Bid.of(1, 0)), 1e-12);
    assertEquals(additive(0.75, 0.25), u, "value equality");
  }

  @Test
  void weightsMustSumToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> additive(0.7, 0.23));
    assertTrue(e.getMessage().contains("sum to 0.930000"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> additive(1.2, -0.2));
  }

  @Test
  void interactionsAddAndClipToTheUnitInterval() {
    PairwiseInteractionUtility u = new PairwiseInteractionUtility(additive(0.75, 0.25), List.of(
        new InteractionTerm("tariff", "30", "flag", "yes", 0.3),
        new InteractionTerm("tariff", "10", "flag", "no", -0.5)));
    assertEquals(1.0, u.utility(Bid.of(1, 1)), 0.0, "1.0 + 0.3 clipped to 1");
    assertEquals(0.0, u.utility(Bid.of(3, 0)), 0.0, "0 − 0.5 clipped to 0");
    assertEquals(0.75 * 0.5 + 0.25, u.utility(Bid.of(2, 1)), 1e-12, "no term matches");
    assertThrows(IllegalArgumentException.class, () -> new PairwiseInteractionUtility(
        additive(0.75, 0.25), List.of(new InteractionTerm("tariff", "31", "flag", "yes", 0.1))));
    assertThrows(IllegalArgumentException.class,
        () -> new InteractionTerm("flag", "no", "flag", "yes", 0.1));
  }

  @Test
  void discountingAppliesToUtilityAndReservation() {
    Profile p = new Profile(additive(0.5, 0.5), 0.4, 0.81);
    assertEquals(0.8 * 0.9, p.discounted(0.8, 0.5), 1e-12);
    assertEquals(0.4 * 0.81, p.effectiveReservation(1.0), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> new Profile(additive(0.5, 0.5), 1.1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Profile(additive(0.5, 0.5), 0.1, 0));
  }
}
