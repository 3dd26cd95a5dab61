package org.parley.agents.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.NegotiatorSpec;

/** What a researcher reads: tidy results files, the leaderboard's breakdown, failures. */
class TournamentResultsTest {

  @TempDir
  Path dir;

  /** Plays boulware, then throws in round 11 of 20: a plug-in with a bug halfway. */
  static final StrategyPlugin HALFWAY = new StrategyPlugin() {
    @Override
    public String name() {
      return "halfway";
    }

    @Override
    public String description() {
      return "boulware that throws halfway, for tests";
    }

    @Override
    public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
      Negotiator boulware = new StrategyCatalog().create(new NegotiatorSpec("boulware"), setup);
      return view -> {
        if (view.round() >= 10) {
          throw new IllegalStateException("halfway gives up in round " + (view.round() + 1));
        }
        return boulware.act(view);
      };
    }
  };

  Path run(String strategies, int repetitions, StrategyCatalog catalog) {
    String text = """
        {"scenarios": ["london-2025"], "strategies": [%s], "repetitions": %d, "seed": 4,
         "rounds": 20, "runtime": "direct", "parallelism": 2}
        """.formatted(strategies, repetitions);
    Path out = dir.resolve("out");
    new Tournament("spec.json", TournamentCodec.read("spec.json", text), catalog).run(out, false,
        false, RunListener.SILENT);
    return out;
  }

  static List<CSVRecord> csv(Path file, List<String> header) throws Exception {
    try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().get())) {
      if (header != null) {
        assertEquals(header, p.getHeaderNames());
      }
      return p.getRecords();
    }
  }

  /** Each session's records, by session id then party. */
  static Map<String, Map<String, CSVRecord>> sessions(List<CSVRecord> rows) {
    Map<String, Map<String, CSVRecord>> out = new LinkedHashMap<>();
    for (CSVRecord r : rows) {
      CSVRecord twice = out.computeIfAbsent(r.get("session"), k -> new LinkedHashMap<>())
          .put(r.get("party"), r);
      assertEquals(null, twice, "one row per party per session: " + r);
    }
    return out;
  }

  @Test
  void theCsvReadsBackAsOneRowPerPartyPerSessionWithTheJsonlsColumnsAndValues()
      throws Exception {
    Path out = run("\"boulware\", \"conceder\", \"random\"", 3, new StrategyCatalog());
    List<CSVRecord> rows = csv(out.resolve("results.csv"), ResultsCodec.COLUMNS);
    Map<String, Map<String, CSVRecord>> sessions = sessions(rows);
    assertEquals(6 * 3, sessions.size(), "every pairing both ways, 3 repetitions");
    for (Map<String, CSVRecord> s : sessions.values()) {
      assertEquals(Set.of("us", "china"), s.keySet());
      CSVRecord us = s.get("us");
      CSVRecord china = s.get("china");
      assertEquals(us.get("strategy"), china.get("opponents"));
      assertEquals(china.get("strategy"), us.get("opponents"));
      double welfare = Double.parseDouble(us.get("utility"))
          + Double.parseDouble(china.get("utility"));
      assertEquals(welfare, Double.parseDouble(us.get("social_welfare")), 1e-12);
      assertEquals(us.get("rounds"), china.get("rounds"));
      assertTrue(Integer.parseInt(us.get("rounds")) >= 1, "rounds count from 1");
    }
    List<String> jsonl = Files.readAllLines(out.resolve("results.jsonl"));
    assertEquals(rows.size(), jsonl.size());
    for (int i = 0; i < jsonl.size(); i++) {
      assertEquals(ResultsCodec.COLUMNS, List.copyOf(JsonParser.parseString(jsonl.get(i))
          .getAsJsonObject().keySet()));
      List<String> values = new ArrayList<>();
      ResultsCodec.values(ResultsCodec.read("row", jsonl.get(i)))
          .forEach(v -> values.add(v == null ? "" : v.toString()));
      assertEquals(values, rows.get(i).toList(), "the same row in both files");
    }
    List<CSVRecord> board = csv(out.resolve("leaderboard.csv"), null);
    Map<String, CSVRecord> byKey = new LinkedHashMap<>();
    board.forEach(r -> byKey.put(r.get("strategy") + "/" + r.get("by") + "/" + r.get("group"), r));
    assertEquals(3 + 3 * 2 + 3, board.size(), "overall, by opponent, by scenario");
    CSVRecord pair = byKey.get("boulware/opponent/conceder");
    assertEquals("2", pair.get("blocks"), "two sides");
    assertEquals("2", pair.get("distinct_outcomes"), "3 deterministic repetitions, 1 outcome");
    CSVRecord random = byKey.get("random/all/");
    assertEquals("4", random.get("blocks"));
    assertTrue(Integer.parseInt(random.get("distinct_outcomes")) > 4,
        "a random strategy's repetitions differ: " + random.get("distinct_outcomes"));
    String page = Files.readString(out.resolve("leaderboard.md"));
    assertTrue(page.contains("## By opponent\n") && page.contains("| strategy | boulware | "
        + "conceder | random |"), page);
    assertTrue(page.contains("## Failures\n\nNone: the negotiation itself ended all 18 sessions."),
        page);
  }

  @Test
  void aPluginThatThrowsHalfwayIsMarkedLeftOutOfTheMeansAndSummedUp() throws Exception {
    Path out = run("\"boulware\", \"linear\", \"halfway\"", 1,
        StrategyCatalog.including(List.of(HALFWAY)));
    Map<String, Map<String, CSVRecord>> sessions = sessions(csv(out.resolve("results.csv"),
        ResultsCodec.COLUMNS));
    int failed = 0;
    for (Map<String, CSVRecord> s : sessions.values()) {
      boolean withHalfway = s.values().stream().anyMatch(r -> r.get("strategy").equals("halfway"));
      double reservations = 0;
      for (CSVRecord r : s.values()) {
        assertEquals(String.valueOf(withHalfway), r.get("failed"), r.get("session"));
        if (withHalfway) {
          assertEquals("agent-error", r.get("outcome"));
          assertEquals(r.get("reservation_value"), r.get("utility"));
          assertTrue(r.get("error").startsWith("java.lang.IllegalStateException: halfway gives up "
              + "in round 11"), r.get("error"));
          reservations += Double.parseDouble(r.get("reservation_value"));
        }
      }
      if (withHalfway) {
        failed++;
        CSVRecord any = s.values().iterator().next();
        assertEquals(reservations, Double.parseDouble(any.get("social_welfare")), 1e-12,
            "the welfare of no deal, not 0");
        assertEquals("halfway", s.get(any.get("caused_by")).get("strategy"));
      }
    }
    assertEquals(4, failed);
    Map<String, CSVRecord> overall = new LinkedHashMap<>();
    csv(out.resolve("leaderboard.csv"), null).stream().filter(r -> r.get("by").equals("all"))
        .forEach(r -> overall.put(r.get("strategy"), r));
    assertEquals("", overall.get("halfway").get("mean_utility"), "no mean of reservation values");
    assertEquals("4", overall.get("halfway").get("failed_seats"));
    assertEquals("2", overall.get("boulware").get("failed_seats"));
    assertEquals("2", overall.get("boulware").get("blocks"), "its two sessions with linear");
    String page = Files.readString(out.resolve("leaderboard.md"));
    assertTrue(page.contains("| – | halfway | – | – |"), "not ranked: " + page);
    assertTrue(page.contains("4 of 6 sessions failed"), page);
    assertTrue(page.contains("| halfway | agent-error | 4 | java.lang.IllegalStateException: "
        + "halfway gives up in round 11 |"), page);
  }

  /** Only a kill's cut at the very end is re-run; a session short of a row before it is not. */
  @Test
  void aSessionShortOfARowBeforeTheEndIsAnErrorNamingTheLine() throws Exception {
    String strategies = "\"boulware\", \"conceder\"";
    Path out = run(strategies, 2, new StrategyCatalog());
    List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("results.jsonl")));
    String session = ResultsCodec.read("row", lines.get(2)).session();
    lines.remove(2);
    Files.write(out.resolve("results.jsonl"), lines);
    String text = """
        {"scenarios": ["london-2025"], "strategies": [%s], "repetitions": 2, "seed": 4,
         "rounds": 20, "runtime": "direct", "parallelism": 2}
        """.formatted(strategies);
    FormatException e = assertThrows(FormatException.class, () -> new Tournament("spec.json",
        TournamentCodec.read("spec.json", text), new StrategyCatalog()).run(out, true, false,
        RunListener.SILENT));
    assertTrue(e.getMessage().contains("results.jsonl") && e.getMessage().contains("line 3")
        && e.getMessage().contains(session), e.getMessage());
    Set<String> left = new HashSet<>(Files.readAllLines(out.resolve("results.jsonl")));
    assertEquals(new HashSet<>(lines), left, "left as it was");
  }
}
