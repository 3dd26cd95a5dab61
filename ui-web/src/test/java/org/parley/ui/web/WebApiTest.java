package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.Preset;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.ui.cli.AcceptsAnything;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Offer;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** The JSON API against a real server on a free port (with its JADE platform). */
@Tag("jade")
class WebApiTest {

  @TempDir
  static Path data;
  static WebServer server;
  static ApiClient api;

  @BeforeAll
  static void start() {
    server = WebServer.start("127.0.0.1", 0, data, StrategyCatalog.including(List.of(
        new AcceptsAnything())), WebServer.Limits.DEFAULT, false);
    api = new ApiClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonObject ok(ApiClient.Reply r) {
    assertTrue(r.status() / 100 == 2, () -> "expected 2xx, got " + r.status() + ": " + r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    JsonElement e = r.json();
    return e.isJsonObject() ? e.getAsJsonObject() : wrap(e);
  }

  static JsonObject wrap(JsonElement e) {
    JsonObject o = new JsonObject();
    o.add("list", e);
    return o;
  }

  /** A refusal: the status, a JSON body with an error naming the problem, and no stack trace. */
  static String refused(ApiClient.Reply r, int status) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    String error = r.json().getAsJsonObject().get("error").getAsString();
    assertFalse(r.body().contains("\tat ") || r.body().contains("Exception:"), r.body());
    return error;
  }

  @Test
  void scenariosAndStrategiesAreListed() {
    JsonArray list = ok(api.get("/api/scenarios")).getAsJsonArray("list");
    assertEquals(ScenarioCatalog.ids().size(), list.size());
    JsonObject london = ok(api.get("/api/scenarios/london-2025"));
    assertEquals(8, london.getAsJsonArray("issues").size());
    london.getAsJsonArray("parties").forEach(p -> assertEquals(Set.of("id", "name"),
        p.getAsJsonObject().keySet(), "the public scenario hides profiles"));
    JsonObject space = ok(api.get("/api/scenarios/london-2025/space"));
    JsonArray views = space.getAsJsonArray("views");
    assertEquals(1, views.size(), "two parties: one pair of axes");
    assertTrue(views.get(0).getAsJsonObject().getAsJsonArray("frontier").size() >= 4);
    assertEquals(3, ok(api.get("/api/scenarios/london-2025-trilateral/space"))
        .getAsJsonArray("views").size(), "three parties: three pairs of axes");
    assertEquals(0.804, space.getAsJsonObject("nash").getAsJsonObject("u").get("us").getAsDouble(),
        0.001);
    assertTrue(refused(api.get("/api/scenarios/nowhere"), 404).contains("nowhere"));
    JsonArray strategies = ok(api.get("/api/strategies")).getAsJsonArray("list");
    assertEquals(Preset.ALL.size() + 1, strategies.size(), "the presets, then the plug-in");
    JsonObject first = strategies.get(0).getAsJsonObject();
    assertEquals("Quick conceder", first.get("title").getAsString());
    assertEquals("easy", first.get("group").getAsString());
    JsonObject plugin = strategies.get(Preset.ALL.size()).getAsJsonObject();
    assertEquals(new AcceptsAnything().name(), plugin.get("name").getAsString());
    assertEquals("researchers' bots", plugin.get("group").getAsString());
  }

  @Test
  void aPlayerMayFaceAPlugInOrAJsonSpecOfTheirOwn() {
    JsonObject vsPlugin = ok(api.post("/api/games", "{\"side\":\"china\",\"opponent\":\""
        + new AcceptsAnything().name() + "\",\"rounds\":6}"));
    assertEquals(new AcceptsAnything().name(), vsPlugin.getAsJsonObject("opponent").get("title")
        .getAsString());
    JsonObject vsSpec = ok(api.post("/api/games", "{\"opponent\":{\"bidding\":{\"type\":"
        + "\"time-dependent\",\"e\":0.5}},\"rounds\":6}"));
    assertEquals("your own bot", vsSpec.getAsJsonObject("opponent").get("title").getAsString());
    assertEquals("your-turn", vsSpec.get("state").getAsString());
    String error = refused(api.post("/api/games", "{\"opponent\":{\"bidding\":{\"type\":"
        + "\"time-dependent\",\"e\":-1}}}"), 400);
    assertTrue(error.startsWith("opponent: ") && error.contains("e"), error);
    ok(api.delete("/api/games/" + vsPlugin.get("id").getAsString()));
    ok(api.delete("/api/games/" + vsSpec.get("id").getAsString()));
  }

  @Test
  void demoTranscriptsAreStoredListedAndReplayable() throws Exception {
    JsonArray list = ok(api.get("/api/transcripts")).getAsJsonArray("list");
    Set<String> ids = new TreeSet<>();
    list.forEach(e -> ids.add(e.getAsJsonObject().get("id").getAsString()));
    for (Demos.Demo d : Demos.DEMOS) {
      assertTrue(ids.contains(d.id()), d.id());
    }
    String id = "demo-london-boulware-vs-conceder";
    Transcript t = TranscriptCodec.read(id, api.get("/api/transcripts/" + id).body());
    JsonObject replay = ok(api.get("/api/transcripts/" + id + "/replay"));
    assertEquals(t.events().size(), replay.getAsJsonArray("events").size());
    JsonObject last = replay.getAsJsonArray("events").get(t.events().size() - 1).getAsJsonObject();
    assertEquals("accept", last.get("action").getAsString());
    assertEquals("accepts", last.get("verb").getAsString());
    assertTrue(replay.getAsJsonObject("outcome").get("agreement").getAsBoolean());
    assertEquals(Files.readString(server.transcripts().resolve(id + ".json")),
        api.get("/api/transcripts/" + id).body());
  }

  @Test
  void uploadsAreCheckedAndStored() throws Exception {
    String good = Files.readString(server.transcripts().resolve("demo-london-hardliner-standoff.json"));
    JsonObject created = ok(api.post("/api/transcripts?name=mine.json", good));
    String id = created.get("id").getAsString();
    assertTrue(id.matches("upload-[0-9a-f]{16}"), "a random id, not one known in advance: " + id);
    assertTrue(Files.exists(server.transcripts().resolve(id + ".json")));
    assertTrue(Files.exists(server.transcripts().resolveSibling("replays").resolve(id + ".json")),
        "its replay is computed once, at upload, and stored");
    assertEquals(ok(api.get("/api/transcripts/" + id + "/replay")).get("events"),
        ok(api.get("/api/transcripts/demo-london-hardliner-standoff/replay")).get("events"));
    String again = ok(api.post("/api/transcripts", good)).get("id").getAsString();
    assertFalse(again.equals(id), "ids do not follow from the content");
    assertEquals(204, api.delete("/api/transcripts/" + again).status());
    refused(api.get("/api/transcripts/" + again), 404);
    refused(api.delete("/api/transcripts/" + again), 404);
    String demo = refused(api.delete("/api/transcripts/demo-london-hardliner-standoff"), 403);
    assertTrue(demo.contains("only uploads can be deleted"), demo);

    String corrupt = good.substring(0, good.length() / 2);
    String error = refused(api.post("/api/transcripts?name=bad.json", corrupt), 400);
    assertTrue(error.startsWith("bad.json"), error);
    String wrongType = good.replaceFirst("\"seed\": *1", "\"seed\": \"one\"");
    error = refused(api.post("/api/transcripts?name=bad.json", wrongType), 400);
    assertTrue(error.contains("seed"), error);
    // Tampering with the record: a utility that does not follow from the scenario.
    String tampered = good.replaceFirst("(\"utilities\": *\\{\\s*\"us\": *)[0-9.]+", "$10.999");
    assertFalse(tampered.equals(good));
    error = refused(api.post("/api/transcripts", tampered), 400);
    assertTrue(error.contains("replay"), error);
    String huge = " ".repeat((int) WebServer.MAX_BODY + 10);
    refused(api.post("/api/transcripts", huge), 413);
    int before = server.transcripts().toFile().list().length;
    refused(api.post("/api/transcripts", "[1,2"), 400);
    assertEquals(before, server.transcripts().toFile().list().length, "nothing stored");
  }

  @Test
  void transcriptIdsCannotLeaveTheDataFolder() throws Exception {
    Files.writeString(data.resolve("secret.json"), "{\"secret\":true}");
    for (String path : List.of("/api/transcripts/..%2Fsecret", "/api/transcripts/%2e%2e%2fsecret",
        "/api/transcripts/..", "/api/transcripts/.hidden", "/api/transcripts/a..b/replay",
        "/api/transcripts/%2Fetc%2Fpasswd")) {
      ApiClient.Reply r = api.get(path);
      assertTrue(r.status() == 400 || r.status() == 404, path + " gave " + r.status());
      assertFalse(r.body().contains("secret\":true") || r.body().contains("root:"), path);
    }
    HttpRequest.Builder raw = HttpRequest.newBuilder(URI.create(api.base()
        + "/api/transcripts/..%5C..%5Csecret")).GET();
    assertFalse(api.raw(raw).body().contains("secret\":true"));
  }

  @Test
  void badRequestsGetJsonErrorsNamingTheProblem() {
    assertTrue(refused(api.post("/api/games", "{\"side\":\"mars\"}"), 400).contains("mars"));
    assertTrue(refused(api.post("/api/games", "{\"opponent\":\"genius\"}"), 400)
        .contains("genius"));
    assertTrue(refused(api.post("/api/games", "{\"rounds\":1000000}"), 400)
        .endsWith("$.rounds: must be between 2 and 1000, found 1000000"));
    assertTrue(refused(api.post("/api/games", "{\"sied\":\"us\"}"), 400).contains("'sied'"));
    assertTrue(refused(api.post("/api/games", "{\"side\":"), 400).contains("malformed JSON")
        && !refused(api.post("/api/games", "{\"side\":"), 400).contains("setStrictness"));
    assertTrue(refused(api.post("/api/games", "{\"side\":\"us\"} trailing"), 400)
        .contains("JSON"));
    assertTrue(refused(api.post("/api/games", "{\"seed\":1e400}"), 400).contains("$.seed"));
    assertTrue(refused(api.post("/api/lab", "{\"parties\":{\"us\":\"nobody\"}}"), 400)
        .startsWith("parties.us"));
    assertTrue(refused(api.post("/api/lab", "{\"pace\":-1}"), 400).contains("$.pace"));
    assertTrue(refused(api.post("/api/games", "{\"seed\":1e999999999}"), 400)
        .contains("$.seed: expected an integer"));
    assertTrue(refused(api.post("/api/lab", "[".repeat(5000) + "]".repeat(5000)), 400)
        .contains("nested deeper"));
    refused(api.get("/api/games/doesnotexist"), 404);
    refused(api.get("/api/nothing-here"), 404);
    refused(api.get("/api/games/x/utility"), 404);
  }

  @Test
  void aGameIsPlayedOverHttpAndTheBrowserNeverSeesTheOpponentsSide() throws Exception {
    List<String> seen = new ArrayList<>();
    ApiClient.Reply created = api.post("/api/games",
        "{\"scenario\":\"london-2025\",\"side\":\"china\",\"opponent\":\"conceder\",\"seed\":4,\"rounds\":12}");
    seen.add(created.body());
    JsonObject game = ok(created);
    String id = game.get("id").getAsString();
    assertEquals("your-turn", game.get("state").getAsString());
    assertEquals(1, game.getAsJsonArray("history").size(), "the US opens");
    assertEquals(12, game.get("roundsLeft").getAsInt());

    // an illegal move is refused with the protocol's own violation (409) and the game goes on
    String error = refused(api.post("/api/games/" + id + "/actions",
        "{\"action\":\"offer\",\"bid\":[0,0,0,0,7,0,0,0]}"), 409);
    assertTrue(error.contains("ai_chips"), error);
    error = refused(api.post("/api/games/" + id + "/actions",
        "{\"action\":\"offer\",\"bid\":[0,0]}"), 409);
    assertTrue(error.contains("2 issue(s)"), error);
    JsonArray standing = game.getAsJsonObject("standing").getAsJsonArray("bid");
    JsonArray other = standing.deepCopy();
    other.set(0, new com.google.gson.JsonPrimitive(standing.get(0).getAsInt() == 0 ? 1 : 0));
    error = refused(api.post("/api/games/" + id + "/actions",
        "{\"action\":\"accept\",\"bid\":" + other + "}"), 409);
    assertTrue(error.startsWith("accepts us_tariff=") && !error.contains("Bid["), error);
    // a request that is not an action at all is a 400, naming the problem
    assertTrue(refused(api.post("/api/games/" + id + "/actions", "{\"action\":\"bribe\"}"),
        400).contains("bribe"));
    assertEquals("your-turn", ok(api.get("/api/games/" + id)).get("state").getAsString(),
        "still the player's turn after refused moves");
    refused(api.get("/api/games/" + id + "/utility?bid=0,0,0,0,0,0,0,x"), 400);

    ApiClient.Reply u = api.get("/api/games/" + id + "/utility?bid=4,0,0,3,4,0,0,0");
    seen.add(u.body());
    double mine = ok(u).get("utility").getAsDouble();
    double expected = ScenarioCatalog.load("london-2025").requireParty("china").profile().utility()
        .utility(org.parley.engine.domain.Bid.of(4, 0, 0, 3, 4, 0, 0, 0));
    assertEquals(expected, mine, 1e-4);

    // China insists on its best bid, then takes whatever stands at round 8
    while (game.get("state").getAsString().equals("your-turn")) {
      String action = game.get("round").getAsInt() >= 7 ? "{\"action\":\"accept\",\"bid\":"
          + game.getAsJsonObject("standing").get("bid") + "}"
          : "{\"action\":\"offer\",\"bid\":[4,0,0,3,4,0,0,0]}";
      ApiClient.Reply r = api.post("/api/games/" + id + "/actions", action);
      seen.add(r.body());
      game = ok(r);
      ApiClient.Reply view = api.get("/api/games/" + id);
      seen.add(view.body());
    }
    assertEquals("over", game.get("state").getAsString());
    assertTrue(game.getAsJsonObject("outcome").get("agreement").getAsBoolean(), game.toString());
    refused(api.post("/api/games/" + id + "/actions", "{\"action\":\"end\"}"), 409);
    String stream = sse("/api/games/" + id + "/events");
    assertTrue(stream.contains("event: end"), stream);

    // Secrecy: every field of every response and message belongs to the player's view.
    Set<String> allowed = PLAYER_VIEW;
    for (String body : seen) {
      checkKeys(JsonParser.parse(body), allowed, "$", body);
    }
    for (String line : stream.split("\n")) {
      if (line.startsWith("data: ") && !stream.isEmpty()) {
        JsonElement e = JsonParser.parse(line.substring(6));
        if (!e.getAsJsonObject().has("outcome")) {
          checkKeys(e, allowed, "$", line);
        }
      }
    }
    double usReservation = ScenarioCatalog.load("london-2025").requireParty("us").profile()
        .reservation();
    for (String body : seen) {
      assertFalse(body.contains(String.valueOf(ScenarioDocuments.r(usReservation))),
          "the US reservation value reached the browser: " + body);
    }
    // After the game, the transcript (the debrief) reveals both sides.
    JsonObject replay = ok(api.get("/api/transcripts/" + game.get("transcript").getAsString()
        + "/replay"));
    assertTrue(replay.getAsJsonArray("events").get(0).getAsJsonObject().getAsJsonObject("u")
        .has("us"));
  }

  /** The fields a player's own view of a game may have: nothing of the other side's profile. */
  static final Set<String> PLAYER_VIEW = Set.of("id", "state", "scenario", "title",
      "description", "protocol", "rounds", "bids", "parties", "name", "issues", "levels", "side",
      "opponent", "preset", "note", "level", "reservation", "discount", "round", "roundsLeft",
      "standing", "bid", "utility", "history", "turn", "action", "verb", "party", "options",
      "best", "now", "endsAt", "turnEndsAt", "briefing", "from", "transcript");

  static void checkKeys(JsonElement e, Set<String> allowed, String path, String body) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
        String key = entry.getKey();
        if (path.equals("$") && Set.of("outcome", "myUtility", "transcript").contains(key)) {
          continue;
        }
        assertTrue(allowed.contains(key), "field " + path + "." + key + " in " + body);
        if ((key.equals("reservation") || key.equals("discount")) && !path.equals("$")) {
          throw new AssertionError("a profile figure at " + path + "." + key + " in " + body);
        }
        checkKeys(entry.getValue(), allowed, path + "." + key, body);
      }
    } else if (e.isJsonArray()) {
      for (JsonElement x : e.getAsJsonArray()) {
        checkKeys(x, allowed, path + "[]", body);
      }
    }
  }

  @Test
  void walkingAwayEndsTheGameWithoutADeal() {
    JsonObject game = ok(api.post("/api/games", "{\"side\":\"us\",\"opponent\":\"boulware\",\"seed\":2}"));
    assertFalse(game.has("standing"), "the US opens, nothing on the table");
    String error = refused(api.post("/api/games/" + game.get("id").getAsString() + "/actions",
        "{\"action\":\"accept\",\"bid\":" + game.get("best") + "}"), 409);
    assertTrue(error.contains("no offer to accept"), error);
    JsonObject over = ok(api.post("/api/games/" + game.get("id").getAsString() + "/actions",
        "{\"action\":\"end\"}"));
    assertEquals("over", over.get("state").getAsString());
    assertEquals("walked-away", over.getAsJsonObject("outcome").get("reason").getAsString());
    assertEquals(ScenarioDocuments.r(ScenarioCatalog.load("london-2025").requireParty("us").profile()
        .reservation()), over.get("myUtility").getAsDouble(), 1e-9);
  }

  @Test
  void aLabSessionStreamsEveryActionLive() throws Exception {
    JsonObject lab = ok(api.post("/api/lab",
        "{\"parties\":{\"us\":\"boulware\",\"china\":\"conceder\"},\"seed\":7,\"pace\":5,\"rounds\":30}"));
    String stream = sse("/api/lab/" + lab.get("id").getAsString() + "/events");
    long actions = stream.lines().filter(l -> l.equals("event: action")).count();
    Transcript t = TranscriptCodec.read("lab", api.get("/api/transcripts/lab-"
        + lab.get("id").getAsString()).body());
    assertEquals(t.events().size(), actions);
    assertNotNull(t.outcome());
    // the chair recorded the agents' FIPA-ACL messages: a call for proposals for every turn,
    // answered by the mover with the performative of its action, all in one conversation
    JsonObject doc = ok(api.get("/api/transcripts/lab-" + lab.get("id").getAsString()
        + "/messages"));
    List<JsonObject> messages = new ArrayList<>();
    doc.getAsJsonArray("messages").forEach(m -> messages.add(m.getAsJsonObject()));
    assertEquals(0, doc.get("omitted").getAsInt());
    assertEquals(t.events().size(), messages.stream().filter(m -> m.get("performative")
        .getAsString().equals("CFP")).count(), "one call for proposals per turn");
    assertEquals(t.events().stream().filter(e -> e.action() instanceof Offer).count(),
        messages.stream().filter(m -> m.get("performative").getAsString().equals("PROPOSE"))
            .count(), "one PROPOSE per offer");
    JsonObject first = messages.stream().filter(m -> m.get("performative").getAsString()
        .equals("PROPOSE")).findFirst().orElseThrow();
    assertTrue(first.get("sender").getAsString().startsWith("us-")
        && first.get("receiver").getAsString().startsWith("chair-"), first.toString());
    assertEquals(0, first.get("round").getAsInt());
    assertEquals(1, messages.stream().map(m -> m.get("conversation").getAsString()).distinct()
        .count());
    assertTrue(refused(api.get("/api/transcripts/demo-london-hardliner-standoff/messages"), 404)
        .startsWith("no agent messages were recorded"));
  }

  @Test
  void anEventStreamOfAnUnknownGameOrLabIsA404() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    for (String path : List.of("/api/games/nope/events", "/api/lab/nope/events")) {
      var r = http.send(HttpRequest.newBuilder(URI.create(api.base() + path))
          .header("Accept", "text/event-stream").timeout(java.time.Duration.ofSeconds(10))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), path + ": " + r.body());
      assertTrue(r.body().contains("\"error\""), r.body());
    }
  }

  @Test
  void aMalformedChunkedBodyIsA400() throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", URI.create(api.base()).getPort())) {
      s.getOutputStream().write(("POST /api/lab HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
          + "Connection: close\r\n\r\nZZZ\r\n{\"a\":1}\r\n0\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String reply = new String(s.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
    }
  }

  /** A page on another site cannot change anything here, nor reach it by another host name. */
  @Test
  void requestsFromOtherSitesAreRefused() throws Exception {
    URI lab = URI.create(api.base() + "/api/lab");
    String body = "{\"parties\":{\"us\":\"boulware\",\"china\":\"conceder\"},\"pace\":0}";
    // a form or text POST, which any page may send without asking
    ApiClient.Reply text = api.raw(HttpRequest.newBuilder(lab).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertTrue(refused(text, 415).contains("must send JSON"));
    ApiClient.Reply foreign = api.raw(HttpRequest.newBuilder(lab)
        .header("Content-Type", "application/json").header("Origin", "http://evil.example")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertTrue(refused(foreign, 403).contains("another site"));
    ApiClient.Reply same = api.raw(HttpRequest.newBuilder(lab)
        .header("Content-Type", "application/json").header("Origin", api.base())
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertEquals(201, same.status(), same.body());
    // DNS rebinding: a name that resolves here but is not this machine's
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", URI.create(api.base()).getPort())) {
      s.getOutputStream().write(("GET /api/scenarios HTTP/1.1\r\nHost: evil.example\r\n"
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String reply = new String(s.getInputStream().readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
      assertTrue(reply.contains("only for this machine"), reply);
    }
  }

  /** Reads a server-sent event stream to its end. */
  private static String sse(String path) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var r = http.send(HttpRequest.newBuilder(URI.create(api.base() + path))
        .header("Accept", "text/event-stream").timeout(java.time.Duration.ofSeconds(60)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    return r.body();
  }

  private static final class JsonParser {
    static JsonElement parse(String s) {
      return com.google.gson.JsonParser.parseString(s);
    }
  }
}
