package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.session.TranscriptReplay;
import org.parley.engine.transcript.Transcript;

/**
 * 1,000 hostile HTTP requests (seeded): real endpoints with mutated ids, paths, methods, headers
 * and bodies, and broken HTTP. Each must get an answer within 20 s that is not a 5xx and carries
 * no stack trace or Java class name; an upload that is accepted must replay to exactly what it
 * records; and the server must serve a normal game at the end.
 */
@Tag("jade")
class HostileHttpFuzzTest {

  private static final int REQUESTS = 1000;
  /** A header marking a request whose body is shorter than its Content-Length says. */
  private static final String SHORT = "X-Fuzz: short-body";
  private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
      "HEAD", "TRACE", "BREW", "get", ""};
  private static final String[] PATHS = {"/api/scenarios", "/api/scenarios/london-2025",
      "/api/scenarios/london-2025/space", "/api/strategies", "/api/transcripts",
      "/api/transcripts/demo-london-boulware-vs-conceder",
      "/api/transcripts/demo-london-boulware-vs-conceder/replay", "/api/games", "/api/games/ID",
      "/api/games/ID/actions", "/api/games/ID/utility?bid=0,1,2,3,0,1,2,3",
      "/api/games/ID/events", "/api/lab", "/api/lab/ID/events", "/api/lab/ID", "/",
      "/play.html", "/lib/chart.umd.js", "/js/board.js"};
  private static final String[] BODIES = {
      "{\"side\":\"china\",\"opponent\":\"boulware\",\"seed\":3,\"rounds\":20}",
      "{\"parties\":{\"us\":\"linear\",\"china\":\"conceder\"},\"pace\":0,\"rounds\":5}",
      "{\"action\":\"offer\",\"bid\":[0,1,2,3,0,1,2,3]}", "{\"action\":\"accept\",\"bid\":[0]}",
      "{\"action\":\"end\"}", "{\"scenario\":\"magnets-for-chips\",\"side\":\"us\"}"};
  private static final String[] HOSTILE = {"../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc",
      "\u0000", "%00", "a".repeat(5000), "🙂", "<script>alert(1)</script>", "'; DROP TABLE x;--",
      "..", "CON", "%ff%fe", "\\..\\..", "${jndi:ldap://x}", "-1", "1e999", "NaN"};

  @TempDir
  Path data;

  private record Answer(int status, String text, boolean hung) {
  }

  @Test
  void hostileRequestsGetClearAnswersAndTheServerGoesOn() throws Exception {
    try (WebServer server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false)) {
      int port = server.port();
      String transcript = Files.readString(server.transcripts()
          .resolve("demo-london-hardliner-standoff.json"));
      ApiClient api = new ApiClient(port);
      String game = WebApiTest.ok(api.post("/api/games", BODIES[0])).get("id").getAsString();
      SplittableRandom random = new SplittableRandom(20261201);
      Map<Integer, Integer> statuses = new TreeMap<>();
      List<String> problems = new ArrayList<>();
      int uploadsAccepted = 0;
      for (int i = 0; i < REQUESTS; i++) {
        byte[] request = request(random, port, game, transcript);
        Answer a = send(port, request);
        statuses.merge(a.status(), 1, Integer::sum);
        String shown = new String(request, 0, Math.min(5000, request.length),
            StandardCharsets.ISO_8859_1);
        String brief = shown.substring(0, Math.min(200, shown.length()));
        if (a.hung()) {
          problems.add("no answer within 20 s: " + brief);
        } else if (a.status() >= 500 || a.status() < 100 && !(a.status() == -1
            && shown.contains(SHORT))) {
          problems.add(a.status() + " for " + brief + " -> " + a.text());
        } else if (a.text().contains("\tat ") || a.text().matches("(?s).*\\bjava\\.[a-z]+\\..*")
            || a.text().contains("Exception")) {
          problems.add("a Java trace or class name for " + brief + " -> " + a.text());
        }
        if (a.status() == 201 && shown.contains("/api/transcripts")) {
          uploadsAccepted++;
          String id = a.text().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
          Transcript t = TranscriptCodec.read(id, api.get("/api/transcripts/" + id).body());
          if (!TranscriptReplay.differences(t).isEmpty()) {
            problems.add("an accepted upload does not replay: " + id);
          }
        }
      }
      System.out.printf("hostile HTTP: %d requests, statuses %s, %d uploads accepted%n",
          REQUESTS, statuses, uploadsAccepted);
      assertEquals(List.of(), problems.subList(0, Math.min(10, problems.size())));
      JsonObject after = WebApiTest.ok(api.post("/api/games", BODIES[5]));
      assertTrue(after.has("id"), "the server still serves games");
    }
  }

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** One hostile request: a real one, mutated in one or more places. */
  private static byte[] request(SplittableRandom r, int port, String game, String transcript) {
    String method = r.nextInt(3) == 0 ? pick(r, METHODS) : (r.nextBoolean() ? "GET" : "POST");
    String path = pick(r, PATHS).replace("ID", r.nextInt(4) == 0 ? hostile(r) : game);
    if (r.nextInt(4) == 0) {
      path = path + (path.contains("?") ? "&" : "?") + hostile(r) + "=" + hostile(r);
    }
    if (r.nextInt(6) == 0) {
      path = path.replaceFirst("/[^/]*$", java.util.regex.Matcher.quoteReplacement("/"
          + hostile(r)));
    }
    String body;
    if (path.startsWith("/api/transcripts") && method.equals("POST")) {
      body = r.nextInt(4) == 0 ? transcript : mutate(r, transcript);
    } else {
      body = r.nextBoolean() ? pick(r, BODIES) : mutate(r, pick(r, BODIES));
    }
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    head.append("Host: ").append(r.nextInt(30) == 0 ? pick(r, HOSTILE) : "127.0.0.1:" + port)
        .append("\r\n");
    String type = switch (r.nextInt(8)) {
      case 0 -> "text/plain";
      case 1 -> "application/x-www-form-urlencoded";
      case 2 -> "application/json; charset=" + pick(r, HOSTILE);
      case 3 -> "";
      default -> "application/json";
    };
    if (!type.isEmpty()) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    if (r.nextInt(10) == 0) {
      head.append("Origin: ").append(r.nextBoolean() ? "http://evil.example" : "null")
          .append("\r\n");
    }
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    switch (r.nextInt(24)) {
      case 0 -> head.append("Content-Length: ").append(content.length + 5).append("\r\n")
          .append(SHORT).append("\r\n");
      case 1 -> head.append("Content-Length: -3\r\n");
      case 2 -> head.append("Transfer-Encoding: chunked\r\n");
      case 3 -> head.append("Content-Length: 99999999999999999999\r\n");
      default -> head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    return out.toByteArray();
  }

  /** A hostile string for a URL: percent-encoded mostly, raw (breaking the request line) at times. */
  private static String hostile(SplittableRandom r) {
    String h = pick(r, HOSTILE);
    return r.nextInt(5) == 0 ? h : java.net.URLEncoder.encode(h, StandardCharsets.UTF_8);
  }

  /** {@code text} with one to three random edits: deletions, insertions, duplications, swaps. */
  static String mutate(SplittableRandom r, String text) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = r.nextInt(s.length());
      switch (r.nextInt(7)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, pick(r, new String[] {"{", "[", "\"", ",", ":", "-", "1e308",
            "null", "true", "\\u0000", "9".repeat(40), "[".repeat(200)}));
        case 2 -> s.setLength(at);
        case 3 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + r.nextInt(40))));
        case 4 -> s.replace(at, Math.min(s.length(), at + 1), String.valueOf(
            (char) (32 + r.nextInt(95))));
        case 5 -> {
          String[] numbers = {"0", "-1", "1e999", "-0", "3.5", "99999999999999999999", "\"7\""};
          String replaced = s.toString().replaceFirst("(?<=[:\\[,])\\s*-?[0-9]+(\\.[0-9]+)?",
              java.util.regex.Matcher.quoteReplacement(pick(r, numbers)));
          s.setLength(0);
          s.append(replaced);
        }
        default -> s.insert(at, pick(r, HOSTILE));
      }
    }
    return s.toString();
  }

  private static Answer send(int port, byte[] request) throws Exception {
    // an event stream of a running game stays open by design: its first lines are the answer
    boolean stream = new String(request, 0, Math.min(300, request.length),
        StandardCharsets.ISO_8859_1).lines().findFirst().orElse("").contains("/events");
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      s.setSoTimeout(stream ? 3_000 : 20_000);
      s.getOutputStream().write(request);
      if (new String(request, StandardCharsets.ISO_8859_1).contains(SHORT)) {
        s.shutdownOutput(); // the body is shorter than announced: end it, or wait out the idle limit
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream reply = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) != -1; ) {
          reply.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        String sofar = reply.toString(StandardCharsets.UTF_8);
        if (!(stream && sofar.startsWith("HTTP/1.1 200") && sofar.contains("text/event-stream"))) {
          return new Answer(0, sofar, true);
        }
      } catch (java.net.SocketException e) {
        // reset after a refusal: what came before it (if anything) is the answer
      }
      String text = reply.toString(StandardCharsets.UTF_8);
      if (!text.startsWith("HTTP/1.1 ")) {
        return new Answer(-1, "the connection closed without an answer", false);
      }
      return new Answer(Integer.parseInt(text.substring(9, 12)), text, false);
    }
  }
}
