package org.parley.agents.tournament.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.agents.tournament.SessionResult;
import org.parley.engine.io.JsonNode;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;

/**
 * A worker's finished sessions on their way to the master, many to a message ({@link
 * Wire#RESULTS}). A batch goes when half of the sessions the worker holds are finished (the other
 * half keep its threads busy while the master sends more), when its oldest result has waited
 * {@link #MAX_WAIT}, or when it holds {@link #MAX_CHARS} of text. The last results of a run
 * therefore go at once: they are all the worker holds. A worker that dies loses only its unsent
 * batch, and the master runs those sessions again, as it does all of a lost worker's sessions in
 * flight. Any thread may add; the worker's agent takes.
 *
 * <p>Content: {@code {"sessions": [{"id", "rows": [results line, ...], "transcript"?}, or {"id",
 * "error"} when Parley itself failed]}}; a row is the results file's own line
 * ({@link ResultsCodec}), so what the master writes is what the worker made.
 */
final class ResultBatch {

  static final Duration MAX_WAIT = Duration.ofMillis(100);
  static final int MAX_CHARS = 1 << 20;

  /** One session's result in a batch. */
  sealed interface Entry permits Finished, Failed {
    String id();
  }

  /** A session that ran: its rows and, when the run keeps them, its transcript text. */
  record Finished(String id, SessionResult result) implements Entry {
  }

  /** A session Parley itself failed to run, with what went wrong. */
  record Failed(String id, String error) implements Entry {
  }

  private final List<Entry> entries = new ArrayList<>();
  /** Sessions given to this worker and not yet sent back (those in {@link #entries} included). */
  private int held;
  private long oldest;
  private long chars;

  /** The master gave the worker {@code sessions} more. */
  synchronized void given(int sessions) {
    held += sessions;
  }

  /**
   * Adds a result at {@code now} (nanoseconds); true when the agent should look now: a batch is
   * due, or this result starts one (its wait of {@link #MAX_WAIT} begins).
   */
  synchronized boolean add(Entry e, long now) {
    boolean first = entries.isEmpty();
    if (first) {
      oldest = now;
    }
    entries.add(e);
    chars += e instanceof Finished f ? length(f.result()) : ((Failed) e).error().length();
    return first || due(now);
  }

  /** The batch to send, when one is due at {@code now}; it leaves this batch. */
  synchronized Optional<JsonObject> takeIfDue(long now) {
    if (!due(now)) {
      return Optional.empty();
    }
    JsonArray sessions = new JsonArray();
    entries.forEach(e -> sessions.add(json(e)));
    held -= entries.size();
    entries.clear();
    chars = 0;
    JsonObject batch = new JsonObject();
    batch.add("sessions", sessions);
    return Optional.of(batch);
  }

  /** Nanoseconds from {@code now} until the results waiting are due; empty when none wait. */
  synchronized Optional<Long> untilDue(long now) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Math.max(0, oldest + MAX_WAIT.toNanos() - now));
  }

  private boolean due(long now) {
    return !entries.isEmpty() && (2 * entries.size() >= held
        || now - oldest >= MAX_WAIT.toNanos() || chars >= MAX_CHARS);
  }

  /** The entries of a batch's content, as the master reads it. */
  static List<Entry> read(JsonNode content) {
    List<Entry> out = new ArrayList<>();
    for (JsonNode s : content.get("sessions").items()) {
      String id = s.get("id").string();
      if (s.opt("error").isPresent()) {
        out.add(new Failed(id, s.get("error").string()));
        continue;
      }
      List<ResultRow> rows = new ArrayList<>();
      for (JsonNode line : s.get("rows").items()) {
        rows.add(ResultsCodec.read("a results row of session '" + id + "'", line.string()));
      }
      String transcript = s.opt("transcript").map(JsonNode::string).orElse(null);
      out.add(new Finished(id, new SessionResult(rows, transcript)));
    }
    return out;
  }

  private static JsonObject json(Entry e) {
    JsonObject o = new JsonObject();
    o.addProperty("id", e.id());
    if (e instanceof Finished f) {
      JsonArray rows = new JsonArray();
      f.result().rows().forEach(r -> rows.add(ResultsCodec.line(r)));
      o.add("rows", rows);
      if (f.result().transcript() != null) {
        o.addProperty("transcript", f.result().transcript());
      }
    } else {
      o.addProperty("error", ((Failed) e).error());
    }
    return o;
  }

  private static long length(SessionResult r) {
    long n = 200L * r.rows().size(); // a results line is about 200-400 characters
    return r.transcript() == null ? n : n + r.transcript().length();
  }
}
