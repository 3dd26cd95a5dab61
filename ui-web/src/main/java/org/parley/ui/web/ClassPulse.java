package org.parley.ui.web;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The instructor's live board hears when something happened in a class (a move, a game ending, a
 * student joining) as a server-sent {@code change} event, and fetches the board then. Changes are
 * gathered for a quarter of a second, so a class of a hundred busy students sends at most four
 * events a second.
 */
final class ClassPulse {

  private static final long GATHER_MS = 250;

  private final Map<String, List<SseClient>> watchers = new ConcurrentHashMap<>();
  private final Map<String, Boolean> due = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;

  ClassPulse(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  void close() {
    timer.shutdownNow();
  }

  void watch(String classId, SseClient client) {
    client.keepAlive();
    List<SseClient> list = watchers.computeIfAbsent(classId, k -> new CopyOnWriteArrayList<>());
    list.add(client);
    client.onClose(() -> list.remove(client));
    client.sendEvent("change", "{}");
  }

  /** Something changed in class {@code classId}: its watchers hear of it shortly. */
  void changed(String classId) {
    if (due.putIfAbsent(classId, Boolean.TRUE) == null) {
      timer.schedule(() -> {
        due.remove(classId);
        for (SseClient c : watchers.getOrDefault(classId, List.of())) {
          if (!c.terminated()) {
            try {
              c.sendEvent("change", "{}");
            } catch (RuntimeException e) {
              c.close();
            }
          }
        }
      }, GATHER_MS, TimeUnit.MILLISECONDS);
    }
  }
}
