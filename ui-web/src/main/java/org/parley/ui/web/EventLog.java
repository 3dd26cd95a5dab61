package org.parley.ui.web;

import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

/**
 * A session's event stream as the browser may see it: every message is kept, a new subscriber gets
 * the past ones first, and sends happen on the server's broadcast thread, never on the thread of the
 * agent that produced the event.
 */
final class EventLog {

  private record Message(String event, String data) {
  }

  private final List<Message> past = new ArrayList<>();
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private final ExecutorService broadcast;
  private boolean closed;

  EventLog(ExecutorService broadcast) {
    this.broadcast = broadcast;
  }

  /** Queues a message for every subscriber; {@code last} closes the stream after it. */
  void publish(String event, String data, boolean last) {
    broadcast.execute(() -> {
      synchronized (this) {
        past.add(new Message(event, data));
        closed |= last;
      }
      for (SseClient c : clients) {
        send(c, event, data);
        if (last) {
          c.close();
        }
      }
      if (last) {
        clients.clear();
      }
    });
  }

  void subscribe(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    broadcast.execute(() -> {
      List<Message> copy;
      boolean ended;
      synchronized (this) {
        copy = List.copyOf(past);
        ended = closed;
      }
      for (Message m : copy) {
        send(client, m.event(), m.data());
      }
      if (ended) {
        client.close();
      } else {
        clients.add(client);
      }
    });
  }

  private static void send(SseClient c, String event, String data) {
    if (!c.terminated()) {
      try {
        c.sendEvent(event, data);
      } catch (RuntimeException e) {
        c.close();
      }
    }
  }
}
