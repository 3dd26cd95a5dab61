package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.web.WebApiTest.ok;
import static org.parley.ui.web.WebApiTest.refused;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.Transcript;

/**
 * A class over HTTP: the instructor's link, students joining with a code and a name, each
 * reaching only their own game, the board, the CSV, revealing, and classmates playing each other
 * through a restart (ClassroomKillTest kills a server process mid-class).
 */
@Tag("jade")
class ClassroomApiTest {

  @TempDir
  Path data;
  private WebServer server;

  private WebServer start() {
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, true);
    return server;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private ApiClient instructor() {
    ApiClient api = new ApiClient(server.port());
    ApiClient.Reply r = api.get(server.instructorPath().orElseThrow());
    assertEquals(302, r.status(), r.body());
    return api;
  }

  private static String classOf(ApiClient instructor, String settings) {
    return ok(instructor.post("/api/classes", settings)).get("code").getAsString();
  }

  private JsonObject join(ApiClient student, String code, String name) {
    return ok(student.post("/api/join", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"));
  }

  @Test
  void nothingIsServedWithoutARole() {
    start();
    ApiClient stranger = new ApiClient(server.port());
    for (String path : List.of("/api/scenarios", "/api/transcripts", "/api/classes",
        "/api/scenarios/london-2025/space", "/api/me")) {
      String error = refused(stranger.get(path), 401);
      assertTrue(error.startsWith("this room runs a class: join it with the class code"), error);
    }
    refused(stranger.post("/api/lab", "{}"), 401);
    refused(stranger.get("/instructor?key=guess"), 403);
    assertEquals("none", ok(stranger.get("/api/role")).get("role").getAsString());
  }

  @Test
  void studentsJoinPlayTheirOwnGameAndSeeOnlyThat() {
    start();
    ApiClient teacher = instructor();
    assertEquals("instructor", ok(teacher.get("/api/role")).get("role").getAsString());
    String code = classOf(teacher, "{\"title\":\"Monday\",\"scenario\":\"london-2025\","
        + "\"side\":\"alternating\",\"opponent\":\"conceder\",\"rounds\":10,\"seed\":7}");
    ApiClient ada = new ApiClient(server.port());
    ApiClient bo = new ApiClient(server.port());
    JsonObject a = join(ada, code, "Ada");
    JsonObject b = join(bo, code.toLowerCase(java.util.Locale.ROOT), "Bo");
    String gameA = a.get("game").getAsString();
    String gameB = b.get("game").getAsString();
    assertEquals("us", ok(ada.get("/api/games/" + gameA)).get("side").getAsString());
    assertEquals("china", ok(bo.get("/api/games/" + gameB)).get("side").getAsString());

    // bad joins: nothing changes
    assertTrue(refused(new ApiClient(server.port()).post("/api/join",
        "{\"code\":\"" + code + "\",\"name\":\"ada\"}"), 409).contains("taken"));
    assertTrue(refused(new ApiClient(server.port()).post("/api/join",
        "{\"code\":\"NOPE99\",\"name\":\"Cy\"}"), 404).contains("no class has the code"));
    refused(new ApiClient(server.port()).post("/api/join", "{\"code\":\"" + code
        + "\",\"name\":\"<script>\"}"), 400);

    // a student reaches their own game and nothing else
    refused(ada.get("/api/games/" + gameB), 403);
    refused(ada.post("/api/games/" + gameB + "/actions", "{\"action\":\"end\"}"), 403);
    refused(ada.get("/api/scenarios/london-2025/space"), 403);
    refused(ada.post("/api/games", "{}"), 403);
    refused(ada.post("/api/lab", "{}"), 403);
    refused(ada.post("/api/classes", "{}"), 403);
    refused(ada.get("/api/classes"), 403);
    refused(ada.post("/api/games/" + gameA + "/end", "{}"), 403);
    refused(ada.delete("/api/games/" + gameA), 403);
    refused(ada.get("/api/transcripts/demo-london-boulware-vs-conceder/replay"), 403);
    assertEquals(0, ok(ada.get("/api/transcripts")).getAsJsonArray("list").size());
    String classId = ok(ada.get("/api/me")).get("classId").getAsString();
    refused(ada.get("/api/classes/" + classId), 403);
    refused(ada.get("/api/classes/" + classId + "/results.csv"), 403);

    JsonObject over = ok(ada.post("/api/games/" + gameA + "/actions", "{\"action\":\"end\"}"));
    assertEquals("over", over.get("state").getAsString());
    JsonArray mine = ok(ada.get("/api/transcripts")).getAsJsonArray("list");
    assertEquals(1, mine.size());
    assertEquals("game-" + gameA, mine.get(0).getAsJsonObject().get("id").getAsString());
    ok(ada.get("/api/transcripts/game-" + gameA + "/replay"));

    // the instructor's board: every game, live or with its result; the CSV
    JsonObject board = ok(teacher.get("/api/classes/" + classId));
    assertEquals(2, board.getAsJsonArray("games").size());
    assertEquals(1, board.getAsJsonObject("summary").get("walked-away").getAsInt());
    assertEquals(1, board.getAsJsonObject("summary").get("playing").getAsInt());
    JsonObject first = board.getAsJsonArray("games").get(0).getAsJsonObject();
    assertEquals("Ada", first.get("student").getAsString());
    assertEquals("walked-away", first.getAsJsonObject("result").getAsJsonObject("outcome")
        .get("reason").getAsString());
    ApiClient.Reply csv = teacher.get("/api/classes/" + classId + "/results.csv");
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    List<String> lines = csv.body().lines().toList();
    assertEquals(String.join(",", ClassBoard.CSV_COLUMNS), lines.get(0));
    assertEquals(3, lines.size(), csv.body());
    assertTrue(lines.get(1).startsWith("Ada,us,conceder,over,false,"), lines.get(1));

    // revealed without names: students see the results, not who got them
    assertEquals(204, teacher.post("/api/classes/" + classId + "/reveal",
        "{\"revealed\":true,\"hideNames\":true}").status());
    JsonObject seen = ok(bo.get("/api/classes/" + classId));
    String text = seen.toString();
    assertFalse(text.contains("Ada") || text.contains(gameA) || text.contains("\"Bo\""), text);

    // a forged cookie is no one; a closed class takes no one
    ApiClient forger = new ApiClient(server.port());
    refused(forger.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(forger.base()
        + "/api/me")).header("Cookie", ClassRoutes.STUDENT_COOKIE + "=" + "0".repeat(32))), 401);
    assertEquals(204, teacher.post("/api/classes/" + classId + "/close", "{}").status());
    assertTrue(refused(new ApiClient(server.port()).post("/api/join",
        "{\"code\":\"" + code + "\",\"name\":\"Cy\"}"), 410).contains("has ended"));
  }

  /**
   * Classmates play each other: the first to join waits, the second makes the pair; each sees
   * only their own side; the server stops mid-game and both go on; a third student who waits is
   * given a bot by the instructor.
   */
  @Test
  void classmatesPlayEachOtherThroughARestart() throws Exception {
    start();
    ApiClient teacher = instructor();
    String code = classOf(teacher, "{\"scenario\":\"london-2025\",\"opponent\":"
        + "\"classmates\",\"rounds\":6,\"seed\":3}");
    ApiClient ada = new ApiClient(server.port());
    ApiClient bo = new ApiClient(server.port());
    JsonObject first = join(ada, code, "Ada");
    assertTrue(first.get("game").isJsonNull(), "the first waits: " + first);
    assertTrue(ok(ada.get("/api/me")).get("waiting").getAsBoolean());
    String boGame = join(bo, code, "Bo").get("game").getAsString();
    String adaGame = ok(ada.get("/api/me")).getAsJsonArray("games").get(0).getAsString();
    assertEquals(boGame.substring(0, boGame.indexOf('.')), adaGame.substring(0,
        adaGame.indexOf('.')), "one session, a view each");
    refused(ada.get("/api/games/" + boGame), 403);
    JsonObject a = turn(ada, adaGame);
    assertEquals("us", a.get("side").getAsString());
    assertEquals("a classmate", a.getAsJsonObject("opponent").get("preset").getAsString());
    assertEquals("your-turn", a.get("state").getAsString());
    ok(ada.post("/api/games/" + adaGame + "/actions", "{\"action\":\"offer\",\"bid\":"
        + a.get("best") + "}"));
    JsonObject b = turn(bo, boGame); // the classmate's move reaches Bo a moment later
    ok(bo.post("/api/games/" + boGame + "/actions", "{\"action\":\"offer\",\"bid\":"
        + b.get("best") + "}"));

    server.close();
    start();
    assertEquals(1, server.restored());
    ada = ada.at(server.port());
    bo = bo.at(server.port());
    a = turn(ada, adaGame);
    assertEquals(2, a.getAsJsonArray("history").size(), "both moves are back");

    // Bo leaves: the instructor hands Bo's seat to a bot, which answers Bo's next turn
    JsonObject handed = ok(teacher.at(server.port()).post("/api/games/" + boGame + "/bot",
        "{\"bot\":\"boulware\"}"));
    assertEquals("handed-over", handed.get("state").getAsString());
    refused(bo.post("/api/games/" + boGame + "/actions", "{\"action\":\"end\"}"), 409);
    ok(ada.post("/api/games/" + adaGame + "/actions", "{\"action\":\"offer\",\"bid\":"
        + a.get("best") + "}"));
    a = turn(ada, adaGame);
    assertEquals(4, a.getAsJsonArray("history").size(), "the bot answered for Bo: " + a);
    // and after another stop, the bot's answer is the same again: it is rebuilt the same way
    server.close();
    start();
    ada = ada.at(server.port());
    bo = bo.at(server.port());
    JsonObject back = turn(ada, adaGame);
    assertEquals(a.get("history"), back.get("history"));
    JsonObject standing = back.getAsJsonObject("standing");
    ok(ada.post("/api/games/" + adaGame + "/actions", "{\"action\":\"accept\",\"bid\":"
        + standing.get("bid") + "}"));
    JsonObject over = ok(bo.get("/api/games/" + boGame));
    for (int i = 0; i < 50 && !over.get("state").getAsString().equals("over"); i++) {
      Thread.sleep(100);
      over = ok(bo.get("/api/games/" + boGame));
    }
    assertTrue(over.getAsJsonObject("outcome").get("agreement").getAsBoolean(), over.toString());

    ApiClient cy = new ApiClient(server.port());
    assertTrue(join(cy, code, "Cy").get("game").isJsonNull());
    String classId = ok(cy.get("/api/me")).get("classId").getAsString();
    JsonObject board = ok(teacher.at(server.port()).get("/api/classes/" + classId));
    JsonObject waiting = board.getAsJsonArray("games").get(2).getAsJsonObject();
    assertEquals("waiting", waiting.get("state").getAsString());
    JsonObject given = ok(teacher.at(server.port()).post("/api/classes/" + classId + "/students/"
        + waiting.get("studentId").getAsString() + "/bot", "{}"));
    JsonObject cyGame = ok(cy.get("/api/games/" + given.get("game").getAsString()));
    assertEquals("conceder", cyGame.getAsJsonObject("opponent").get("preset").getAsString());
  }

  /**
   * Everything a student can reach during play, guessed ids included: nothing of the other
   * side's profile, nothing of another student's game.
   */
  @Test
  void aStudentReceivesNothingOfTheOtherSideNorOfAnotherStudent() throws Exception {
    start();
    ApiClient teacher = instructor();
    String code = classOf(teacher, "{\"scenario\":\"london-2025\",\"side\":\"china\","
        + "\"opponent\":\"conceder\",\"rounds\":8,\"seed\":4}");
    ApiClient ada = new ApiClient(server.port());
    ApiClient bo = new ApiClient(server.port());
    String game = join(ada, code, "Ada").get("game").getAsString();
    String other = join(bo, code, "Bo").get("game").getAsString();
    List<String> seen = new java.util.ArrayList<>();
    java.util.function.Function<ApiClient.Reply, ApiClient.Reply> keep = r -> {
      seen.add(r.body());
      return r;
    };
    for (String path : List.of("/api/role", "/api/me", "/api/strategies", "/api/scenarios",
        "/api/scenarios/london-2025", "/api/transcripts", "/api/games/" + game,
        "/api/games/" + game + "/utility?bid=4,0,0,3,4,0,0,0")) {
      ok(keep.apply(ada.get(path)));
    }
    // guessed ids: another student's game, its transcript and events, the board, the space
    String classId = ok(ada.get("/api/me")).get("classId").getAsString();
    for (String path : List.of("/api/games/" + other, "/api/games/" + other + "/events",
        "/api/games/" + other + "/utility?bid=0,0,0,0,0,0,0,0", "/api/transcripts/game-" + other,
        "/api/transcripts/game-" + other + "/replay", "/api/classes/" + classId,
        "/api/classes/" + classId + "/results.csv", "/api/scenarios/london-2025/space",
        "/api/classes", "/api/lab/x/events")) {
      ApiClient.Reply r = keep.apply(ada.get(path));
      assertTrue(r.status() == 403 || r.status() == 404, path + ": " + r.status());
    }
    JsonObject view = ok(ada.get("/api/games/" + game));
    while (view.get("state").getAsString().equals("your-turn")) {
      String action = view.get("round").getAsInt() >= 5 ? "{\"action\":\"end\"}"
          : "{\"action\":\"offer\",\"bid\":" + view.get("best") + "}";
      view = ok(keep.apply(ada.post("/api/games/" + game + "/actions", action)));
    }
    String stream = keep.apply(ada.raw(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        ada.base() + "/api/games/" + game + "/events")).header("Accept", "text/event-stream")))
        .body();
    assertTrue(stream.contains("event: end"), stream);
    String usReservation = String.valueOf(ScenarioDocuments.r(org.parley.scenarios
        .ScenarioCatalog.load("london-2025").requireParty("us").profile().reservation()));
    for (String body : seen) {
      assertFalse(body.contains("\"reservation\":" + usReservation) || body.contains("weights")
          || body.contains("evaluators") || body.contains("\"Bo\"") || body.contains(other),
          "a student received: " + body);
    }
    for (String body : seen) {
      if (body.startsWith("{\"id\":\"" + game)) {
        WebApiTest.checkKeys(com.google.gson.JsonParser.parseString(body),
            WebApiTest.PLAYER_VIEW, "$", body);
      }
    }
  }

  /** The instructor's board hears of each change as an event, not by asking again and again. */
  @Test
  void theBoardHearsOfChangesAsTheyHappen() throws Exception {
    start();
    ApiClient teacher = instructor();
    String code = classOf(teacher, "{\"scenario\":\"magnets-for-chips\",\"side\":\"us\","
        + "\"opponent\":\"conceder\",\"rounds\":6}");
    String classId = ok(teacher.get("/api/classes")).getAsJsonArray("list").get(0)
        .getAsJsonObject().get("id").getAsString();
    java.util.concurrent.CompletableFuture<Long> changes =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            var lines = teacher.lines("/api/classes/" + classId + "/events");
            // one event at once, one when the student joins
            return lines.filter(l -> l.equals("event: change")).limit(2).count();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Thread.sleep(300);
    join(new ApiClient(server.port()), code, "Ada"); // a student joins: the board changes
    assertEquals(2L, changes.get(20, java.util.concurrent.TimeUnit.SECONDS));
    refused(teacher.get("/api/classes/nope/events"), 404);
  }

  @Test
  void theInstructorPairsClassmatesByHand() throws Exception {
    start();
    ApiClient teacher = instructor();
    String code = classOf(teacher, "{\"scenario\":\"magnets-for-chips\",\"opponent\":"
        + "\"classmates\",\"pairing\":\"by hand\",\"rounds\":6}");
    List<ApiClient> students = List.of(new ApiClient(server.port()),
        new ApiClient(server.port()), new ApiClient(server.port()));
    List<String> names = List.of("Ada", "Bo", "Cy");
    for (int i = 0; i < 3; i++) {
      assertTrue(join(students.get(i), code, names.get(i)).get("game").isJsonNull(),
          "nobody is paired before the instructor does it");
    }
    String classId = ok(students.get(0).get("/api/me")).get("classId").getAsString();
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (var row : ok(teacher.get("/api/classes/" + classId)).getAsJsonArray("games")) {
      ids.put(row.getAsJsonObject().get("student").getAsString(),
          row.getAsJsonObject().get("studentId").getAsString());
    }
    String pair = "{\"students\":[\"" + ids.get("Ada") + "\",\"" + ids.get("Cy") + "\"]}";
    assertEquals(2, ok(teacher.post("/api/classes/" + classId + "/pair", pair))
        .getAsJsonArray("games").size());
    String adaGame = ok(students.get(0).get("/api/me")).getAsJsonArray("games").get(0)
        .getAsString();
    String cyGame = ok(students.get(2).get("/api/me")).getAsJsonArray("games").get(0)
        .getAsString();
    assertEquals(adaGame.substring(0, adaGame.indexOf('.')), cyGame.substring(0,
        cyGame.indexOf('.')), "Ada and Cy play each other");
    assertTrue(ok(students.get(1).get("/api/me")).get("waiting").getAsBoolean(), "Bo waits");
    assertTrue(refused(teacher.post("/api/classes/" + classId + "/pair", "{\"students\":[\""
        + ids.get("Ada") + "\",\"" + ids.get("Bo") + "\"]}"), 409).contains("has a game"));
    refused(teacher.post("/api/classes/" + classId + "/pair", "{\"students\":[\""
        + ids.get("Bo") + "\",\"" + ids.get("Bo") + "\"]}"), 400);
    refused(students.get(1).post("/api/classes/" + classId + "/pair", pair), 403);
  }

  /** A class can face the instructor's own bot (a JSON spec); a wrong one is refused at once. */
  @Test
  void aClassCanFaceTheInstructorsOwnBot() throws Exception {
    start();
    ApiClient teacher = instructor();
    String code = classOf(teacher, "{\"scenario\":\"magnets-for-chips\",\"side\":\"us\","
        + "\"opponent\":{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.5}}}");
    ApiClient ada = new ApiClient(server.port());
    JsonObject game = turn(ada, join(ada, code, "Ada").get("game").getAsString());
    assertEquals("your instructor's bot", game.getAsJsonObject("opponent").get("preset")
        .getAsString());
    String error = refused(teacher.post("/api/classes", "{\"opponent\":\"stubborn\"}"), 400);
    assertTrue(error.startsWith("opponent: ") && error.contains("classmates"), error);
  }

  @Test
  void aClassTakesTheSameReplayOverAtTheSameRoundThroughARestart() throws Exception {
    start();
    ApiClient teacher = instructor();
    String demo = "demo-london-boulware-vs-conceder";
    assertTrue(refused(teacher.post("/api/classes", "{\"opponent\":\"boulware\",\"from\":"
        + "{\"transcript\":\"" + demo + "\",\"round\":10}}"), 400).startsWith("opponent: "));
    String code = classOf(teacher, "{\"side\":\"china\",\"from\":{\"transcript\":\""
        + demo + "\",\"round\":10}}");
    Transcript t = TranscriptCodec.read(demo, Files.readString(server.transcripts()
        .resolve(demo + ".json")));
    int ended = t.events().get(t.events().size() - 1).round() + 1;
    assertTrue(refused(teacher.post("/api/classes", "{\"from\":{\"transcript\":\"" + demo
        + "\",\"round\":" + ended + "}}"), 400).contains("ended in round " + ended));
    int prefix = (int) t.events().stream().filter(e -> e.round() < 10).count();
    ApiClient ada = new ApiClient(server.port());
    ApiClient bo = new ApiClient(server.port());
    String adaGame = join(ada, code, "Ada").get("game").getAsString();
    String boGame = join(bo, code, "Bo").get("game").getAsString();
    for (var game : List.of(turn(ada, adaGame), turn(bo, boGame))) {
      assertEquals("china", game.get("side").getAsString());
      JsonArray history = game.getAsJsonArray("history");
      assertEquals(prefix + 1, history.size(), "10 rounds, then the US bot's next offer");
      for (int i = 0; i <= prefix; i++) {
        var e = t.events().get(i);
        JsonObject now = history.get(i).getAsJsonObject();
        now.remove("utility");
        assertEquals(SessionDocuments.action(e.turn(), e.round(), e.action()), now);
      }
    }
    JsonObject a = turn(ada, adaGame);
    ok(ada.post("/api/games/" + adaGame + "/actions", "{\"action\":\"offer\",\"bid\":"
        + a.get("best") + "}"));
    JsonObject before = turn(ada, adaGame);
    server.close();
    start();
    assertEquals(2, server.restored());
    JsonObject after = turn(ada.at(server.port()), adaGame);
    assertEquals(before.get("history"), after.get("history"), "the replay's rounds, Ada's offer "
        + "and the bot's answer come back");
  }

  /** The player's view once it is their turn (a classmate's or a bot's move takes a moment). */
  private static JsonObject turn(ApiClient c, String game) throws InterruptedException {
    JsonObject view = ok(c.get("/api/games/" + game));
    for (int i = 0; i < 100 && view.get("state").getAsString().equals("waiting"); i++) {
      Thread.sleep(50);
      view = ok(c.get("/api/games/" + game));
    }
    assertEquals("your-turn", view.get("state").getAsString(), view.toString());
    return view;
  }
}
