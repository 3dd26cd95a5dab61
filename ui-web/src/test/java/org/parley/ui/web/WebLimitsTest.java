package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.web.WebApiTest.ok;
import static org.parley.ui.web.WebApiTest.refused;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;

/**
 * One client must not lock everyone out: sessions per client, cancelling, idle games, bounded lab
 * sessions, bounded uploads and stalled connections. Another client is another address of this
 * machine (127.0.0.2), as the server sees it.
 */
@Tag("jade")
class WebLimitsTest {

  private static final String GREEDY = "127.0.0.2";
  private static final String GAME = "{\"side\":\"us\",\"opponent\":\"conceder\",\"seed\":1}";

  @TempDir
  Path data;
  private WebServer server;
  private ApiClient api;

  private void start(int perClient, Duration idle) {
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        new WebServer.Limits(perClient, idle), false);
    api = new ApiClient(server.port());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String id(ApiClient.Reply r) {
    return ok(r).get("id").getAsString();
  }

  @Test
  void oneGreedyClientCannotLockOutAnother() {
    start(3, Duration.ofMinutes(10));
    List<String> greedy = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      greedy.add(id(api.from(GREEDY, "POST", "/api/games", GAME)));
    }
    String error = refused(api.from(GREEDY, "POST", "/api/lab", "{\"pace\":0}"), 429);
    assertTrue(error.contains("the most one client may run at once"), error);
    ok(api.post("/api/games", GAME)); // someone else still starts a game

    JsonObject over = ok(api.from(GREEDY, "DELETE", "/api/games/" + greedy.get(0), null));
    assertEquals("over", over.get("state").getAsString(), over.toString());
    assertEquals("cancelled", over.getAsJsonObject("outcome").get("reason").getAsString());
    ok(api.from(GREEDY, "POST", "/api/games", GAME)); // its place is free again
    refused(api.delete("/api/games/nope"), 404);
  }

  @Test
  void anIdlePlayerLosesTheGameAndItsPlace() throws Exception {
    start(1, Duration.ofSeconds(1));
    String game = id(api.post("/api/games", GAME));
    JsonObject view = ok(api.get("/api/games/" + game));
    for (int i = 0; i < 100 && !view.get("state").getAsString().equals("over"); i++) {
      Thread.sleep(100);
      view = ok(api.get("/api/games/" + game));
    }
    assertEquals("timeout", view.getAsJsonObject("outcome").get("reason").getAsString(),
        view.toString());
    ok(api.post("/api/games", GAME));
  }

  @Test
  void aLabSessionIsBoundedInTimeAndCanBeStopped() throws Exception {
    start(3, Duration.ofMinutes(10));
    String error = refused(api.post("/api/lab", "{\"rounds\":1000,\"pace\":2000}"), 400);
    assertTrue(error.contains("could take 67 minutes; the most is 15"), error);
    String lab = id(api.post("/api/lab", "{\"rounds\":100,\"pace\":500}"));
    assertTrue(ok(api.delete("/api/lab/" + lab)).get("cancelled").getAsBoolean());
    ApiClient.Reply stored = api.get("/api/transcripts/lab-" + lab);
    for (int i = 0; i < 100 && stored.status() == 404; i++) {
      Thread.sleep(100);
      stored = api.get("/api/transcripts/lab-" + lab);
    }
    JsonObject outcome = ok(stored).getAsJsonObject("outcome");
    assertEquals("cancelled", outcome.get("reason").getAsString(), outcome.toString());
  }

  /** A scenario too large to analyse is refused at upload, before any work on it. */
  @Test
  void anUploadTooLargeToReplayIsRefusedAtOnce() throws Exception {
    start(3, Duration.ofMinutes(10));
    JsonObject t = JsonParser.parseString(Files.readString(server.transcripts()
        .resolve("demo-london-hardliner-standoff.json"))).getAsJsonObject();
    JsonObject scenario = t.getAsJsonObject("scenario");
    JsonArray levels = scenario.getAsJsonArray("issues").get(0).getAsJsonObject()
        .getAsJsonArray("levels");
    String issue = scenario.getAsJsonArray("issues").get(0).getAsJsonObject().get("id")
        .getAsString();
    for (int i = 0; i < 100; i++) { // 5 levels become 105: 48,000 bids become 1,008,000
      JsonObject level = new JsonObject();
      level.addProperty("id", "x" + i);
      level.addProperty("label", "level " + i);
      level.addProperty("number", 1000 + i);
      levels.add(level);
      for (var party : scenario.getAsJsonArray("parties")) {
        party.getAsJsonObject().getAsJsonObject("profile").getAsJsonObject("utility")
            .getAsJsonObject("evaluators").getAsJsonObject(issue).getAsJsonObject("values")
            .addProperty("x" + i, 0.5);
      }
    }
    String error = refused(api.post("/api/transcripts?name=big.json", t.toString()), 413);
    assertEquals("big.json: its scenario has 1,008,000 bids; the web room analyses at most "
        + "1,000,000 (use 'parley analyze')", error);
  }

  /**
   * 400 stalled connections from one client (each sent half a request body): past its share the
   * server closes them at once, and another client starts a game as usual.
   */
  @Test
  void stalledConnectionsDoNotHoldUpOthers() throws Exception {
    start(3, Duration.ofMinutes(10));
    ok(api.post("/api/games", GAME)); // warm: the first game in a JVM loads its classes
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 400; i++) {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(GREEDY, 0));
        s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        s.getOutputStream().write(("POST /api/games HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"side\"")
            .getBytes(StandardCharsets.US_ASCII));
        stalled.add(s);
      }
      long start = System.nanoTime();
      ok(api.post("/api/games", GAME));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("a new game with 400 stalled connections open: %.3f s%n", seconds);
      assertTrue(seconds < 5, "a new game took " + seconds + " s"); // it took 26 s before
      int closed = 0;
      List<Integer> open = new ArrayList<>();
      for (int i = ConnectionLimits.PER_CLIENT + 10; i < stalled.size(); i++) {
        if (closedByServer(stalled.get(i))) {
          closed++;
        } else {
          open.add(i);
        }
      }
      System.out.println("still open past the client's share: " + open);
      assertEquals(stalled.size() - ConnectionLimits.PER_CLIENT - 10, closed,
          "connections past the client's share are closed at once");
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }

  private static boolean closedByServer(Socket s) throws IOException {
    s.setSoTimeout(5_000); // under the server's 10 s idle limit: closed for being too many
    try {
      InputStream in = s.getInputStream();
      return in.read() == -1;
    } catch (java.net.SocketException e) {
      return true; // reset
    } catch (java.net.SocketTimeoutException e) {
      return false;
    }
  }
}
