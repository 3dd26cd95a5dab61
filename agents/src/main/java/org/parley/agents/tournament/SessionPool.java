package org.parley.agents.tournament;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Transcript;

/**
 * Runs sessions on one runtime, {@code parallelism} at a time: a tournament's own sessions, or a
 * worker's share of a distributed one. On the direct runtime a watchdog cuts a turn that outlasts
 * the turn limit (see {@link TurnGuard}): the session is recorded as a timeout of that party, the
 * stuck thread is interrupted and left behind, and a new thread takes its slot. The JADE runtime
 * enforces the same limit itself.
 */
public final class SessionPool implements AutoCloseable {

  private final String runtime;
  private final StrategyCatalog catalog;
  private final Duration turnLimit;
  private final JadePlatform container;
  private final ThreadPoolExecutor pool;
  private final Set<Guarded> guarded = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService watchdog;
  private JadeRuntime jade;

  /** A direct session under way: its guard, its thread, and where its transcript goes. */
  private record Guarded(TurnGuard guard, Thread thread, Consumer<Transcript> done) {
  }

  /**
   * @param container the container a JADE runtime runs its agents in, or null to start a local
   *     platform when the first JADE session comes
   */
  public SessionPool(String runtime, int parallelism, Duration turnLimit, StrategyCatalog catalog,
      JadePlatform container) {
    this.runtime = runtime;
    this.catalog = catalog;
    this.turnLimit = turnLimit;
    this.container = container;
    this.pool = new ThreadPoolExecutor(parallelism, parallelism, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "parley-session");
          t.setDaemon(true);
          return t;
        });
    if (runtime.equals(DirectRunner.RUNTIME)) {
      watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-session-watchdog");
        t.setDaemon(true);
        return t;
      });
      long period = Math.max(5, turnLimit.toMillis() / 4);
      watchdog.scheduleAtFixedRate(this::watch, period, period, TimeUnit.MILLISECONDS);
    } else {
      watchdog = null;
    }
  }

  /**
   * Runs a session; {@code done} gets its transcript (a fault of a strategy is in the transcript),
   * {@code failed} a failure of Parley itself. Either is called once, from a pool thread or the
   * watchdog.
   */
  public void submit(ScenarioAnalysis analysis, SessionSpec spec, Consumer<Transcript> done,
      Consumer<Throwable> failed) {
    pool.execute(() -> {
      try {
        Transcript t = run(analysis, spec, done);
        if (t != null) {
          done.accept(t);
        }
      } catch (RuntimeException | Error e) {
        failed.accept(e);
      }
    });
  }

  /** The transcript, or null when the watchdog cut a turn and handed the transcript on itself. */
  private Transcript run(ScenarioAnalysis analysis, SessionSpec spec, Consumer<Transcript> done) {
    if (runtime.equals(JadeRuntime.RUNTIME)) {
      synchronized (this) {
        if (jade == null) {
          jade = new JadeRuntime(container != null ? container
              : JadePlatform.startMain("127.0.0.1", 0, null), catalog, turnLimit,
              InstantSource.system());
        }
      }
      return jade.run(analysis, spec);
    }
    Guarded g = new Guarded(new TurnGuard(), Thread.currentThread(), done);
    guarded.add(g);
    try {
      return new DirectRunner(analysis, catalog, InstantSource.system()).run(spec, g.guard());
    } finally {
      guarded.remove(g);
      Thread.interrupted(); // a late interrupt from the watchdog must not reach the next task
    }
  }

  private void watch() {
    long now = System.nanoTime();
    for (Guarded g : guarded) {
      g.guard().cutIfOver(turnLimit, now).ifPresent(t -> {
        guarded.remove(g);
        g.thread().interrupt();
        synchronized (pool) {
          // the stuck thread keeps its slot: add one so that the pool keeps its pace
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        g.done().accept(t);
      });
    }
  }

  @Override
  public void close() {
    if (watchdog != null) {
      watchdog.shutdownNow();
    }
    pool.shutdownNow();
    if (jade != null) {
      jade.close();
    }
  }
}
