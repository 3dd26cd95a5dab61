package org.parley.agents.tournament;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parley.engine.tournament.ResultRow;
import org.parley.agents.files.TranscriptFiles;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Runs a tournament into a folder: {@code results.jsonl} (one line per party of each finished
 * session, written and flushed as it finishes), {@code results.csv} (the same rows and columns),
 * {@code transcripts/ID.json}, and at the end {@code leaderboard.md} and {@code leaderboard.csv}
 * ({@link Leaderboard}, failures included). A killed run is continued with {@code resume}: finished
 * sessions are kept, a half-written last line is dropped, and only the rest runs.
 */
public final class Tournament {

  public static final String RESULTS = ResultsFiles.RESULTS;
  public static final String CSV = ResultsFiles.CSV;
  public static final String LEADERBOARD = "leaderboard.md";
  public static final String LEADERBOARD_CSV = "leaderboard.csv";

  private final TournamentSpec spec;
  private final StrategyCatalog catalog;
  private final Map<String, ScenarioAnalysis> analyses = new HashMap<>();
  private final List<PlannedSession> plan;
  private final int parallelism;

  /** Checks the spec against the scenarios and strategies before anything runs. */
  public Tournament(String source, TournamentSpec spec, StrategyCatalog catalog) {
    this.spec = spec;
    this.catalog = catalog;
    this.parallelism = spec.parallelism() != null ? spec.parallelism() : cores();
    for (int i = 0; i < spec.scenarios().size(); i++) {
      String id = spec.scenarios().get(i);
      try {
        Scenario sc = ScenarioCatalog.resolve(id);
        if (spec.deadline() != null) {
          sc = sc.withDeadline(spec.deadline());
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

  /** Sessions at once when a spec does not say: one per core of this machine. */
  public static int cores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public TournamentSpec spec() {
    return spec;
  }

  /** Each scenario's JSON by id, with the spec's deadline applied: what workers are sent. */
  public Map<String, String> scenarioTexts() {
    Map<String, String> out = new HashMap<>();
    analyses.forEach((id, a) -> out.put(id, ScenarioCodec.write(a.scenario())));
    return out;
  }

  /**
   * How the run went.
   *
   * @param rows every finished session's rows, one per party, this run's and those from before
   * @param sessionTime from the first session dispatched to the last recorded (without the wait
   *     for workers)
   */
  public record Summary(int planned, int skipped, int ran, List<ResultRow> rows,
      Duration elapsed, Duration sessionTime) {

    /** The sessions that failed, by strategy and reason: also the end of the leaderboard. */
    public Failures failures() {
      return Failures.of(rows);
    }
  }

  /** Sessions run elsewhere: on workers that join this machine ({@code cluster.Distribution}). */
  public interface Remote {
    /** For the plan line, such as {@code on 2+ workers}. */
    String where();

    /**
     * Starts what the workers join and waits for them; the runner is closed after the run.
     *
     * @param transcripts whether the workers send each session's transcript text
     */
    SessionRunner start(Tournament tournament, boolean transcripts, RunListener listener);
  }

  /** Runs every session not yet in {@code out} on this machine. */
  public Summary run(Path out, boolean resume, boolean transcripts, RunListener listener) {
    return run(out, resume, transcripts, listener, null);
  }

  /**
   * Runs every session not yet in {@code out}, here or (with {@code remote}) on workers.
   *
   * @param transcripts write each session's transcript
   * @param listener told the plan, the forecast and progress
   */
  public Summary run(Path out, boolean resume, boolean transcripts, RunListener listener,
      Remote remote) {
    long start = System.nanoTime();
    List<ResultRow> done = new ArrayList<>();
    try {
      Files.createDirectories(out.resolve("transcripts"));
      if (Files.exists(out.resolve(RESULTS))) {
        if (!resume) {
          throw new IllegalArgumentException(out + " already holds results; add --resume to "
              + "continue them, or choose another --out");
        }
        Map<String, Integer> parties = new HashMap<>();
        plan.forEach(s -> parties.put(s.id(), s.parties().size()));
        done = ResultsFiles.recover(out, parties::get);
        TranscriptFiles.removeLeftovers(out.resolve("transcripts"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + out + ": " + e.getMessage(), e);
    }
    Set<String> finished = new LinkedHashSet<>();
    done.forEach(r -> finished.add(r.session()));
    List<PlannedSession> todo = plan.stream().filter(s -> !finished.contains(s.id())).toList();
    listener.say(String.format(Locale.ROOT, "%d sessions planned (%d scenarios, %d strategies, "
        + "%d repetitions, runtime %s, %s)", plan.size(), spec.scenarios().size(),
        spec.strategies().size(), spec.repetitions(), spec.runtime(), remote == null
            ? parallelism + " at once" : remote.where())
        + (finished.isEmpty() ? "" : "; " + finished.size() + " already done, " + todo.size()
            + " to run"));
    List<ResultRow> all = new ArrayList<>(done);
    long sessionNanos = 0;
    if (!todo.isEmpty() && remote == null) {
      prepare(analyses.values(), parallelism);
    }
    if (!todo.isEmpty()) {
      try (ResultsFiles files = new ResultsFiles(out);
          SessionRunner runner = remote == null ? new LocalSessions(analyses, spec.runtime(),
              parallelism, Duration.ofMillis(spec.turnLimitMs()), catalog, transcripts)
              : remote.start(this, transcripts, listener)) {
        long p0 = System.nanoTime();
        all.addAll(RunningSessions.run(runner, todo, files, listener, parallelism));
        sessionNanos = System.nanoTime() - p0;
      }
    }
    Leaderboard board = Leaderboard.of(all);
    TranscriptFiles.writeText(out.resolve(LEADERBOARD), LeaderboardPage.markdown(board));
    TranscriptFiles.writeText(out.resolve(LEADERBOARD_CSV), board.csv());
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Summary(plan.size(), finished.size(), todo.size(), all, elapsed,
        Duration.ofNanos(sessionNanos));
  }

  /**
   * Makes the bid rankings, frontiers and solutions of every scenario on {@code parallelism}
   * threads: before the pilot (here, or on a worker before it says it is ready), so that the
   * forecast and the session time count sessions only.
   */
  public static void prepare(Collection<ScenarioAnalysis> analyses, int parallelism) {
    ExecutorService threads = Executors.newFixedThreadPool(parallelism);
    try {
      for (ScenarioAnalysis a : analyses) {
        CompletableFuture.allOf(a.partyIds().stream()
            .map(party -> CompletableFuture.runAsync(() -> a.prepareRanking(party), threads))
            .toArray(CompletableFuture[]::new)).join();
        a.nash();
      }
    } finally {
      threads.shutdown();
    }
  }
}
