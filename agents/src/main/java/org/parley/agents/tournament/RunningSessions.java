package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.PlannedSession;

/**
 * Runs a list of sessions on a {@link SessionRunner}, records each as it finishes, and keeps the
 * listener told: a forecast once the pilot is over, then progress a few times a second.
 */
final class RunningSessions {

  /** The pilot before the forecast lasts at least this long. */
  private static final long PILOT_NANOS = 500_000_000L;

  private RunningSessions() {
  }

  /**
   * Runs every session, with no pause between the pilot and the rest: all are queued at once, and
   * the forecast is said when the pilot is over (at least {@link #PILOT_NANOS} and 10 sessions
   * or 2 per thread, or everything). It takes the pace of the later half of the pilot's sessions:
   * the first sessions of a JVM run on code not yet compiled (and on JADE, wait for the platform),
   * and can be 30 times slower.
   */
  static List<ResultRow> run(SessionRunner runner, List<PlannedSession> todo,
      ResultsFiles files, RunListener listener, int parallelism) {
    AtomicInteger finished = new AtomicInteger();
    long start = System.nanoTime();
    List<CompletableFuture<List<ResultRow>>> futures = submitAll(runner, todo, files, finished);
    CompletableFuture<Void> all = CompletableFuture.allOf(
        futures.toArray(CompletableFuture[]::new));
    int enough = Math.min(todo.size(), Math.max(10, 2 * parallelism));
    List<long[]> seen = new ArrayList<>(); // {when, sessions finished by then}, every 50 ms
    seen.add(new long[] {start, 0});
    while (!finishedWithin(all, 50)) {
      seen.add(new long[] {System.nanoTime(), finished.get()});
      if (System.nanoTime() - start >= PILOT_NANOS && finished.get() >= enough) {
        break;
      }
    }
    if (all.isCompletedExceptionally()) {
      return rowsOf(futures); // stopped (or failed) before the forecast: no forecast, no 100 %
    }
    long now = System.nanoTime();
    int pilot = finished.get();
    long[] from = seen.stream().filter(w -> w[1] >= pilot / 2).findFirst().orElse(seen.get(0));
    if (from[1] >= pilot) {
      from = seen.get(0);
    }
    double perSession = (now - from[0]) / 1e9 / Math.max(1, pilot - from[1]);
    int rest = todo.size() - pilot;
    listener.say(String.format(Locale.ROOT, "forecast: %d sessions left, about %s (pilot of %d: "
        + "%.2f ms per session)", rest, human(perSession * rest), pilot, perSession * 1000));
    if (rest > 0) {
      while (!finishedWithin(all, 250)) {
        listener.progress(finished.get() - pilot, rest);
      }
      if (!all.isCompletedExceptionally()) {
        listener.progress(rest, rest);
      }
    }
    return rowsOf(futures);
  }

  /** Queues {@code sessions}; each is recorded as it finishes, then counted. */
  private static List<CompletableFuture<List<ResultRow>>> submitAll(SessionRunner where,
      List<PlannedSession> sessions, ResultsFiles files, AtomicInteger finished) {
    List<CompletableFuture<List<ResultRow>>> futures = new ArrayList<>();
    for (PlannedSession s : sessions) {
      CompletableFuture<List<ResultRow>> row = new CompletableFuture<>();
      futures.add(row);
      where.submit(s, r -> {
        try {
          files.transcript(s, r);
          files.rows(r.rows());
          finished.incrementAndGet();
          row.complete(r.rows());
        } catch (RuntimeException e) {
          row.completeExceptionally(e);
        }
      }, row::completeExceptionally);
    }
    return futures;
  }

  /** Waits up to {@code millis} for {@code all}; true once it is done, failed or not. */
  private static boolean finishedWithin(CompletableFuture<Void> all, long millis) {
    try {
      all.get(millis, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return true; // reported by rowsOf, naming the first session that failed
    }
  }

  /**
   * The rows of finished sessions (one per party), or the first failure: a {@link RunStoppedException} as it is
   * (the person running it can act on it), anything else as a failure of Parley itself.
   */
  private static List<ResultRow> rowsOf(List<CompletableFuture<List<ResultRow>>> futures) {
    List<ResultRow> rows = new ArrayList<>();
    for (CompletableFuture<List<ResultRow>> f : futures) {
      try {
        rows.addAll(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RunStoppedException stopped) {
          throw stopped;
        }
        throw new IllegalStateException("a session failed inside Parley: " + e.getCause(),
            e.getCause());
      }
    }
    return rows;
  }

  /** A duration for people: 350 ms, 12.5 s, 9 min. */
  static String human(double seconds) {
    if (seconds < 1) {
      return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
    }
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return String.format(Locale.ROOT, "%.0f min", seconds / 60);
  }
}
