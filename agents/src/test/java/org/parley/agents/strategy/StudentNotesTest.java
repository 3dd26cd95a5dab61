package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Each preset's note for students ({@link Preset#note()}) against what a student sees it do: the
 * bot plays China in london-2025 over 20 rounds, the student's seat is played by a firm student
 * (hardliner), a steady one (linear) or a yielding one (conceder), and the claim is checked on
 * the student's utility of the bot's offers, round by round.
 */
class StudentNotesTest {

  private static final DirectRunner RUNNER = new DirectRunner(new ScenarioAnalysis(
      ScenarioCatalog.load("london-2025")), new StrategyCatalog(), InstantSource.fixed(
      Instant.EPOCH));

  /** The student's (the US's) utility of each offer the bot made. */
  private static List<Double> offersToStudent(String bot, String student) {
    var t = RUNNER.run(new SessionSpec("notes", List.of(new Seat("us", new NegotiatorSpec(
        student)), new Seat("china", new NegotiatorSpec(bot))), 1, new Deadline(20)));
    return t.events().stream().filter(e -> e.action() instanceof Offer o
        && o.party().equals("china")).map(e -> e.utilities().get("us")).toList();
  }

  private static double max(List<Double> u) {
    return u.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  /** Offers worse for the student than the bot's previous one by more than 0.02. */
  private static long stepsBack(List<Double> u) {
    long n = 0;
    for (int i = 1; i < u.size(); i++) {
      n += u.get(i) < u.get(i - 1) - 0.02 ? 1 : 0;
    }
    return n;
  }

  /** Spearman's rank correlation of the utilities with time (ties broken by order). */
  private static double trend(List<Double> u) {
    int n = u.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(u.get(a), u.get(b)));
    double d2 = 0;
    for (int rank = 0; rank < n; rank++) {
      d2 += Math.pow(rank - order[rank], 2);
    }
    return 1 - 6 * d2 / (n * ((double) n * n - 1));
  }

  @Test
  void everyPresetHasALevelATitleAndANote() {
    assertEquals(List.of("conceder", "linear"), Preset.ALL.stream()
        .filter(p -> p.level() == Preset.Level.EASY).map(Preset::name).toList());
    Preset.ALL.forEach(p -> assertTrue(!p.title().isBlank() && !p.note().isBlank(), p.name()));
  }

  @Test
  void theQuickConcederPassesSevenTenthsWithinAFewRoundsEvenAgainstAFirmStudent() {
    List<Double> u = offersToStudent("conceder", "hardliner");
    assertTrue(u.subList(0, 4).stream().anyMatch(x -> x >= 0.7), u.toString());
  }

  @Test
  void theSteadyConcederImprovesRoundByRoundWithTheOddStepBack() {
    List<Double> u = offersToStudent("linear", "hardliner");
    assertTrue(trend(u) >= 0.8, "trend " + trend(u) + " " + u);
    assertTrue(stepsBack(u) <= u.size() / 4, stepsBack(u) + " steps back: " + u);
    assertTrue(u.get(u.size() - 1) >= 0.9, u.toString());
  }

  @Test
  void theMirrorsMoveOnlyWhenTheStudentMoves() {
    for (String mirror : List.of("tit-for-tat", "nice-tit-for-tat")) {
      List<Double> firm = offersToStudent(mirror, "hardliner");
      assertTrue(max(firm) - firm.get(0) <= 0.15, mirror + " against a firm student: " + firm);
      List<Double> steady = offersToStudent(mirror, "linear");
      assertTrue(max(steady) - steady.get(0) >= 0.3, mirror + " against a steady one: " + steady);
    }
    List<Double> titForTat = offersToStudent("tit-for-tat", "hardliner");
    assertTrue(titForTat.stream().distinct().count() == 1, "never changes: " + titForTat);
  }

  @Test
  void theLateConcedersStayLowUntilTheLastRoundsThenRise() {
    for (String late : List.of("boulware", "hardheaded")) {
      List<Double> u = offersToStudent(late, "hardliner");
      assertTrue(max(u.subList(0, u.size() * 3 / 5)) <= 0.45, late + ": " + u);
      assertTrue(u.get(u.size() - 1) >= 0.9, late + ": " + u);
    }
  }

  @Test
  void theMatcherBarelyMovesInAShortGameAndTheRockNever() {
    assertTrue(max(offersToStudent("micro", "linear")) <= 0.5);
    assertEquals(1, offersToStudent("hardliner", "conceder").stream().distinct().count());
  }

  @Test
  void theWildcardIsUnpredictableAndSometimesGenerous() {
    List<Double> u = offersToStudent("random", "hardliner");
    assertTrue(trend(u) < 0.8 && stepsBack(u) >= 4, u.toString());
    assertTrue(max(u) >= 0.7, u.toString());
  }
}
