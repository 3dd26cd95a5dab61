package org.parley.agents.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.Golden;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;

class TournamentTest {

  @TempDir
  Path dir;

  static String spec(int repetitions, int parallelism, String runtime) {
    return """
        {"format": "parley-tournament/1", "scenarios": ["london-2025"],
         "strategies": ["conceder", "linear", "tit-for-tat",
           {"name": "e0.5", "spec": {"bidding": {"type": "time-dependent", "e": 0.5}}}],
         "repetitions": %d, "seed": 11, "rounds": 60, "runtime": "%s", "parallelism": %d}
        """.formatted(repetitions, runtime, parallelism);
  }

  Tournament.Summary run(String text, Path out, boolean resume) {
    Tournament t = new Tournament("spec.json", TournamentCodec.read("spec.json", text),
        new StrategyCatalog());
    return t.run(out, resume, true, RunListener.SILENT);
  }

  static List<String> sorted(Path file) throws Exception {
    return Files.readAllLines(file).stream().sorted().toList();
  }

  @Test
  void resultsDoNotDependOnParallelism() throws Exception {
    Tournament.Summary one = run(spec(3, 1, "direct"), dir.resolve("one"), false);
    run(spec(3, 2, "direct"), dir.resolve("two"), false);
    assertEquals(4 * 3 * 3, one.planned(), "every pairing both ways, 3 repetitions");
    assertEquals(sorted(dir.resolve("one/results.jsonl")), sorted(dir.resolve("two/results.jsonl")));
    assertEquals(sorted(dir.resolve("one/results.csv")), sorted(dir.resolve("two/results.csv")));
    assertEquals(36, Files.list(dir.resolve("one/transcripts")).count());
    String board = Files.readString(dir.resolve("one/leaderboard.md"));
    assertTrue(board.contains("| 1 |") && board.contains("tit-for-tat"), board);
  }

  /**
   * Without transcripts, rows come fast from 8 threads, so rows are often left pending for the
   * thread already writing: every one must still reach both files, once and whole.
   */
  @Test
  void rowsFromManyThreadsAllReachTheFilesOnce() throws Exception {
    String eight = spec(25, 8, "direct");
    Tournament.Summary s = new Tournament("spec.json", TournamentCodec.read("spec.json", eight),
        new StrategyCatalog()).run(dir.resolve("eight"), false, false,
        RunListener.SILENT);
    run(spec(25, 1, "direct"), dir.resolve("one"), false);
    assertEquals(300, s.ran());
    List<String> rows = sorted(dir.resolve("eight/results.jsonl"));
    assertEquals(600, rows.size(), "one row per party per session");
    assertEquals(300, rows.stream().map(r -> ResultsCodec.read("row", r).session()).distinct()
        .count());
    assertEquals(sorted(dir.resolve("one/results.jsonl")), rows);
    assertEquals(sorted(dir.resolve("one/results.csv")), sorted(dir.resolve("eight/results.csv")));
  }

  @Tag("jade")
  @Test
  void theJadeRuntimeGivesTheSameResults() throws Exception {
    run(spec(2, 2, "direct"), dir.resolve("direct"), false);
    run(spec(2, 2, "jade"), dir.resolve("jade"), false);
    assertEquals(sorted(dir.resolve("direct/results.jsonl")),
        sorted(dir.resolve("jade/results.jsonl")));
  }

  /**
   * A kill cut the file in a session's second row: its whole first row is kept on disk, but the
   * session lacks a party, so both its rows go and it runs again.
   */
  @Test
  void aHalfWrittenSessionIsDroppedAndResumeRunsOnlyWhatIsMissing() throws Exception {
    Path out = dir.resolve("cut");
    run(spec(3, 2, "direct"), out, false);
    List<String> full = sorted(out.resolve("results.jsonl"));
    List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
    assertEquals(ResultsCodec.read("a", lines.get(10)).session(),
        ResultsCodec.read("b", lines.get(11)).session(), "a session's rows are written together");
    String cut = String.join("\n", lines.subList(0, 11)) + "\n" + lines.get(11).substring(0, 40);
    Files.writeString(out.resolve("results.jsonl"), cut);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(spec(3, 2, "direct"), out, false));
    assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    Path leftover = out.resolve("transcripts").resolve(".s0001.json123456.tmp");
    Files.writeString(leftover, "{\"cut short by a kill");
    Tournament.Summary s = run(spec(3, 2, "direct"), out, true);
    assertFalse(Files.exists(leftover), "resume removes the temp files a kill left");
    assertEquals(5, s.skipped());
    assertEquals(31, s.ran());
    assertEquals(full, sorted(out.resolve("results.jsonl")));
    assertEquals(73, Files.readAllLines(out.resolve("results.csv")).size(), "header + 72 rows");
  }

  /** Throws on its first turn. */
  static final StrategyPlugin THROWER = plugin("thrower", v -> {
    throw new IllegalStateException("thrower gives up");
  });

  /** Never returns from its first turn, and ignores interrupts, until the test lets it go. */
  static final CountDownLatch RELEASE = new CountDownLatch(1);
  static final AtomicInteger INTERRUPTED = new AtomicInteger();
  static final StrategyPlugin HANGER = plugin("hanger", v -> {
    while (RELEASE.getCount() > 0) {
      try {
        RELEASE.await();
      } catch (InterruptedException e) {
        INTERRUPTED.incrementAndGet();
      }
    }
    return null;
  });

  static StrategyPlugin plugin(String name, Negotiator negotiator) {
    return new StrategyPlugin() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return "a faulty strategy for tests";
      }

      @Override
      public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
        return negotiator;
      }
    };
  }

  @Test
  void aStrategyThatThrowsOrHangsLosesOnlyItsOwnSessions() throws Exception {
    String text = """
        {"scenarios": ["london-2025"], "strategies": ["conceder", "thrower", "hanger"],
         "rounds": 20, "seed": 5, "parallelism": 2, "turnLimitMs": 300}
        """;
    Tournament t = new Tournament("faults.json", TournamentCodec.read("faults.json", text),
        StrategyCatalog.including(List.of(THROWER, HANGER)));
    Path out = dir.resolve("faults");
    Tournament.Summary s;
    try {
      s = t.run(out, false, true, RunListener.SILENT);
    } finally {
      RELEASE.countDown();
    }
    assertEquals(6, s.ran());
    Map<String, ResultRow> rows = new java.util.HashMap<>();
    for (String line : Files.readAllLines(out.resolve("results.jsonl"))) {
      ResultRow r = ResultsCodec.read("row", line);
      assertEquals(null, rows.put(r.session() + "/" + r.party(), r), "recorded once: " + r);
    }
    assertEquals(12, rows.size());
    for (ResultRow r : rows.values()) {
      ResultRow us = rows.get(r.session() + "/us");
      ResultRow china = rows.get(r.session() + "/china");
      String culprit = us.strategy().equals("conceder") ? china.strategy() : us.strategy();
      String side = culprit.equals(us.strategy()) ? "us" : "china";
      assertEquals(culprit.equals("thrower") ? "agent-error" : "timeout", r.outcome(),
          r.session());
      assertTrue(r.failed(), r.session());
      assertEquals(side, r.causedBy(), r.session());
      if (culprit.equals("thrower")) {
        assertTrue(r.error().contains("IllegalStateException: thrower gives up")
            && r.error().contains("\tat "), "reason and stack trace: " + r.error());
      } else {
        assertEquals("no answer within the turn limit of 300 ms", r.error());
      }
      assertTrue(Files.exists(out.resolve("transcripts").resolve(r.session() + ".json")),
          r.session());
    }
    assertTrue(INTERRUPTED.get() >= 1, "a stuck thread is interrupted");
    String board = Files.readString(out.resolve("leaderboard.md"));
    assertTrue(board.contains("| – | conceder | – |"), "every session failed: no mean " + board);
    assertTrue(board.contains("6 of 6 sessions failed"), board);
    assertTrue(board.contains("| thrower | agent-error | 3 | java.lang.IllegalStateException: "
        + "thrower gives up |"), board);
    assertTrue(board.contains("| hanger | timeout | 3 | no answer within the turn limit of "
        + "300 ms |"), board);
  }

  @Test
  void aBadSpecIsRejectedWithItsJsonPathBeforeAnythingRuns() {
    FormatException e = assertThrows(FormatException.class, () -> new Tournament("s.json",
        TournamentCodec.read("s.json", spec(1, 1, "direct").replace("\"linear\"", "\"lineer\"")),
        new StrategyCatalog()));
    assertTrue(e.getMessage().contains("$.strategies[1]"), e.getMessage());
    e = assertThrows(FormatException.class, () -> TournamentCodec.read("s.json",
        spec(0, 1, "direct")));
    assertTrue(e.getMessage().contains("$.repetitions"), e.getMessage());
    e = assertThrows(FormatException.class, () -> TournamentCodec.read("s.json",
        spec(1, 1, "genius")));
    assertTrue(e.getMessage().contains("$.runtime"), e.getMessage());
    e = assertThrows(FormatException.class, () -> new Tournament("s.json",
        TournamentCodec.read("s.json", spec(1, 1, "direct").replace("london-2025", "paris")),
        new StrategyCatalog()));
    assertTrue(e.getMessage().contains("$.scenarios[0]"), e.getMessage());
    e = assertThrows(FormatException.class, () -> new Tournament("s.json",
        TournamentCodec.read("s.json", spec(1, 1, "direct").replace("\"e\": 0.5", "\"e\": -3")),
        new StrategyCatalog()));
    assertTrue(e.getMessage().contains("$.strategies[3]"), e.getMessage());
  }

  @Test
  void aBadLineInsideTheResultsIsAnErrorNamingFileAndLineNotASilentRerun() throws Exception {
    Path out = dir.resolve("bad");
    run(spec(1, 1, "direct"), out, false);
    List<String> lines = Files.readAllLines(out.resolve("results.jsonl"));
    lines.set(3, "{\"id\": \"tampered\"}");
    Files.write(out.resolve("results.jsonl"), lines);
    FormatException e = assertThrows(FormatException.class,
        () -> run(spec(1, 1, "direct"), out, true));
    assertTrue(e.getMessage().contains("results.jsonl") && e.getMessage().contains("line 4"),
        e.getMessage());
    assertEquals(lines, Files.readAllLines(out.resolve("results.jsonl")), "left as it was");
  }

  /** A small tournament's results files, byte for byte once sorted (see Golden). */
  @Test
  void goldenResults() throws Exception {
    String text = """
        {"format": "parley-tournament/1", "scenarios": ["london-2025", "genius-laptop"],
         "strategies": ["boulware", "tit-for-tat", "random"],
         "repetitions": 2, "seed": 3, "rounds": 30, "runtime": "direct", "parallelism": 2}
        """;
    Path out = dir.resolve("golden");
    new Tournament("spec.json", TournamentCodec.read("spec.json", text), new StrategyCatalog())
        .run(out, false, false, RunListener.SILENT);
    Golden.assertMatches("tournament-results.jsonl",
        String.join("\n", sorted(out.resolve("results.jsonl"))) + "\n");
    Golden.assertMatches("tournament-results.csv",
        String.join("\n", sorted(out.resolve("results.csv"))) + "\n");
  }
}
