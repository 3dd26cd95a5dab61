package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.agents.tournament.Estimate;
import org.parley.agents.tournament.Failures;
import org.parley.agents.tournament.Leaderboard;
import org.parley.agents.tournament.Leaderboard.Line;
import org.parley.agents.tournament.Repetitions;
import org.parley.engine.tournament.ResultRow;

/**
 * The JSON documents of the results page: the summary of a results folder (every figure as
 * {@link Leaderboard} computed it, nothing recomputed) and the seats behind one of its figures.
 */
final class ResultsDocuments {

  /** Seats listed per request at most; the total is always given. */
  static final int MAX_SEATS = 500;
  /** Utilities per strategy in the distribution at most (an even spread of the sorted values). */
  static final int MAX_POINTS = 1000;

  private ResultsDocuments() {
  }

  /**
   * The folder's figures. A sweep's ranking is {@code sweep.csv}'s cells; its leaderboard lines,
   * matrix and distributions are its candidates' (their own seats), its failures every session's.
   */
  static JsonObject summary(ResultsFolder folder) {
    JsonObject o = new JsonObject();
    o.addProperty("folder", folder.dir().toAbsolutePath().normalize().toString());
    o.addProperty("kind", folder.kind().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("confidence", Estimate.CONFIDENCE);
    Leaderboard board = folder.leaderboard();
    o.addProperty("sessions", board.failures().sessions());
    Predicate<String> shown = s -> true;
    Repetitions repetitions = board.repetitions();
    if (folder.kind() == ResultsFolder.Kind.SWEEP) {
      JsonArray table = new JsonArray();
      folder.ranking().forEach(row -> {
        JsonArray cells = new JsonArray();
        row.forEach(cells::add);
        table.add(cells);
      });
      o.add("ranking", table);
      Set<String> candidates = new HashSet<>(); // column 1 below the header
      folder.ranking().subList(1, folder.ranking().size()).forEach(r -> candidates.add(r.get(1)));
      shown = candidates::contains;
      repetitions = Repetitions.of(ownSeats(folder)); // as sweep.md counts
    }
    List<Line> overall = lines(board.overall(), shown);
    o.add("leaderboard", json(overall));
    o.add("byOpponent", json(lines(board.byOpponent(), shown)));
    o.add("byScenario", json(lines(board.byScenario(), shown)));
    o.addProperty("warning", repetitions.warning().orElse(null));
    o.add("failures", failures(board.failures()));
    o.add("distributions", distributions(folder, overall));
    return o;
  }

  /** A sweep's candidates' own seats: on each session's candidate's side. */
  private static List<ResultRow> ownSeats(ResultsFolder folder) {
    return folder.sessions().values().stream().flatMap(List::stream).filter(r -> folder
        .candidate(r.session()).map(r.strategy()::equals).orElse(false)).toList();
  }

  private static List<Line> lines(List<Line> lines, Predicate<String> strategies) {
    return lines.stream().filter(l -> strategies.test(l.strategy())).toList();
  }

  private static JsonArray json(List<Line> lines) {
    JsonArray out = new JsonArray();
    for (Line l : lines) {
      JsonObject o = new JsonObject();
      o.addProperty("strategy", l.strategy());
      o.addProperty("group", l.group());
      o.add("utility", estimate(l.utility()));
      o.add("agreement", estimate(l.agreement()));
      o.add("nash", estimate(l.nash()));
      o.add("pareto", estimate(l.pareto()));
      o.add("welfare", estimate(l.welfare()));
      o.addProperty("blocks", l.blocks());
      o.addProperty("distinct", l.distinct());
      o.addProperty("seats", l.seats());
      o.addProperty("failedSeats", l.failedSeats());
      out.add(o);
    }
    return out;
  }

  /** Mean and half-width as numbers (null where absent: JSON has no NaN) and the CLI's text. */
  private static JsonObject estimate(Estimate e) {
    JsonObject o = new JsonObject();
    o.addProperty("mean", e.blocks() == 0 ? null : e.mean());
    o.addProperty("half", e.blocks() < 2 ? null : e.half());
    o.addProperty("blocks", e.blocks());
    o.addProperty("text", e.text());
    return o;
  }

  private static JsonObject failures(Failures f) {
    JsonObject o = new JsonObject();
    o.addProperty("sessions", f.sessions());
    o.addProperty("failed", f.failed());
    JsonArray counts = new JsonArray();
    for (Failures.Count c : f.counts()) {
      JsonObject co = new JsonObject();
      co.addProperty("strategy", c.strategy());
      co.addProperty("reason", c.reason());
      co.addProperty("sessions", c.sessions());
      co.addProperty("firstError", c.firstError());
      counts.add(co);
    }
    o.add("counts", counts);
    return o;
  }

  /**
   * Per strategy of {@code overall}, in its order, the utilities of its seats in sessions that
   * did not fail, sorted; at most {@link #MAX_POINTS}, evenly spread over the sorted values, with
   * the full count.
   */
  private static JsonArray distributions(ResultsFolder folder, List<Line> overall) {
    Map<String, List<Double>> utilities = new LinkedHashMap<>();
    overall.forEach(l -> utilities.put(l.strategy(), new ArrayList<>()));
    folder.sessions().values().forEach(session -> session.stream()
        .filter(r -> !r.failed() && utilities.containsKey(r.strategy()))
        .forEach(r -> utilities.get(r.strategy()).add(r.utility())));
    JsonArray out = new JsonArray();
    utilities.forEach((strategy, values) -> {
      values.sort(null);
      JsonArray points = new JsonArray();
      int n = values.size();
      int shown = Math.min(n, MAX_POINTS);
      for (int i = 0; i < shown; i++) {
        points.add(values.get(shown == n ? i : (int) ((long) i * (n - 1) / (shown - 1))));
      }
      JsonObject o = new JsonObject();
      o.addProperty("strategy", strategy);
      o.addProperty("seats", n);
      o.add("utilities", points);
      out.add(o);
    });
    return out;
  }

  /** The seats the query asks for, in file order: the first {@link #MAX_SEATS} and the total. */
  static JsonObject seats(ResultsFolder folder, ResultsQuery query) {
    JsonArray list = new JsonArray();
    int total = 0;
    for (List<ResultRow> session : folder.sessions().values()) {
      for (ResultRow r : session) {
        if (query.test(r, session, folder.candidate(r.session()))) {
          if (++total <= MAX_SEATS) {
            list.add(seat(folder, r, session));
          }
        }
      }
    }
    JsonObject o = new JsonObject();
    o.addProperty("total", total);
    o.addProperty("limit", MAX_SEATS);
    o.add("seats", list);
    return o;
  }

  private static JsonObject seat(ResultsFolder folder, ResultRow r, List<ResultRow> session) {
    JsonObject o = new JsonObject();
    o.addProperty("session", r.session());
    o.addProperty("candidate", folder.candidate(r.session()).orElse(null));
    o.addProperty("scenario", r.scenario());
    o.addProperty("repetition", r.repetition());
    o.addProperty("seed", Long.toString(r.seed())); // 64-bit: beyond a JavaScript number
    o.addProperty("party", r.party());
    o.addProperty("strategy", r.strategy());
    o.addProperty("opponents", r.opponents());
    JsonObject utilities = new JsonObject();
    session.forEach(s -> utilities.addProperty(s.party(), s.utility()));
    o.add("utilities", utilities);
    o.addProperty("outcome", r.outcome());
    o.addProperty("failed", r.failed());
    o.addProperty("causedBy", r.causedBy());
    o.addProperty("error", r.error() == null ? null
        : TranscriptStore.abbreviate(r.error().strip().lines().findFirst().orElse(""), 200));
    o.addProperty("rounds", r.rounds());
    o.addProperty("replay", folder.hasTranscript(r.session()));
    return o;
  }
}
