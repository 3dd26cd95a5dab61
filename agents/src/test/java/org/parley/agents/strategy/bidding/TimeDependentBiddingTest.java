package org.parley.agents.strategy.bidding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.utility.Profile;
import org.parley.scenarios.ScenarioCatalog;
import org.parley.engine.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Domain;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.agents.strategy.LineDomain;
import org.parley.agents.strategy.model.NoModel;

/** The tactic's curve on hand-computed cases (Faratin et al. 1998). */
class TimeDependentBiddingTest {

  static final Domain LINE = LineDomain.LINE;
  static final LinearAdditiveUtility UP = LineDomain.UP;
  static final BidRanking RANKING = LineDomain.RANKING;

  static NegotiationView view(double reservation, int round, int rounds) {
    return LineDomain.view(reservation, round, rounds);
  }

  @ParameterizedTest(name = "e={0} k={1} t={2}: target {3}")
  @CsvSource({
      // P_min = 0.2 (reservation), P_max = 1; p(t) = 0.2 + 0.8 (1 − k − (1 − k) t^(1/e))
      "0.2, 0.0, 0.0, 1.0",
      "0.2, 0.0, 0.5, 0.975",      // f = 0.5^5 = 0.03125
      "0.2, 0.0, 1.0, 0.2",
      "1.0, 0.0, 0.25, 0.8",
      "1.0, 0.0, 0.5, 0.6",
      "2.0, 0.0, 0.5, 0.434314575", // f = sqrt(0.5)
      "2.0, 0.0, 0.04, 0.84",       // f = 0.2
      "0.0, 0.0, 0.9, 1.0",         // hardliner never moves
      "0.0, 0.0, 1.0, 1.0",
      "1.0, 0.1, 0.0, 0.92",        // k = 0.1 concedes 10% at once
      "1.0, 0.1, 1.0, 0.2"})
  void targetFollowsTheFormula(double e, double k, double t, double expected) {
    TimeDependentBidding tactic = new TimeDependentBidding(e, k, TimeDependentBidding.Floor.RESERVATION, RANKING);
    assertEquals(expected, tactic.target(t, 0.2), 1e-9);
  }

  @Test
  void offersTheBidNearestTheTargetAndNeverBelowTheReservationValue() {
    TimeDependentBidding linear = new TimeDependentBidding(1.0, 0, TimeDependentBidding.Floor.RESERVATION, RANKING);
    // 11 rounds: t = round / 10
    assertEquals(0.6, linear.next(view(0.2, 5, 11), NoModel.INSTANCE).utility(), 1e-12);
    assertEquals(0.2, linear.next(view(0.2, 10, 11), NoModel.INSTANCE).utility(), 1e-12);
    for (int round = 0; round < 11; round++) {
      for (double e : new double[] {0.2, 1, 2, 50}) {
        BiddingStrategy.Planned p = new TimeDependentBidding(e, 0, TimeDependentBidding.Floor.RESERVATION,
            RANKING)
            .next(view(0.33, round, 11), NoModel.INSTANCE);
        assertTrue(p.utility() >= 0.33, "e=" + e + " round " + round + ": " + p.utility());
        assertEquals(p.utility(), UP.utility(p.bid()), 1e-12);
      }
    }
  }

  @Test
  void parametersAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new TimeDependentBidding(-1, 0,
        TimeDependentBidding.Floor.RESERVATION, RANKING));
    assertThrows(IllegalArgumentException.class, () -> new TimeDependentBidding(1, 1.5,
        TimeDependentBidding.Floor.RESERVATION, RANKING));
  }

  /**
   * P_min as GENIUS defines it (the worst bid) against Parley's default (the reservation value),
   * on london-2025 where they differ: a linear US bot at round 50 of 100 targets 0.538 or 0.7465.
   */
  @Test
  void theFloorIsTheReservationValueByDefaultOrTheWorstBidAsGenius() {
    Scenario london = ScenarioCatalog.load("london-2025");
    Profile us = london.requireParty("us").profile();
    BidRanking ranking = BidRanking.of(us.utility());
    double t = new Deadline(100).progress(50);
    double genius = new TimeDependentBidding(1, 0, TimeDependentBidding.Floor.WORST_BID, ranking)
        .target(t, us.reservation());
    double parley = new TimeDependentBidding(1, 0, TimeDependentBidding.Floor.RESERVATION,
        ranking).target(t, us.reservation());
    assertEquals(ranking.minUtility() + (1 - ranking.minUtility()) * (1 - t), genius, 1e-12);
    assertEquals(0.538, genius, 0.0005);
    assertEquals(0.7465, parley, 0.0005);
    NegotiationView view = new NegotiationView("us", london.domain(), us, new Deadline(100), 99,
        1.0, List.of(), null);
    assertTrue(new TimeDependentBidding(1, 0, TimeDependentBidding.Floor.WORST_BID, ranking)
        .next(view, NoModel.INSTANCE).utility() >= us.reservation(),
        "the GENIUS floor still never offers below the reservation value");
  }
}
