package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.web.ResultsPageTest.number;
import static org.parley.ui.web.WebApiTest.ok;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.Estimate;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Sweep;
import org.parley.agents.tournament.SweepRanking;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.io.SweepCodec;
import org.parley.engine.tournament.SweepRow;

/**
 * The results page's API over a real sweep folder (two candidates against conceder and a plug-in
 * that fails), served read-only: the ranking is the sweep's, a candidate's sessions are its rows
 * of {@code results.jsonl}, their replays load from the folder, and the folder is never written.
 */
class SweepResultsPageTest {

  @TempDir
  static Path temp;
  static Path folder;
  static Map<String, String> before;
  static SweepRanking ranking;
  static List<SweepRow> rows;
  static WebServer server;
  static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    folder = Files.createDirectories(temp.resolve("sweep"));
    String spec = """
        {"format": "parley-sweep/1", "scenarios": ["london-2025"],
         "strategy": {"bidding": {"type": "time-dependent", "e": 1}},
         "grid": {"bidding.e": [0.1, 1]}, "opponents": ["conceder", "halfway"],
         "repetitions": 2, "seed": 3, "rounds": 20, "parallelism": 2}
        """;
    ranking = new Sweep("sweep.json", SweepCodec.read("sweep.json", spec),
        StrategyCatalog.including(List.of(SmallTournament.HALFWAY)))
        .run(folder, true, RunListener.SILENT);
    before = SmallTournament.snapshot(folder);
    rows = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("results.jsonl"))) {
      rows.add(ResultsCodec.readSweep("results.jsonl", line));
    }
    server = WebServer.start("127.0.0.1", 0, temp.resolve("data"), new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false, Optional.of(ResultsFolder.open(folder)));
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    assertEquals(before, SmallTournament.snapshot(folder), "serving and browsing changed the "
        + "sweep folder");
  }

  private static String query(String... pairs) {
    StringBuilder q = new StringBuilder("/api/results/sessions?");
    for (int i = 0; i < pairs.length; i += 2) {
      q.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return q.toString();
  }

  /** The session/party of each seat listed, against those of the rows {@code picked}. */
  private static void assertSeats(JsonObject reply, Predicate<SweepRow> picked) {
    Set<String> listed = new TreeSet<>();
    reply.getAsJsonArray("seats").forEach(e -> listed.add(e.getAsJsonObject().get("session")
        .getAsString() + "/" + e.getAsJsonObject().get("party").getAsString()));
    Set<String> expected = new TreeSet<>();
    rows.stream().filter(picked).forEach(r -> expected.add(r.row().session() + "/"
        + r.row().party()));
    assertFalse(expected.isEmpty());
    assertEquals(expected, listed);
    assertEquals(expected.size(), reply.get("total").getAsInt());
  }

  @Test
  void theRankingIsTheSweepsAndSweepCsvs() throws Exception {
    JsonObject doc = ok(api.get("/api/results"));
    assertEquals("sweep", doc.get("kind").getAsString());
    assertEquals(rows.size() / 2, doc.get("sessions").getAsInt());
    JsonArray table = doc.getAsJsonArray("ranking");
    List<String> csv = Files.readAllLines(folder.resolve("sweep.csv"));
    assertEquals(csv.size(), table.size());
    List<String> head = new ArrayList<>();
    table.get(0).getAsJsonArray().forEach(c -> head.add(c.getAsString()));
    JsonArray lines = doc.getAsJsonArray("leaderboard");
    assertEquals(ranking.ranks().size(), lines.size(), "the candidates' lines only");
    for (int i = 0; i < ranking.ranks().size(); i++) {
      List<String> cells = new ArrayList<>();
      table.get(i + 1).getAsJsonArray().forEach(c -> cells.add(c.getAsString()));
      assertEquals(csv.get(i + 1), String.join(",", cells));
      Sweep.Rank rank = ranking.ranks().get(i);
      Estimate u = rank.utility();
      assertEquals(rank.name(), cells.get(head.indexOf("candidate")));
      assertEquals(u.mean(), Double.parseDouble(cells.get(head.indexOf("mean_utility"))));
      assertEquals(u.half(), Double.parseDouble(cells.get(head.indexOf("utility_ci95"))));
      JsonObject line = lines.get(i).getAsJsonObject();
      assertEquals(rank.name(), line.get("strategy").getAsString(), "in the ranking's order");
      assertEquals(u.mean(), number(line.getAsJsonObject("utility"), "mean"), 1e-12);
      assertEquals(u.half(), number(line.getAsJsonObject("utility"), "half"), 1e-12);
      assertEquals(rank.sessions(), line.get("seats").getAsInt());
      assertEquals(rank.failed(), line.get("failedSeats").getAsInt());
    }
    assertEquals(ranking.repetitions().warning().orElse(null), doc.get("warning").isJsonNull()
        ? null : doc.get("warning").getAsString(), "as sweep.md warns");
    for (JsonElement e : doc.getAsJsonArray("byOpponent")) {
      assertTrue(ranking.ranks().stream().anyMatch(r -> r.name().equals(e.getAsJsonObject()
          .get("strategy").getAsString())), "a candidate × opponent cell: " + e);
    }
  }

  @Test
  void aCandidatesSessionsAreItsRowsAndTheirReplaysLoadFromTheFolder() {
    String name = ranking.ranks().get(0).name();
    assertSeats(ok(api.get(query("candidate", name))), r -> r.candidate().equals(name));
    JsonObject own = ok(api.get(query("candidate", name, "strategy", name)));
    assertSeats(own, r -> r.candidate().equals(name) && r.row().strategy().equals(name));
    assertSeats(ok(api.get(query("candidate", name, "strategy", name, "opponent", "conceder"))),
        r -> r.candidate().equals(name) && r.row().strategy().equals(name)
            && r.row().opponents().equals("conceder"));
    JsonObject seat = own.getAsJsonArray("seats").get(0).getAsJsonObject();
    assertEquals(name, seat.get("candidate").getAsString());
    assertTrue(seat.get("replay").getAsBoolean());
    String id = seat.get("session").getAsString();
    JsonObject replay = ok(api.get("/api/results/transcripts/" + id + "/replay"));
    assertEquals(id, replay.get("id").getAsString());
    assertFalse(replay.getAsJsonArray("events").isEmpty());
  }

  @Test
  void theFailureSummaryIsTheSweepsAndOpensItsSessions() {
    JsonObject failures = ok(api.get("/api/results")).getAsJsonObject("failures");
    assertEquals(ranking.failures().failed(), failures.get("failed").getAsInt());
    assertEquals(ranking.failures().sessions(), failures.get("sessions").getAsInt());
    JsonObject count = failures.getAsJsonArray("counts").get(0).getAsJsonObject();
    assertEquals("halfway", count.get("strategy").getAsString());
    assertEquals(ranking.failures().failed(), count.get("sessions").getAsInt());
    assertSeats(ok(api.get(query("failedBy", "halfway", "reason", "agent-error"))),
        r -> r.row().failed() && r.row().strategy().equals("halfway"));
  }

  @Test
  void aSweepFolderOfAnOlderParleyIsAnErrorSayingSo() throws Exception {
    Path old = Files.createDirectories(temp.resolve("old"));
    Files.copy(folder.resolve("sweep.csv"), old.resolve("sweep.csv"));
    String message = assertThrows(IllegalArgumentException.class, () -> ResultsFolder.open(old))
        .getMessage();
    assertTrue(message.contains("older Parley") && message.contains("results.jsonl"), message);
  }
}
