package org.parley.ui.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.web.WebServer;

/**
 * A class under load, in class mode on a server in this JVM: 100 students join and play the
 * class's bot at once with think time, every action written to the classroom database before it
 * is answered; the action round trip, the server's heap per game, what one database write costs
 * next to an action, and the time to bring back 100 games in progress after the server stops.
 */
public final class ClassBench {

  static final int STUDENTS = Integer.getInteger("parley.bench.students", 100);
  static final int MOVES = 8;
  static final int THINK_MS = 500;
  /** Every student comes from this machine here, so one address holds the whole class. */
  static final WebServer.Limits LIMITS = new WebServer.Limits(STUDENTS,
      java.time.Duration.ofMinutes(10), 4 * STUDENTS);

  private final PrintWriter out;
  private final int samples;
  private final HttpClient http = HttpClient.newBuilder()
      .executor(Executors.newFixedThreadPool(8)).build();

  public ClassBench(PrintWriter out, int samples) {
    this.out = out;
    this.samples = samples;
  }

  public void runAll() throws Exception {
    out.println("Classroom (class mode, one server in this JVM, every action in SQLite)");
    double[] p50 = new double[samples];
    double[] p95 = new double[samples];
    double[] p99 = new double[samples];
    double[] heap = new double[samples];
    double[] restore = new double[samples];
    for (int s = 0; s < samples; s++) {
      Path data = Files.createTempDirectory("parley-class-bench");
      try {
        double[] r = once(data);
        p50[s] = r[0];
        p95[s] = r[1];
        p99[s] = r[2];
        heap[s] = r[3];
        restore[s] = r[4];
      } finally {
        try (var files = Files.walk(data)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    out.printf(Locale.ROOT, "%-62s p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", STUDENTS
        + " students at once, think " + THINK_MS / 2 + "-" + THINK_MS * 3 / 2
        + " ms: action round trip", EngineBench.median(p50), EngineBench.median(p95),
        EngineBench.median(p99));
    out.printf(Locale.ROOT, "%-62s %.0f KB%n", "server heap per game in progress",
        EngineBench.median(heap) / 1e3);
    out.printf(Locale.ROOT, "%-62s %.2f s%n", "restart with " + STUDENTS
        + " games in progress (all back)", EngineBench.median(restore));
    writes();
    out.flush();
  }

  /** One class: p50, p95, p99 of action round trips (ms), heap per game (bytes), restore (s). */
  private double[] once(Path data) throws Exception {
    WebServer server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(), LIMITS,
        true);
    String base = "http://127.0.0.1:" + server.port();
    String key = server.instructorPath().orElseThrow();
    String teacher = cookie(http.send(HttpRequest.newBuilder(URI.create(base + key)).build(),
        HttpResponse.BodyHandlers.ofString()));
    String code = json(post(base + "/api/classes", teacher, "{\"scenario\":\"london-2025\","
        + "\"side\":\"china\",\"opponent\":\"boulware\",\"rounds\":" + (MOVES + 4) + "}"))
        .get("code").getAsString();
    long heapBefore = JadeBench.usedHeapAfterGc();
    ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
    List<Future<List<Double>>> results = new ArrayList<>();
    String[] cookies = new String[STUDENTS];
    String[] games = new String[STUDENTS];
    for (int i = 0; i < STUDENTS; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        java.util.SplittableRandom random = new java.util.SplittableRandom(n);
        HttpResponse<String> joined = post(base + "/api/join", null, "{\"code\":\"" + code
            + "\",\"name\":\"student " + n + "\"}");
        cookies[n] = cookie(joined);
        games[n] = json(joined).get("game").getAsString();
        List<Double> times = new ArrayList<>();
        for (int m = 0; m < MOVES; m++) {
          Thread.sleep(THINK_MS / 2 + random.nextInt(THINK_MS + 1));
          long t0 = System.nanoTime();
          JsonObject view = json(post(base + "/api/games/" + games[n] + "/actions", cookies[n],
              "{\"action\":\"offer\",\"bid\":[4,0,0,3,4,0,0,0]}"));
          times.add((System.nanoTime() - t0) / 1e6);
          if (!view.get("state").getAsString().equals("your-turn")) {
            throw new IllegalStateException("game " + games[n] + " is " + view.get("state"));
          }
        }
        return times;
      }));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : results) {
      all.addAll(f.get());
    }
    pool.shutdown();
    double heapPerGame = (JadeBench.usedHeapAfterGc() - heapBefore) / (double) STUDENTS;
    server.close(); // the games are still running in the database, as after a kill
    long t0 = System.nanoTime();
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(), LIMITS, true);
    double restored = (System.nanoTime() - t0) / 1e9;
    try {
      if (server.restored() != STUDENTS) {
        throw new IllegalStateException("restored " + server.restored() + " of " + STUDENTS);
      }
    } finally {
      server.close();
    }
    double[] xs = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {pct(xs, 0.50), pct(xs, 0.95), pct(xs, 0.99), heapPerGame, restored};
  }

  /** What one action's database write costs (a committed insert), alone, many times. */
  private void writes() throws Exception {
    Path data = Files.createTempDirectory("parley-class-writes");
    try (ClassroomStore store = ClassroomStore.open(data)) {
      store.addClass(new ClassroomStore.ClassRow("c", "CODE00", "bench", "{}", 0, null, false,
          false));
      store.addGame(new ClassroomStore.GameRow("g", "c", "{}", 0, null, null, null,
          java.util.Map.of()));
      int n = 5000;
      double[] ms = new double[n];
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        store.addAction("g", i, "china", "{\"action\":\"offer\",\"bid\":[4,0,0,3,4,0,0,0]}", i);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      out.printf(Locale.ROOT, "%-62s p50 %.3f ms, p99 %.3f ms%n",
          "one action written to the database (committed)", pct(ms, 0.5), pct(ms, 0.99));
    } finally {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double pct(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private HttpResponse<String> post(String url, String cookie, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> r) {
    return r.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElseThrow(
        () -> new IllegalStateException("no cookie from " + r.uri() + ": " + r.body()));
  }

  private static JsonObject json(HttpResponse<String> r) {
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }
}
