package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.web.WebApiTest.ok;
import static org.parley.ui.web.WebApiTest.refused;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.Estimate;
import org.parley.agents.tournament.Leaderboard;
import org.parley.agents.tournament.Leaderboard.Line;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;

/**
 * The results page's API over a real tournament folder (with a plug-in that fails), served
 * read-only by a real server: its figures are the leaderboard's, each figure's sessions are the
 * folder's rows, their replays load from the folder, and the folder is never written.
 */
class ResultsPageTest {

  @TempDir
  static Path temp;
  static Path folder;
  static Map<String, String> before;
  static List<ResultRow> rows;
  static WebServer server;
  static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    folder = SmallTournament.run(temp.resolve("out"));
    before = SmallTournament.snapshot(folder);
    rows = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("results.jsonl"),
        StandardCharsets.UTF_8)) {
      rows.add(ResultsCodec.read("results.jsonl", line));
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
        + "results folder");
  }

  static double number(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e.isJsonNull() ? Double.NaN : e.getAsDouble();
  }

  @Test
  void theFiguresAreTheLeaderboards() {
    JsonObject doc = ok(api.get("/api/results"));
    assertEquals("tournament", doc.get("kind").getAsString());
    assertEquals(12, doc.get("sessions").getAsInt());
    Leaderboard board = Leaderboard.of(rows);
    JsonArray lines = doc.getAsJsonArray("leaderboard");
    assertEquals(board.overall().size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = board.overall().get(i);
      JsonObject o = lines.get(i).getAsJsonObject();
      assertEquals(l.strategy(), o.get("strategy").getAsString());
      assertEquals(l.blocks(), o.get("blocks").getAsInt());
      assertEquals(l.distinct(), o.get("distinct").getAsInt());
      assertEquals(l.seats(), o.get("seats").getAsInt());
      assertEquals(l.failedSeats(), o.get("failedSeats").getAsInt());
      Estimate u = l.utility();
      JsonObject ou = o.getAsJsonObject("utility");
      assertEquals(u.blocks() == 0 ? Double.NaN : u.mean(), number(ou, "mean"), 1e-12);
      assertEquals(u.blocks() < 2 ? Double.NaN : u.half(), number(ou, "half"), 1e-12);
      assertEquals(u.text(), ou.get("text").getAsString());
    }
    assertEquals(board.byOpponent().size(), doc.getAsJsonArray("byOpponent").size());
  }

  @Test
  void aFailingPluginIsInTheFailureSummaryAndInNoMean() {
    JsonObject doc = ok(api.get("/api/results"));
    JsonObject halfway = null;
    for (JsonElement e : doc.getAsJsonArray("leaderboard")) {
      if (e.getAsJsonObject().get("strategy").getAsString().equals("halfway")) {
        halfway = e.getAsJsonObject();
      }
    }
    assertEquals(8, halfway.get("seats").getAsInt());
    assertEquals(8, halfway.get("failedSeats").getAsInt());
    assertTrue(halfway.getAsJsonObject("utility").get("mean").isJsonNull(), halfway.toString());
    JsonObject failures = doc.getAsJsonObject("failures");
    assertEquals(8, failures.get("failed").getAsInt());
    JsonObject count = failures.getAsJsonArray("counts").get(0).getAsJsonObject();
    assertEquals("halfway", count.get("strategy").getAsString());
    assertEquals("agent-error", count.get("reason").getAsString());
    assertEquals(8, count.get("sessions").getAsInt());
    assertTrue(count.get("firstError").getAsString().contains("halfway gives up in round 11"),
        count.toString());
    JsonObject seats = ok(api.get("/api/results/sessions?failedBy=halfway&reason=agent-error"));
    assertEquals(8, seats.get("total").getAsInt());
    for (JsonElement e : seats.getAsJsonArray("seats")) {
      assertEquals("halfway", e.getAsJsonObject().get("strategy").getAsString());
      assertTrue(e.getAsJsonObject().get("failed").getAsBoolean());
    }
    for (JsonElement e : doc.getAsJsonArray("distributions")) {
      JsonObject d = e.getAsJsonObject();
      long ok = rows.stream().filter(r -> !r.failed()
          && r.strategy().equals(d.get("strategy").getAsString())).count();
      assertEquals(ok, d.get("seats").getAsInt(), "failed seats are not in the distribution");
    }
  }

  @Test
  void aCellsSessionsAreItsRowsAndTheirReplaysLoadFromTheFolder() {
    JsonObject reply = ok(api.get("/api/results/sessions?strategy=boulware&opponent=conceder"));
    Set<String> listed = new TreeSet<>();
    reply.getAsJsonArray("seats").forEach(e -> listed.add(e.getAsJsonObject().get("session")
        .getAsString() + "/" + e.getAsJsonObject().get("party").getAsString()));
    Set<String> expected = new TreeSet<>();
    rows.stream().filter(r -> r.strategy().equals("boulware") && r.opponents().equals("conceder"))
        .forEach(r -> expected.add(r.session() + "/" + r.party()));
    assertEquals(expected, listed);
    assertEquals(4, expected.size());
    JsonObject seat = reply.getAsJsonArray("seats").get(0).getAsJsonObject();
    assertTrue(seat.get("replay").getAsBoolean());
    String id = seat.get("session").getAsString();
    JsonObject replay = ok(api.get("/api/results/transcripts/" + id + "/replay"));
    assertEquals(id, replay.get("id").getAsString());
    assertFalse(replay.getAsJsonArray("events").isEmpty());
    assertFalse(Files.exists(temp.resolve("data").resolve("transcripts").resolve(id + ".json")),
        "the transcript is read from the folder, not copied into the data folder");
    assertTrue(ok(api.get("/api/role")).get("results").getAsBoolean());
  }

  @Test
  void hostileRequestsAreRefusedWithAMessage() {
    assertTrue(refused(api.get("/api/results/sessions?failed=maybe"), 400).contains("failed"));
    assertTrue(refused(api.get("/api/results/sessions?colour=red"), 400).contains("colour"));
    assertTrue(refused(api.get("/api/results/sessions?strategy=a&strategy=b"), 400)
        .contains("once"));
    refused(api.get("/api/results/sessions?strategy=" + "x".repeat(5000)), 400);
    refused(api.get("/api/results/transcripts/..%2F..%2Fresults/replay"), 400);
    refused(api.get("/api/results/transcripts/%2Fetc%2Fpasswd/replay"), 400);
    refused(api.get("/api/results/transcripts/no-such-session/replay"), 404);
    assertEquals(0, ok(api.get("/api/results/sessions?strategy=%00%0A%E2%80%AE"))
        .get("total").getAsInt());
    assertEquals(0, ok(api.get("/api/results/sessions?candidate=boulware")).get("total")
        .getAsInt(), "a tournament has no candidates");
  }

  @Test
  void aBadFolderIsAnErrorNamingTheFileAndTheProblem() throws Exception {
    Path missing = temp.resolve("missing");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ResultsFolder.open(missing))
        .getMessage().contains("no such folder"));
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ResultsFolder.open(empty))
        .getMessage().contains("not a results folder"));
    Path broken = Files.createDirectories(temp.resolve("broken"));
    List<String> lines = new ArrayList<>(Files.readAllLines(folder.resolve("results.jsonl")));
    lines.set(2, "{\"session\": 3}");
    Files.write(broken.resolve("results.jsonl"), lines);
    String message = assertThrows(FormatException.class, () -> ResultsFolder.open(broken))
        .getMessage();
    assertTrue(message.contains("results.jsonl:3"), message);
  }
}
