package org.parley.agents.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.files.TranscriptFiles;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.io.SweepCodec;
import org.parley.engine.tournament.SweepRow;
import org.parley.engine.transcript.Transcript;

class SweepTest {

  static Sweep sweep(String text, StrategyCatalog catalog) {
    return new Sweep("s.json", SweepCodec.read("s.json", text), catalog);
  }

  @TempDir
  Path dir;

  static String grid(String values, String opponents) {
    return """
        {"format": "parley-sweep/1", "scenarios": ["london-2025"],
         "strategy": {"bidding": {"type": "time-dependent", "e": 1}},
         "grid": {"bidding.e": %s}, "opponents": %s,
         "repetitions": 4, "seed": 9, "rounds": 40, "parallelism": 2}
        """.formatted(values, opponents);
  }

  @Test
  void candidatesMeetTheSameSeedsSoEqualCandidatesTieExactly() throws Exception {
    // a random opponent: only common random numbers make two equal candidates score the same
    Sweep sweep = sweep(grid("[1, 0.2, 1]", "[\"random\", \"conceder\"]"),
        new StrategyCatalog());
    assertEquals(3, sweep.candidates());
    assertEquals(3 * 2 * 2 * 4, sweep.sessions());
    List<Sweep.Rank> ranks = sweep.run(dir, true, n -> { }).ranks();
    assertEquals(3, ranks.size());
    for (int i = 1; i < ranks.size(); i++) {
      assertTrue(ranks.get(i - 1).utility().mean() >= ranks.get(i).utility().mean());
    }
    Sweep.Rank best = ranks.get(0);
    assertEquals(0.0, best.gapToBest().mean());
    List<Sweep.Rank> ones = ranks.stream().filter(r -> r.name().equals("e=1")).toList();
    assertEquals(2, ones.size());
    assertEquals(ones.get(0).utility(), ones.get(1).utility(), "same candidate, same sessions");
    assertEquals(ones.get(0).gapToBest(), ones.get(1).gapToBest());
    // every tuple was played with one seed by every candidate; one row per party per session
    List<CSVRecord> sessions;
    try (CSVParser p = CSVParser.parse(dir.resolve("results.csv"), StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().get())) {
      sessions = p.getRecords();
      assertEquals(ResultsCodec.SWEEP_COLUMNS, p.getHeaderNames());
    }
    assertEquals(2 * 48, sessions.size());
    List<String> jsonl = Files.readAllLines(dir.resolve("results.jsonl"));
    assertEquals(sessions.size(), jsonl.size());
    for (int i = 0; i < jsonl.size(); i++) {
      SweepRow row = ResultsCodec.readSweep("results.jsonl:" + (i + 1), jsonl.get(i));
      assertEquals(sessions.get(i).get("candidate"), row.candidate(), "the same rows in order");
      assertEquals(sessions.get(i).get("session"), row.row().session());
      Path transcript = dir.resolve("transcripts").resolve(row.row().session() + ".json");
      Transcript t = TranscriptFiles.read(transcript);
      assertEquals(row.row().utility(), t.metrics().utilities().get(row.row().party()),
          "each session's transcript, under its id");
      assertEquals(row.row().rounds(), t.outcome().round() + 1);
    }
    Map<String, String> seedOfTuple = new HashMap<>();
    for (CSVRecord r : sessions) {
      if (r.get("strategy").equals(r.get("candidate"))) {
        String tuple = r.get("scenario") + "/" + r.get("opponents") + "/" + r.get("party") + "/"
            + r.get("repetition");
        String previous = seedOfTuple.putIfAbsent(tuple, r.get("seed"));
        assertTrue(previous == null || previous.equals(r.get("seed")), "one seed per tuple: "
            + tuple);
      }
    }
    List<String> table = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals("rank,candidate,bidding.e,mean_utility,utility_ci95,agreement_rate,"
        + "agreement_ci95,gap_to_best,gap_ci95,blocks,distinct_outcomes,sessions,failed",
        table.get(0));
    assertEquals(4, table.size());
  }

  /** A plug-in opponent that throws in round 11: its sessions are counted, never averaged. */
  @Test
  void failedSessionsAreLeftOutOfTheRankingAndSummedUp() throws Exception {
    String text = grid("[0.5, 2]", "[\"conceder\", \"halfway\"]")
        .replace("\"repetitions\": 4", "\"repetitions\": 2");
    SweepRanking ranking = sweep(text, StrategyCatalog.including(List.of(
        TournamentResultsTest.HALFWAY))).run(dir, false, n -> { });
    for (Sweep.Rank r : ranking.ranks()) {
      assertEquals(8, r.sessions());
      assertEquals(4, r.failed(), "both sides, 2 repetitions against halfway");
      assertEquals(2, r.utility().blocks(), "conceder on both sides only");
    }
    String page = Files.readString(dir.resolve("sweep.md"));
    assertEquals(page, ranking.markdown());
    assertTrue(page.contains("8 of 16 sessions failed"), page);
    assertTrue(page.contains("| halfway | agent-error | 8 | java.lang.IllegalStateException: "
        + "halfway gives up in round 11 |"), page);
  }

  @Test
  void randomSamplesStayInTheirRanges() {
    String text = """
        {"scenarios": ["london-2025"], "strategy": {"bidding": {"type": "time-dependent",
          "e": 1}}, "samples": 5, "ranges": {"bidding.e": [0.1, 0.3]},
         "opponents": ["boulware"], "repetitions": 2, "rounds": 30}
        """;
    List<Sweep.Rank> ranks = sweep(text, new StrategyCatalog()).run(dir, false, n -> { }).ranks();
    assertEquals(5, ranks.size());
    assertFalse(Files.exists(dir.resolve("transcripts")), "results rows only");
    for (Sweep.Rank r : ranks) {
      double e = r.parameters().get("bidding.e");
      assertTrue(e >= 0.1 && e <= 0.3, "e = " + e);
    }
  }

  @Test
  void aBadSweepIsRejectedWithItsJsonPath() {
    StrategyCatalog c = new StrategyCatalog();
    FormatException e = assertThrows(FormatException.class,
        () -> sweep(grid("[1, -4]", "[\"random\"]"), c));
    assertTrue(e.getMessage().contains("$.grid") && e.getMessage().contains("e=-4"),
        e.getMessage());
    e = assertThrows(FormatException.class,
        () -> sweep(grid("[1]", "[\"random\", \"bouleware\"]"), c));
    assertTrue(e.getMessage().contains("$.opponents[1]"), e.getMessage());
    e = assertThrows(FormatException.class, () -> sweep(
        grid("[1]", "[\"random\"]").replace("\"bidding.e\"", "\"acceptance.x\""), c));
    assertTrue(e.getMessage().contains("acceptance"), e.getMessage());
    e = assertThrows(FormatException.class, () -> sweep(
        grid("[1]", "[\"random\"]").replace("london-2025", "nowhere"), c));
    assertTrue(e.getMessage().contains("$.scenarios[0]"), e.getMessage());
  }
}
