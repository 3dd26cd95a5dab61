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
 * A class under load, in class mode on a server in this JVM: 100 students join and play at once
 * with think time, half against the class's bot and half against each other in pairs, every action written to the classroom database before it
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
        + " students (half vs the bot, half in pairs), think " + THINK_MS / 2 + "-"
        + THINK_MS * 3 / 2 + " ms: action round trip", EngineBench.median(p50), EngineBench.median(p95),
        EngineBench.median(p99));
    out.printf(Locale.ROOT, "%-62s %.0f KB%n", "server heap per game in progress",
        EngineBench.median(heap) / 1e3);
    out.printf(Locale.ROOT, "%-62s %.2f s%n", "restart with " + STUDENTS
        + " games in progress (75 vs the bot, 25 pairs; all back)",
        EngineBench.median(restore));
    writes();
    out.flush();
  }

  /**
   * One class session: half the students play the class's bot, half play each other in pairs;
   * then a quarter more join the bot class (100 games in progress in all) and the server stops.
   * Returns p50, p95, p99 of action round trips (ms), heap per game (bytes), restore (s).
   */
  private double[] once(Path data) throws Exception {
    WebServer server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(), LIMITS,
        true);
    String base = "http://127.0.0.1:" + server.port();
    String key = server.instructorPath().orElseThrow();
    String teacher = cookie(http.send(HttpRequest.newBuilder(URI.create(base + key)).build(),
        HttpResponse.BodyHandlers.ofString()));
    String bots = json(post(base + "/api/classes", teacher, "{\"scenario\":\"london-2025\","
        + "\"side\":\"china\",\"opponent\":\"boulware\",\"rounds\":" + (MOVES + 4) + "}"))
        .get("code").getAsString();
    String pairs = json(post(base + "/api/classes", teacher, "{\"scenario\":\"london-2025\","
        + "\"opponent\":\"classmates\",\"rounds\":" + (MOVES + 4) + "}"))
        .get("code").getAsString();
    long heapBefore = JadeBench.usedHeapAfterGc();
    ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
    List<Future<List<Double>>> results = new ArrayList<>();
    for (int i = 0; i < STUDENTS; i++) {
      int n = i;
      String code = n % 2 == 0 ? bots : pairs;
      results.add(pool.submit(() -> play(base, code, "student " + n, n, MOVES)));
    }
    List<Double> all = new ArrayList<>();
    for (Future<List<Double>> f : results) {
      all.addAll(f.get());
    }
    // a quarter more join the bot class: 50 + 25 + 25 = 100 games in progress
    List<Future<List<Double>>> more = new ArrayList<>();
    for (int i = 0; i < STUDENTS / 4; i++) {
      int n = STUDENTS + i;
      more.add(pool.submit(() -> play(base, bots, "student " + n, n, 1)));
    }
    for (Future<List<Double>> f : more) {
      f.get();
    }
    pool.shutdown();
    double heapPerGame = (JadeBench.usedHeapAfterGc() - heapBefore) / (STUDENTS * 1.0);
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

  /**
   * A student: joins, waits for a game (a classmate may not be there yet) and makes {@code moves}
   * offers, each when it is their turn and after thinking; returns each action's round trip (ms).
   */
  private List<Double> play(String base, String code, String name, int seed, int moves)
      throws Exception {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    HttpResponse<String> joined = post(base + "/api/join", null, "{\"code\":\"" + code
        + "\",\"name\":\"" + name + "\"}");
    String me = cookie(joined);
    String game = null;
    while (game == null) {
      var games = json(get(base + "/api/me", me)).getAsJsonArray("games");
      if (games.isEmpty()) {
        Thread.sleep(100); // waiting for a classmate (a page hears of it by an event)
      } else {
        game = games.get(0).getAsString();
      }
    }
    List<Double> times = new ArrayList<>();
    for (int m = 0; m < moves; m++) {
      JsonObject view = json(get(base + "/api/games/" + game, me));
      while (view.get("state").getAsString().equals("waiting")) {
        Thread.sleep(100); // the classmate's move (a page hears of it by an event)
        view = json(get(base + "/api/games/" + game, me));
      }
      if (!view.get("state").getAsString().equals("your-turn")) {
        throw new IllegalStateException("game " + game + " is " + view.get("state"));
      }
      Thread.sleep(THINK_MS / 2 + random.nextInt(THINK_MS + 1));
      long t0 = System.nanoTime();
      json(post(base + "/api/games/" + game + "/actions", me, "{\"action\":\"offer\","
          + "\"bid\":" + view.get("best") + "}"));
      times.add((System.nanoTime() - t0) / 1e6);
    }
    return times;
  }

  private HttpResponse<String> get(String url, String cookie) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
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
