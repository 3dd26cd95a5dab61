package org.parley.ui.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;
import org.parley.ui.web.WebServer;

/**
 * The web room under load, on a server started in this JVM: 100 games driven at once over HTTP
 * (each student action's round trip, which includes the bot's answer on JADE), the server's heap
 * with those games open, and the replay page of a 1,000-round transcript in headless Chromium
 * (driven through chromedriver's WebDriver HTTP API) when /usr/bin/chromedriver is there.
 */
public final class WebBench {

  static final int GAMES = Integer.getInteger("parley.bench.games", 100);
  static final int MOVES = 8;
  /** Mean pause between a student's actions in the realistic load (uniform, ±50%). */
  static final int THINK_MS = 500;

  private final PrintWriter out;
  private final int samples;
  private final HttpClient http = HttpClient.newBuilder()
      .executor(Executors.newFixedThreadPool(8)).build();

  public WebBench(PrintWriter out, int samples) {
    this.out = out;
    this.samples = samples;
  }

  public void runAll() throws Exception {
    Path data = Files.createTempDirectory("parley-web-bench");
    try (WebServer server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false)) {
      String base = "http://127.0.0.1:" + server.port();
      out.println("Web room (one server in this JVM, JADE platform inside)");
      games(base, 10, 0); // warm-up
      double heap = 0;
      for (int think : new int[] {THINK_MS, 0}) {
        double[] p50 = new double[samples];
        double[] p95 = new double[samples];
        double[] p99 = new double[samples];
        double[] heaps = new double[samples];
        for (int s = 0; s < samples; s++) {
          double[] r = games(base, GAMES, think);
          p50[s] = r[0];
          p95[s] = r[1];
          p99[s] = r[2];
          heaps[s] = r[3];
        }
        out.printf(Locale.ROOT, "%-62s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
            GAMES + " games at once, " + (think > 0 ? "think " + think / 2 + "-" + think * 3 / 2
                + " ms: action round trip" : "no think time (saturated)"),
            EngineBench.median(p50), EngineBench.median(p95), EngineBench.median(p99));
        heap = Math.max(heap, EngineBench.median(heaps));
      }
      out.printf(Locale.ROOT, "%-62s %.1f MB (%.0f KB per game)%n",
          "server heap growth with " + GAMES + " games open", heap / 1e6, heap / 1e3 / GAMES);
      out.flush();
      String id = thousandRounds(server.transcripts());
      double[] doc = new double[samples];
      for (int s = 0; s < samples; s++) {
        long t0 = System.nanoTime();
        String body = get(base + "/api/transcripts/" + id + "/replay").body();
        doc[s] = (System.nanoTime() - t0) / 1e6;
        if (s == 0) {
          out.printf(Locale.ROOT, "%-62s %.0f KB%n", "1,000-round replay document",
              body.length() / 1e3);
        }
      }
      out.printf(Locale.ROOT, "%-62s %.1f ms%n", "  served (build + transfer)",
          EngineBench.median(doc));
      out.flush();
      Path driver = Path.of("/usr/bin/chromedriver");
      if (Files.isExecutable(driver)) {
        new ChromeProbe(driver).replay(base + "/replay.html?id=" + id, samples, out);
      } else {
        out.println("  (no /usr/bin/chromedriver: browser figures skipped; apt-get install "
            + "chromium chromium-driver)");
      }
    } finally {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * Plays {@code n} games at once, each student pausing {@code thinkMs} on average before a move;
   * returns p50, p95, p99 of action round trips (ms) and heap growth. */
  private double[] games(String base, int n, int thinkMs) throws Exception {
    long heapBefore = JadeBench.usedHeapAfterGc();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CyclicBarrier midGame = new CyclicBarrier(n + 1);
    CountDownLatch measured = new CountDownLatch(1);
    List<Future<List<Double>>> results = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      int seed = g;
      results.add(pool.submit(() -> {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Double> times = new ArrayList<>();
        boolean arrived = false;
        try {
          JsonObject game = json(post(base + "/api/games", "{\"side\":\"china\",\"opponent\":"
              + "\"boulware\",\"rounds\":" + (MOVES + 4) + ",\"seed\":" + seed + "}"));
          String id = game.get("id").getAsString();
          for (int m = 0; m < MOVES; m++) {
            if (m == MOVES / 2) {
              arrived = true;
              midGame.await();
              measured.await();
            }
            if (thinkMs > 0) {
              Thread.sleep(thinkMs / 2 + random.nextInt(thinkMs + 1));
            }
            long t0 = System.nanoTime();
            game = json(post(base + "/api/games/" + id + "/actions",
                "{\"action\":\"offer\",\"bid\":[4,0,0,3,4,0,0,0]}"));
            times.add((System.nanoTime() - t0) / 1e6);
            if (!game.get("state").getAsString().equals("your-turn")) {
              throw new IllegalStateException("game " + id + " is " + game.get("state"));
            }
          }
          long t0 = System.nanoTime();
          json(post(base + "/api/games/" + id + "/actions", "{\"action\":\"end\"}"));
          times.add((System.nanoTime() - t0) / 1e6);
          return times;
        } finally {
          if (!arrived) {
            midGame.await(); // a failed game must not hold the others at the barrier
          }
        }
      }));
    }
    midGame.await();
    long heapDuring = JadeBench.usedHeapAfterGc();
    measured.countDown();
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();
    double[] xs = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {pct(xs, 0.50), pct(xs, 0.95), pct(xs, 0.99), heapDuring - heapBefore};
  }

  private static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  /** Stores a 1,000-round London session (two hardliners: 2,000 offers, no deal). */
  private static String thousandRounds(Path transcripts) {
    Scenario sc = ScenarioCatalog.load("london-2025");
    String id = "bench-thousand-rounds";
    SessionSpec spec = new SessionSpec(id, List.of(new Seat("us", new NegotiatorSpec("hardliner")),
        new Seat("china", new NegotiatorSpec("hardliner"))), 1, new Deadline(1000));
    TranscriptFiles.write(transcripts.resolve(id + ".json"), new DirectRunner(
        new ScenarioAnalysis(sc), new StrategyCatalog(), InstantSource.system()).run(spec));
    return id;
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject json(HttpResponse<String> r) {
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  private HttpResponse<String> post(String url, String body)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Headless Chromium through chromedriver's W3C WebDriver HTTP API (no Selenium in the jar). */
  private final class ChromeProbe {
    private final Path driver;

    ChromeProbe(Path driver) {
      this.driver = driver;
    }

    void replay(String url, int samples, PrintWriter out) throws Exception {
      int port;
      try (var socket = new java.net.ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      Process p = new ProcessBuilder(driver.toString(), "--port=" + port)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String wd = "http://127.0.0.1:" + port;
      try {
        String session = null;
        for (int i = 0; i < 50 && session == null; i++) {
          try {
            JsonObject caps = JsonParser.parseString("{\"capabilities\":{\"alwaysMatch\":{"
                + "\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":"
                + "\"/usr/bin/chromium\",\"args\":[\"--headless\",\"--no-sandbox\","
                + "\"--disable-gpu\",\"--disable-background-networking\","
                + "\"--disable-component-update\",\"--no-first-run\",\"--disable-dev-shm-usage\","
                + "\"--window-size=1500,1000\"]}}}}").getAsJsonObject();
            JsonObject r = json(post(wd + "/session", caps.toString()));
            session = r.getAsJsonObject("value").get("sessionId").getAsString();
          } catch (IOException e) {
            Thread.sleep(100);
          }
        }
        if (session == null) {
          out.println("  (chromedriver did not start: browser figures skipped)");
          return;
        }
        String s = wd + "/session/" + session;
        double[] ready = new double[samples];
        double[] scrub = new double[samples];
        for (int i = 0; i < samples + 1; i++) {
          json(post(s + "/url", "{\"url\":\"" + url + "\"}"));
          JsonElement v = null;
          for (int w = 0; w < 200; w++) {
            v = script(s, "return document.body.dataset.ready || null;");
            if (!v.isJsonNull()) {
              break;
            }
            Thread.sleep(20);
          }
          double t = v == null || v.isJsonNull() ? Double.NaN : v.getAsDouble();
          double m = script(s, "const t = performance.now(); window.parleyBoard.show(1000);"
              + "window.parleyBoard.show(1999); window.parleyBoard.show(10);"
              + "return (performance.now() - t) / 3;").getAsDouble();
          if (i > 0) { // the first load warms Chromium's caches
            ready[i - 1] = t;
            scrub[i - 1] = m;
          }
        }
        out.printf(Locale.ROOT, "%-62s %.0f ms%n",
            "  replay page interactive (navigation to drawn board)", EngineBench.median(ready));
        out.printf(Locale.ROOT, "%-62s %.1f ms%n", "  one scrub on it (all panels redrawn)",
            EngineBench.median(scrub));
        http.send(HttpRequest.newBuilder(URI.create(s)).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
      } finally {
        p.destroy();
      }
      out.flush();
    }

    private JsonElement script(String session, String code) throws Exception {
      JsonObject body = new JsonObject();
      body.addProperty("script", code);
      body.add("args", new JsonArray());
      return json(post(session + "/execute/sync", body.toString())).get("value");
    }
  }
}
