package org.parley.tournament;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.cli.TranscriptFiles;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Runs a tournament into a folder: {@code results.jsonl} (one line per finished session, written
 * and flushed as it finishes), {@code results.csv} (the same rows), {@code transcripts/ID.json},
 * and {@code leaderboard.md} at the end. A killed run is continued with {@code resume}: finished
 * sessions are kept, a half-written last line is dropped, and only the rest runs.
 */
public final class Tournament {

  public static final String RESULTS = "results.jsonl";
  public static final String CSV = "results.csv";
  public static final String LEADERBOARD = "leaderboard.md";
  /** The pilot before the forecast lasts at least this long. */
  private static final long PILOT_NANOS = 500_000_000L;

  private final TournamentSpec spec;
  private final StrategyCatalog catalog;
  private final Map<String, ScenarioAnalysis> analyses = new HashMap<>();
  private final List<PlannedSession> plan;

  /** Checks the spec against the scenarios and strategies before anything runs. */
  public Tournament(String source, TournamentSpec spec, StrategyCatalog catalog) {
    this.spec = spec;
    this.catalog = catalog;
    for (int i = 0; i < spec.scenarios().size(); i++) {
      String id = spec.scenarios().get(i);
      try {
        Scenario sc = ScenarioCatalog.resolve(id);
        if (spec.rounds() != null) {
          sc = sc.withDeadline(new Deadline(spec.rounds()));
        }
        analyses.put(id, new ScenarioAnalysis(sc));
      } catch (RuntimeException e) {
        throw new FormatException(source, "$.scenarios[" + i + "]", e.getMessage());
      }
    }
    for (int i = 0; i < spec.strategies().size(); i++) {
      try {
        catalog.check(spec.strategies().get(i).spec());
      } catch (IllegalArgumentException e) {
        throw new FormatException(source, "$.strategies[" + i + "]", e.getMessage());
      }
    }
    this.plan = PlannedSession.plan(spec, id -> analyses.get(id).scenario().partyIds());
  }

  public List<PlannedSession> plan() {
    return plan;
  }

  /** How the run went. */
  /**
   * How the run went.
   *
   * @param sessionTime from the first session dispatched to the last recorded (without the wait
   *     for workers)
   */
  public record Summary(int planned, int skipped, int ran, List<ResultRow> rows,
      Duration elapsed, Duration sessionTime) {
  }

  /**
   * Spreads the sessions over workers ({@code parley worker}) that join a JADE main container at
   * {@code host:port}; the run starts once {@code workers} have joined.
   *
   * @param onListening told the main container's port once it is up (useful with port 0)
   */
  public record Distribution(String host, int port, int workers, Duration joinWait,
      java.util.function.IntConsumer onListening) {
  }

  /** Runs every session not yet in {@code out} on this machine. */
  public Summary run(Path out, boolean resume, boolean transcripts, PrintWriter log,
      boolean progress) {
    return run(out, resume, transcripts, log, progress, null);
  }

  /**
   * Runs every session not yet in {@code out}, here or (with a distribution) on workers.
   *
   * @param transcripts write each session's transcript
   * @param log where the forecast, progress bar and leaderboard go
   */
  public Summary run(Path out, boolean resume, boolean transcripts, PrintWriter log,
      boolean progress, Distribution distribution) {
    long start = System.nanoTime();
    Path results = out.resolve(RESULTS);
    List<ResultRow> done = new ArrayList<>();
    try {
      Files.createDirectories(out.resolve("transcripts"));
      if (Files.exists(results)) {
        if (!resume) {
          throw new IllegalArgumentException(out + " already holds results; add --resume to "
              + "continue them, or choose another --out");
        }
        done = recover(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
    }
    Set<String> finished = new LinkedHashSet<>();
    done.forEach(r -> finished.add(r.id()));
    List<PlannedSession> todo = plan.stream().filter(s -> !finished.contains(s.id())).toList();
    log.printf(Locale.ROOT, "%d sessions planned (%d scenarios, %d strategies, %d repetitions, "
        + "runtime %s, %s)", plan.size(), spec.scenarios().size(),
        spec.strategies().size(), spec.repetitions(), spec.runtime(), distribution == null
            ? spec.parallelism() + " at once" : "on " + distribution.workers() + "+ workers");
    log.println(finished.isEmpty() ? "" : "; " + finished.size() + " already done, "
        + todo.size() + " to run");
    log.flush();
    List<ResultRow> all = new ArrayList<>(done);
    long sessionNanos = 0;
    if (!todo.isEmpty() && distribution == null) {
      prepare();
    }
    if (!todo.isEmpty()) {
      try (Writer writer = new Writer(out, transcripts);
          Sessions executor = distribution == null ? new Local() : master(distribution, log)) {
        long p0 = System.nanoTime();
        all.addAll(runTodo(executor, todo, writer, log, progress));
        sessionNanos = System.nanoTime() - p0;
      }
    }
    Leaderboard board = Leaderboard.of(all);
    TranscriptFiles.writeText(out.resolve(LEADERBOARD), board.markdown());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Summary(plan.size(), finished.size(), todo.size(), all, elapsed,
        Duration.ofNanos(sessionNanos));
  }

  /**
   * Bid rankings, frontiers and solutions of every scenario, made on the tournament's threads
   * before the pilot, so that the forecast and the session time count sessions only.
   */
  private void prepare() {
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors
        .newFixedThreadPool(spec.parallelism());
    try {
      analyses.values().forEach(a -> a.prepare(threads));
    } finally {
      threads.shutdown();
    }
  }

  /**
   * Runs every session, with no pause between the pilot and the rest: all are queued at once, and
   * the forecast is printed when the pilot is over (at least {@link #PILOT_NANOS} and 10 sessions
   * or 2 per thread, or everything). It takes the pace of the later half of the pilot's sessions:
   * the first sessions of a JVM run on code not yet compiled (and on JADE, wait for the platform),
   * and can be 30 times slower. Then the progress bar, which this thread updates 4 times a second.
   */
  private List<ResultRow> runTodo(Sessions executor, List<PlannedSession> todo, Writer writer,
      PrintWriter log, boolean progress) {
    AtomicInteger finished = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<ResultRow>> futures = submitAll(executor, todo, writer, finished);
    CompletableFuture<Void> all = CompletableFuture.allOf(
        futures.toArray(CompletableFuture[]::new));
    int enough = Math.min(todo.size(), Math.max(10, 2 * spec.parallelism()));
    List<long[]> seen = new ArrayList<>(); // {when, sessions finished by then}, every 50 ms
    seen.add(new long[] {start, 0});
    while (!finishedWithin(all, 50)) {
      seen.add(new long[] {System.nanoTime(), finished.get()});
      if (System.nanoTime() - start >= PILOT_NANOS && finished.get() >= enough) {
        break;
      }
    }
    long now = System.nanoTime();
    int pilot = finished.get();
    long[] from = seen.stream().filter(w -> w[1] >= pilot / 2).findFirst().orElse(seen.get(0));
    if (from[1] >= pilot) {
      from = seen.get(0);
    }
    double perSession = (now - from[0]) / 1e9 / Math.max(1, pilot - from[1]);
    int rest = todo.size() - pilot;
    log.printf(Locale.ROOT, "forecast: %d sessions left, about %s (pilot of %d: %.2f ms "
        + "per session)%n", rest, human(perSession * rest), pilot, perSession * 1000);
    log.flush();
    if (progress && rest > 0) {
      try (ProgressBar bar = progressBar(rest)) {
        while (!finishedWithin(all, 250)) {
          bar.stepTo(finished.get() - pilot);
        }
        bar.stepTo(rest);
      }
    } else {
      finishedWithin(all, Long.MAX_VALUE);
    }
    return rowsOf(futures);
  }

  /** Waits up to {@code millis} for {@code all}; true once it is done, failed or not. */
  private static boolean finishedWithin(CompletableFuture<Void> all, long millis) {
    try {
      all.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      return true; // reported by rowsOf, naming the first session that failed
    }
  }

  /** The progress bar of long runs (tournaments, sweeps), on standard error. */
  public static ProgressBar progressBar(int sessions) {
    return new ProgressBarBuilder().setTaskName("sessions").setInitialMax(sessions)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
  }

  private Master master(Distribution d, PrintWriter log) {
    Map<String, String> scenarios = new HashMap<>();
    analyses.forEach((id, a) -> scenarios.put(id, ScenarioCodec.write(a.scenario())));
    Master m = new Master(d.host(), d.port(), scenarios, spec.runtime(), spec.turnLimitMs(), log);
    try {
      log.printf(Locale.ROOT, "master listening on %s:%d; waiting for %d worker(s): parley worker "
          + "--main %s:%d%n", d.host(), m.port(), d.workers(), d.host(), m.port());
      log.flush();
      if (d.onListening() != null) {
        d.onListening().accept(m.port());
      }
      if (!m.awaitWorkers(d.workers(), d.joinWait())) {
        throw new IllegalStateException("fewer than " + d.workers() + " worker(s) joined within "
            + human(d.joinWait().toSeconds()));
      }
      return m;
    } catch (InterruptedException e) {
      m.close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for workers", e);
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  static String human(double seconds) {
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return String.format(Locale.ROOT, "%.0f min", seconds / 60);
  }

  /** Reads back the finished rows, dropping a half-written last line, and rewrites both files. */
  static List<ResultRow> recover(Path out) throws IOException {
    List<ResultRow> rows = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String text = Files.readString(out.resolve(RESULTS), StandardCharsets.UTF_8);
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      ResultRow row;
      try {
        row = ResultRow.parse(line);
      } catch (RuntimeException e) {
        continue; // the line a kill cut short; its session runs again
      }
      if (seen.add(row.id())) {
        rows.add(row);
      }
    }
    StringBuilder jsonl = new StringBuilder();
    StringBuilder csv = new StringBuilder(String.join(",", ResultRow.CSV_HEADER)).append('\n');
    for (ResultRow r : rows) {
      jsonl.append(r.jsonLine()).append('\n');
      csv.append(r.csvLine()).append('\n');
    }
    TranscriptFiles.writeText(out.resolve(RESULTS), jsonl.toString());
    TranscriptFiles.writeText(out.resolve(CSV), csv.toString());
    return rows;
  }

  /** Appends rows (each line written whole, then flushed) and writes transcripts. */
  private static final class Writer implements AutoCloseable {
    private final Path out;
    private final boolean transcripts;
    private final BufferedWriter jsonl;
    private final BufferedWriter csv;
    /** Rows not yet written, guarded by {@code pending}; {@code writing}: a thread is writing. */
    private final Object pending = new Object();
    private final StringBuilder pendingJsonl = new StringBuilder();
    private final StringBuilder pendingCsv = new StringBuilder();
    private boolean writing;

    Writer(Path out, boolean transcripts) {
      this.out = out;
      this.transcripts = transcripts;
      try {
        boolean newCsv = !Files.exists(out.resolve(CSV));
        this.jsonl = Files.newBufferedWriter(out.resolve(RESULTS), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        this.csv = Files.newBufferedWriter(out.resolve(CSV), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (newCsv) {
          csv.write(String.join(",", ResultRow.CSV_HEADER) + "\n");
          csv.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the results in " + out + ": "
            + e.getMessage(), e);
      }
    }

    void transcript(PlannedSession s, Transcript t) {
      if (transcripts) {
        TranscriptFiles.write(out.resolve("transcripts").resolve(s.id() + ".json"), t);
      }
    }

    /**
     * Appends a row; the transcript is on disk before the row that says the session is done. One
     * thread at a time writes to disk. A thread that finds a write under way leaves its row
     * pending and returns at once: a session thread never waits on the disk for another's rows.
     * The writing thread goes on until nothing is pending, so once every {@code row} call has
     * returned, every row is on disk.
     */
    void row(ResultRow row) {
      String line = row.jsonLine() + "\n"; // formatted outside the lock: threads wait less
      String csvLine = row.csvLine() + "\n";
      synchronized (pending) {
        pendingJsonl.append(line);
        pendingCsv.append(csvLine);
        if (writing) {
          return;
        }
        writing = true;
      }
      boolean done = false;
      try {
        while (!done) {
          String lines;
          String csvLines;
          synchronized (pending) {
            lines = pendingJsonl.toString();
            csvLines = pendingCsv.toString();
            pendingJsonl.setLength(0);
            pendingCsv.setLength(0);
          }
          jsonl.write(lines); // whole lines, then flushed: a kill leaves at most a cut last line
          jsonl.flush();
          csv.write(csvLines);
          csv.flush();
          synchronized (pending) {
            done = pendingJsonl.length() == 0;
            writing = !done;
          }
        }
      } catch (IOException e) {
        synchronized (pending) {
          writing = false;
        }
        throw new UncheckedIOException("cannot append to " + out.resolve(RESULTS) + ": "
            + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try {
        jsonl.close();
        csv.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the results: " + e.getMessage(), e);
      }
    }
  }

  /** Where a tournament's sessions run: a local {@link SessionPool}, or a {@link Master}. */
  interface Sessions extends AutoCloseable {
    /** Runs a session; exactly one of the two is called, once, from any thread. */
    void submit(PlannedSession s, Consumer<Transcript> done, Consumer<Throwable> failed);

    @Override
    void close();
  }

  private final class Local implements Sessions {
    private final SessionPool pool = new SessionPool(spec.runtime(), spec.parallelism(),
        Duration.ofMillis(spec.turnLimitMs()), catalog, null);

    @Override
    public void submit(PlannedSession s, Consumer<Transcript> done, Consumer<Throwable> failed) {
      ScenarioAnalysis analysis = analyses.get(s.scenario());
      List<Seat> seats = new ArrayList<>();
      for (int i = 0; i < s.parties().size(); i++) {
        seats.add(new Seat(s.parties().get(i), s.strategies().get(i).spec()));
      }
      pool.submit(analysis, new SessionSpec(s.id(), seats, s.seed(),
          analysis.scenario().deadline()), done, failed);
    }

    @Override
    public void close() {
      pool.close();
    }
  }

  /** Queues {@code sessions}; each is recorded as it finishes, then counted. */
  private static List<CompletableFuture<ResultRow>> submitAll(Sessions where,
      List<PlannedSession> sessions, Writer writer, AtomicInteger finished) {
    List<CompletableFuture<ResultRow>> futures = new ArrayList<>();
    for (PlannedSession s : sessions) {
      CompletableFuture<ResultRow> row = new CompletableFuture<>();
      futures.add(row);
      where.submit(s, t -> {
        try {
          writer.transcript(s, t);
          ResultRow r = ResultRow.of(s, t);
          writer.row(r);
          finished.incrementAndGet();
          row.complete(r);
        } catch (RuntimeException e) {
          row.completeExceptionally(e);
        }
      }, row::completeExceptionally);
    }
    return futures;
  }

  /** The rows of finished sessions, or the first failure of Parley itself. */
  private static List<ResultRow> rowsOf(List<CompletableFuture<ResultRow>> futures) {
    List<ResultRow> rows = new ArrayList<>();
    for (CompletableFuture<ResultRow> f : futures) {
      try {
        rows.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("a session failed inside Parley: " + e.getCause(),
            e.getCause());
      }
    }
    return rows;
  }
}
