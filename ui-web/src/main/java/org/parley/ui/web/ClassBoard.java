package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.engine.analysis.Move;
import org.parley.engine.analysis.MoveClassifier;
import org.parley.engine.io.JsonNode;
import org.parley.engine.transcript.Transcript;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.GameRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * The instructor's board of a class: one row per student game, live while it runs (round, time
 * left) and with its result once over (utilities, rounds, distances to Nash and the frontier, the
 * student's moves by class). The same rows make the CSV export; the revealed board that students
 * see is the same with names hidden if asked.
 */
final class ClassBoard {

  static final List<String> CSV_COLUMNS = List.of("student", "side", "opponent", "state",
      "agreement", "outcome", "rounds", "utility", "opponent_utility", "nash_distance",
      "pareto_distance", "moves", "transcript");

  private ClassBoard() {
  }

  /** A finished game's result as stored: outcome, metrics, rounds; each person's side added. */
  static JsonObject result(Transcript t) {
    JsonObject o = new JsonObject();
    o.add("outcome", SessionDocuments.outcome(t.outcome()));
    o.add("metrics", SessionDocuments.metrics(t.metrics()));
    o.addProperty("rounds", t.outcome().round() + 1);
    o.add("sides", new JsonObject());
    return o;
  }

  /** Adds {@code side}'s moves by class and its transcript (null while not stored). */
  static void addSide(JsonObject result, Transcript t, String side, String transcriptId) {
    Map<String, Integer> moves = new TreeMap<>();
    for (Move m : MoveClassifier.classify(t)) {
      if (m.party().equals(side)) {
        moves.merge(m.type().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    JsonObject mv = new JsonObject();
    moves.forEach(mv::addProperty);
    JsonObject mine = new JsonObject();
    mine.add("moves", mv);
    mine.addProperty("transcript", transcriptId);
    result.getAsJsonObject("sides").add(side, mine);
  }

  /** The board of class {@code c}; {@code hideNames} replaces names by "student N". */
  static JsonObject board(ClassRow c, ClassroomStore store, Games games, boolean hideNames) {
    JsonObject o = new JsonObject();
    o.addProperty("id", c.id());
    o.addProperty("title", c.title());
    o.addProperty("code", c.code());
    o.addProperty("closed", c.closedAt() != null);
    o.addProperty("revealed", c.revealed());
    o.add("settings", JsonNode.parse("settings", c.settings()).raw());
    o.addProperty("now", System.currentTimeMillis());
    Map<String, String> names = new TreeMap<>();
    List<StudentRow> students = store.students(c.id());
    for (int i = 0; i < students.size(); i++) {
      names.put(students.get(i).id(), hideNames ? "student " + (i + 1) : students.get(i).name());
    }
    JsonArray rows = new JsonArray();
    java.util.Set<String> playing = new java.util.HashSet<>();
    for (GameRow g : store.games(c.id())) {
      for (Map.Entry<String, String> seat : g.students().entrySet()) {
        if (seat.getValue() != null) {
          playing.add(seat.getValue());
          rows.add(row(g, seat.getKey(), names, games, hideNames));
        }
      }
    }
    for (StudentRow s : students) { // joined, waiting for a classmate
      if (!playing.contains(s.id())) {
        JsonObject w = new JsonObject();
        w.addProperty("student", names.get(s.id()));
        if (!hideNames) {
          w.addProperty("studentId", s.id());
        }
        w.addProperty("state", "waiting");
        rows.add(w);
      }
    }
    o.add("games", rows);
    o.add("summary", summary(rows));
    return o;
  }

  /** How the class's games went: deals, no deals by reason, still playing, waiting. */
  private static JsonObject summary(JsonArray rows) {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonElement e : rows) {
      JsonObject g = e.getAsJsonObject();
      String key = g.get("state").getAsString();
      if (g.has("result") && g.getAsJsonObject("result").has("outcome")) {
        JsonObject outcome = g.getAsJsonObject("result").getAsJsonObject("outcome");
        key = outcome.get("agreement").getAsBoolean() ? "deal"
            : outcome.get("reason").getAsString();
      }
      counts.merge(key, 1, Integer::sum);
    }
    JsonObject o = new JsonObject();
    counts.forEach(o::addProperty);
    return o;
  }

  private static JsonObject row(GameRow g, String side, Map<String, String> names, Games games,
      boolean hideNames) {
    JsonNode spec = JsonNode.parse("game " + g.id(), g.spec());
    String viewId = g.id() + "." + side;
    JsonObject o = new JsonObject();
    if (!hideNames) {
      o.addProperty("game", viewId);
    }
    o.addProperty("student", names.getOrDefault(g.students().get(side), "(left)"));
    o.addProperty("side", side);
    String other = g.students().entrySet().stream().filter(e -> !e.getKey().equals(side)
        && e.getValue() != null).map(e -> names.get(e.getValue())).findFirst().orElse(null);
    o.addProperty("opponent", other != null ? other
        : spec.opt("opponent").map(n -> Opponent.of(n.string()).name()).orElse("a bot"));
    if (g.endedAt() == null) {
      o.addProperty("state", "playing");
      games.find(viewId).ifPresent(game -> {
        JsonObject view = game.view();
        if (view.has("round")) {
          o.add("round", view.get("round"));
        }
        o.addProperty("actions", view.getAsJsonArray("history").size());
      });
      if (g.endsAt() != null) {
        o.addProperty("endsAt", g.endsAt());
      }
    } else {
      o.addProperty("state", "over");
      if (g.result() != null) {
        JsonObject all = JsonNode.parse("result", g.result()).raw().getAsJsonObject();
        JsonObject result = new JsonObject();
        for (String key : List.of("outcome", "metrics", "rounds", "error")) {
          if (all.has(key)) {
            result.add(key, all.get(key));
          }
        }
        JsonObject mine = all.has("sides") && all.getAsJsonObject("sides").has(side)
            ? all.getAsJsonObject("sides").getAsJsonObject(side) : new JsonObject();
        result.add("moves", mine.has("moves") ? mine.get("moves") : new JsonObject());
        if (!hideNames && mine.has("transcript")) {
          result.add("transcript", mine.get("transcript"));
        }
        o.add("result", result);
      }
    }
    return o;
  }

  /** The board as CSV, one row per game, for a spreadsheet or pandas. */
  static String csv(JsonObject board) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
      for (JsonElement e : board.getAsJsonArray("games")) {
        JsonObject g = e.getAsJsonObject();
        JsonObject r = g.has("result") ? g.getAsJsonObject("result") : new JsonObject();
        JsonObject outcome = r.has("outcome") ? r.getAsJsonObject("outcome") : null;
        JsonObject metrics = r.has("metrics") ? r.getAsJsonObject("metrics") : null;
        JsonObject utilities = metrics == null ? null : metrics.getAsJsonObject("utilities");
        String side = g.has("side") ? g.get("side").getAsString() : "";
        String other = utilities == null ? null : utilities.keySet().stream()
            .filter(p -> !p.equals(side)).findFirst().orElse(null);
        csv.printRecord(g.get("student").getAsString(), side,
            g.has("opponent") ? g.get("opponent").getAsString() : "",
            g.get("state").getAsString(),
            outcome == null ? "" : outcome.get("agreement").getAsBoolean(),
            outcome == null ? "" : outcome.get("text").getAsString(),
            r.has("rounds") ? r.get("rounds").getAsInt() : "",
            utilities == null ? "" : utilities.get(side).getAsDouble(),
            other == null ? "" : utilities.get(other).getAsDouble(),
            number(metrics, "nashDistance"), number(metrics, "paretoDistance"),
            r.has("moves") ? moves(r.getAsJsonObject("moves")) : "",
            r.has("transcript") && !r.get("transcript").isJsonNull()
                ? r.get("transcript").getAsString() : "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Object number(JsonObject o, String key) {
    return o == null || !o.has(key) || o.get(key).isJsonNull() ? "" : o.get(key).getAsDouble();
  }

  /** {@code concession 3; nice 1}: one cell, words a spreadsheet keeps as text. */
  private static String moves(JsonObject moves) {
    StringBuilder s = new StringBuilder();
    moves.entrySet().forEach(m -> s.append(s.length() == 0 ? "" : "; ").append(m.getKey())
        .append(' ').append(m.getValue().getAsInt()));
    return s.toString();
  }
}
