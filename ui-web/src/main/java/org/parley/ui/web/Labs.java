package org.parley.ui.web;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agents.strategy.Preset;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.jade.MessageLog;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** Lab sessions: bots only, on the server's JADE platform, paced so that people can watch. */
final class Labs {

  private static final Logger LOG = Logger.getLogger(Labs.class.getName());
  static final int MAX_PACE_MS = 2000;
  /** The longest a lab session may take at its pace: people watch it, it is not a batch job. */
  static final java.time.Duration MAX_DURATION = java.time.Duration.ofMinutes(15);

  private final JadeRuntime jade;
  private final StrategyCatalog catalog;
  private final Scenarios scenarios;
  private final TranscriptStore store;
  private final ExecutorService background;
  private final Slots slots;
  private final Map<String, Lab> labs = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  private static final class Lab {
    final EventLog log;
    final Slots.Slot slot;
    volatile CompletableFuture<Transcript> done;
    volatile long endedAt;

    Lab(EventLog log, Slots.Slot slot) {
      this.log = log;
      this.slot = slot;
    }
  }

  Labs(JadeRuntime jade, StrategyCatalog catalog, Scenarios scenarios, TranscriptStore store,
      ExecutorService background, Slots slots) {
    this.jade = jade;
    this.catalog = catalog;
    this.scenarios = scenarios;
    this.store = store;
    this.background = background;
    this.slots = slots;
  }

  /** Starts a bot-only session for {@code client}; its actions stream at {@link #events}. */
  JsonObject start(JsonNode request, String client) {
    request.allowOnly(Set.of("scenario", "parties", "seed", "rounds", "pace"));
    Scenario sc = scenarios.get(request.opt("scenario").map(JsonNode::string)
        .orElse(ScenarioCatalog.DEFAULT_ID));
    Map<String, JsonNode> given = request.opt("parties").map(JsonNode::fields).orElse(Map.of());
    for (String key : given.keySet()) {
      if (!sc.partyIds().contains(key)) {
        throw ApiError.badRequest("parties." + TranscriptStore.abbreviate(key)
            + ": scenario '" + sc.id() + "' has no such party; parties are " + sc.partyIds());
      }
    }
    List<Seat> seats = new ArrayList<>();
    for (String p : sc.partyIds()) {
      JsonNode g = given.get(p);
      String spec = g == null ? Preset.DEFAULT_BOT
          : g.isString() ? g.string() : g.raw().toString();
      try {
        catalog.check(new NegotiatorSpec(spec));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("parties." + p + ": " + e.getMessage());
      }
      seats.add(new Seat(p, new NegotiatorSpec(spec)));
    }
    long seed = request.opt("seed").map(JsonNode::longValue).orElse((long) random.nextInt(
        1_000_000));
    int rounds = request.opt("rounds").map(n -> n.integer(2, Games.MAX_ROUNDS))
        .orElse(Games.roomRounds(sc));
    int pace = request.opt("pace").map(n -> n.integer(0, MAX_PACE_MS)).orElse(200);
    long longest = (long) pace * rounds * sc.parties().size();
    if (longest > MAX_DURATION.toMillis()) {
      throw ApiError.badRequest(String.format(java.util.Locale.ROOT, "a lab session of %d rounds "
          + "at a pace of %d ms could take %.0f minutes; the most is %d: give fewer rounds or a "
          + "faster pace (or run it with 'parley run')", rounds, pace, longest / 60_000.0,
          MAX_DURATION.toMinutes()));
    }
    Slots.forgetOld(labs, l -> l.endedAt);
    Slots.Slot slot = slots.acquire(client);
    String id = Games.newId(random);
    Lab lab = new Lab(new EventLog(background), slot);
    labs.put(id, lab);
    SessionSpec spec = new SessionSpec("lab-" + id, seats, seed, new Deadline(rounds));
    MessageLog messages = new MessageLog();
    CompletableFuture<Transcript> done;
    try {
      // The observer runs in the chair's thread before it gives the next turn, so sleeping there
      // paces the session without touching the bots' turn limits.
      done = jade.start(scenarios.analysis(sc), spec, Map.of(), Map.of(), e -> {
        lab.log.publish("action", SessionDocuments.event(e).toString(), false);
        if (pace > 0) {
          try {
            Thread.sleep(pace);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
          }
        }
      }, messages);
    } catch (RuntimeException e) {
      labs.remove(id);
      slot.release();
      throw e;
    }
    lab.done = done;
    done.whenCompleteAsync((t, error) -> finish(id, lab, t, error, messages), background);
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("scenario", sc.id());
    o.addProperty("pace", pace);
    return o;
  }

  private void finish(String id, Lab lab, Transcript t, Throwable error, MessageLog messages) {
    JsonObject end = new JsonObject();
    try {
      if (t != null) {
        store.writeMessages("lab-" + id, messages);
        store.write("lab-" + id, t);
        end.add("outcome", SessionDocuments.outcome(t.outcome()));
        end.addProperty("transcript", "lab-" + id);
      } else {
        end.addProperty("error", String.valueOf(error));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot store the transcript of lab session " + id, e);
      end.addProperty("error", "cannot store the transcript: " + e.getMessage());
    }
    lab.endedAt = System.nanoTime();
    lab.slot.release();
    lab.log.publish("end", end.toString(), true);
  }

  EventLog events(String id) {
    return lab(id).log;
  }

  /** Ends a running lab session as cancelled; false if it had already ended. */
  boolean cancel(String id) {
    Lab l = lab(id);
    return l.done != null && jade.cancel(l.done, null,
        org.parley.engine.protocol.SessionOutcome.Reason.CANCELLED, "stopped by a watcher");
  }

  private Lab lab(String id) {
    Lab l = id == null ? null : labs.get(id);
    if (l == null) {
      throw ApiError.notFound("no lab session '" + TranscriptStore.abbreviate(id) + "'");
    }
    return l;
  }
}
