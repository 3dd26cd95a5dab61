package org.parley.agents.jade;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Enforces per-turn time limits for every chair of a runtime with one daemon thread: every
 * {@code period} it wakes the chairs whose wait has passed its deadline. A chair's hot path then
 * costs one volatile write per turn instead of a JADE timer (which wakes JADE's timer thread on
 * every turn). Timeouts are noticed within one period of the limit.
 */
final class TurnWatchdog implements AutoCloseable {

  private final Set<ChairAgent> chairs = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService thread;

  TurnWatchdog(Duration period) {
    thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "parley-turn-watchdog");
      t.setDaemon(true);
      return t;
    });
    long millis = Math.max(1, period.toMillis());
    thread.scheduleAtFixedRate(this::check, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** A check period that notices a timeout within a tenth of the shortest limit (5–100 ms). */
  static Duration periodFor(Duration shortestLimit) {
    return Duration.ofMillis(Math.max(5, Math.min(100, shortestLimit.toMillis() / 10)));
  }

  void watch(ChairAgent chair) {
    chairs.add(chair);
  }

  void forget(ChairAgent chair) {
    chairs.remove(chair);
  }

  private void check() {
    long now = System.nanoTime();
    for (ChairAgent chair : chairs) {
      if (chair.overdue(now)) {
        chair.wake();
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
