package org.parley.agents.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.engine.tournament.ResultRow;

/** Intervals over independent blocks (scenario × opponent × side), not over copies. */
class LeaderboardTest {

  /** One seat of {@code strategy} against {@code opponent} as {@code party}, a deal at u. */
  static ResultRow seat(String scenario, String party, String strategy, String opponent, int rep,
      double u) {
    return new ResultRow(scenario + "." + party + "." + opponent + ".r" + rep, scenario, rep, rep,
        party, strategy, opponent, u, u, 0.3, true, "agreement", false, null, null, 5, u + 0.5,
        0.1, 0.0);
  }

  static Leaderboard.Line line(List<ResultRow> rows, String strategy) {
    return Leaderboard.of(rows).overall().stream().filter(l -> l.strategy().equals(strategy))
        .findFirst().orElseThrow();
  }

  /**
   * Block means 0.2, 0.4, 0.6: mean 0.4, s = 0.2, t(0.975, 2) = 4.303 (a printed t table), so
   * the half-width is 4.303 × 0.2 / √3 = 0.4969. The first block's two repetitions (0.1, 0.3)
   * average to its 0.2, the third's three copies count once.
   */
  @Test
  void aHandComputedStudentTInterval() {
    List<ResultRow> rows = List.of(seat("a", "us", "x", "y", 1, 0.1), seat("a", "us", "x", "y", 2,
        0.3), seat("b", "us", "x", "y", 1, 0.4), seat("c", "us", "x", "y", 1, 0.6),
        seat("c", "us", "x", "y", 2, 0.6), seat("c", "us", "x", "y", 3, 0.6));
    Estimate e = line(rows, "x").utility();
    assertEquals(3, e.blocks());
    assertEquals(0.4, e.mean(), 1e-12);
    assertEquals(4.303 * 0.2 / Math.sqrt(3), e.half(), 1e-3);
    assertEquals("0.400 ± 0.497", e.text());
    assertEquals(new Estimate(0.5, Double.NaN, 1), Estimate.of(List.of(0.5)), "no interval");
    assertEquals("0.500 (1 block)", Estimate.of(List.of(0.5)).text());
  }

  @Test
  void tenIdenticalRepetitionsGiveTheSameIntervalAsOne() {
    List<ResultRow> once = new ArrayList<>();
    List<ResultRow> tenTimes = new ArrayList<>();
    double[] u = {0.52, 0.71, 0.64, 0.90};
    String[] opponents = {"boulware", "conceder"};
    for (int o = 0; o < 2; o++) {
      for (int side = 0; side < 2; side++) {
        String party = side == 0 ? "us" : "china";
        double v = u[o * 2 + side];
        once.add(seat("london", party, "x", opponents[o], 1, v));
        for (int r = 1; r <= 10; r++) {
          tenTimes.add(seat("london", party, "x", opponents[o], r, v));
        }
      }
    }
    Leaderboard.Line one = line(once, "x");
    Leaderboard.Line ten = line(tenTimes, "x");
    for (Estimate[] e : List.of(new Estimate[] {one.utility(), ten.utility()},
        new Estimate[] {one.welfare(), ten.welfare()})) {
      assertEquals(e[0].blocks(), e[1].blocks());
      assertEquals(e[0].mean(), e[1].mean(), 1e-12);
      assertEquals(e[0].half(), e[1].half(), 1e-12); // 0.253, √10 wider than over 40 copies
    }
    assertEquals(4, ten.blocks());
    assertEquals(4, ten.distinct(), "ten copies are one outcome per block");
    assertEquals(40, ten.seats());
    assertEquals("Warning: in 4 of 4 blocks, 10 repetitions gave 1 distinct outcome: repeating a "
        + "deterministic session adds no information. Each block counts once in the intervals, "
        + "so more repetitions do not narrow them; more scenarios or opponents do.",
        Leaderboard.of(tenTimes).repetitions().warning().orElseThrow());
    assertTrue(Leaderboard.of(once).repetitions().warning().isEmpty(), "nothing was repeated");
  }

  /**
   * A random strategy's utility, uniform on [0, 1] in each independent block (σ = 1/√12): the
   * half-width is t·σ/√k, so four times the blocks halve it (times t(15)/t(63) = 1.07).
   * Averaged over 50 seeded tournaments of 16 and of 64 blocks.
   */
  @Test
  void aRandomStrategysIntervalNarrowsAsOneOverRootOfTheBlocks() {
    SplittableRandom random = new SplittableRandom(17);
    double[] half = new double[2];
    int[] blocks = {16, 64};
    for (int run = 0; run < 50; run++) {
      for (int i = 0; i < 2; i++) {
        List<ResultRow> rows = new ArrayList<>();
        for (int b = 0; b < blocks[i]; b++) {
          rows.add(seat("scenario" + b, "us", "random", "conceder", 1, random.nextDouble()));
        }
        half[i] += line(rows, "random").utility().half() / 50;
      }
    }
    double sigma = 1 / Math.sqrt(12);
    assertEquals(2.131 * sigma / 4, half[0], 0.1 * half[0], "t(15)·σ/√16");
    assertEquals(1.998 * sigma / 8, half[1], 0.1 * half[1], "t(63)·σ/√64");
    double ratio = half[0] / half[1];
    assertTrue(ratio > 1.9 && ratio < 2.4, "16 → 64 blocks narrows by about 2: " + ratio);
  }

  @Test
  void failedSessionsStayOutOfTheMeansAndAreCountedAsFailedSeats() {
    List<ResultRow> rows = new ArrayList<>(List.of(seat("a", "us", "x", "y", 1, 0.8),
        seat("b", "us", "x", "y", 1, 0.6)));
    rows.add(new ResultRow("a.us.y.r2", "a", 2, 2, "us", "x", "y", 0.3, 0.3, 0.3, false,
        "agent-error", true, "china", "java.lang.IllegalStateException: boom\n\tat Bot.act",
        3, 0.7, null, null));
    Leaderboard.Line x = line(rows, "x");
    assertEquals(0.7, x.utility().mean(), 1e-12, "the reservation value 0.3 is left out");
    assertEquals(1.0, x.agreement().mean(), 1e-12);
    assertEquals(3, x.seats());
    assertEquals(1, x.failedSeats());
    String page = LeaderboardPage.markdown(Leaderboard.of(rows));
    assertTrue(page.contains("1 of 3 sessions failed"), page);
  }
}
