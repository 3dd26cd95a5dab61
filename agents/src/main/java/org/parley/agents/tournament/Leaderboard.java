package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parley.agents.files.CsvLines;
import org.parley.engine.tournament.ResultRow;

/**
 * Per strategy, over the sessions that did not fail: mean utility, agreement rate, distance to
 * the Nash point and to the Pareto frontier (deals only) and social welfare, each an
 * {@link Estimate} over independent blocks (one block: a scenario × opponent(s) × side, its
 * repetitions averaged first); overall, by opponent and by scenario. Failed sessions are counted
 * per strategy and summed up in {@link Failures}, never averaged in.
 *
 * @param overall one line per strategy, best mean utility first; strategies with no session that
 *     did not fail last
 * @param byOpponent one line per strategy and opponent(s) it met
 * @param byScenario one line per strategy and scenario
 */
public record Leaderboard(List<Line> overall, List<Line> byOpponent, List<Line> byScenario,
    Repetitions repetitions, Failures failures) {

  /**
   * One strategy's figures over a group of its seats.
   *
   * @param group the opponent(s) or the scenario the line is about; null for all seats
   * @param seats its seats in the group, failed sessions included
   * @param failedSeats its seats in sessions that failed (left out of every figure)
   * @param distinct distinct outcomes over its blocks (a block whose repetitions are copies of
   *     one deterministic session counts 1)
   */
  public record Line(String strategy, String group, int seats, int failedSeats, int blocks,
      int distinct, Estimate utility, Estimate agreement, Estimate nash, Estimate pareto,
      Estimate welfare) {

    static Line of(String strategy, String group, List<ResultRow> seats) {
      List<ResultRow> ok = seats.stream().filter(r -> !r.failed()).toList();
      Function<ResultRow, Object> b = Leaderboard::block;
      Estimate utility = Estimate.overBlocks(ok, b, ResultRow::utility);
      Set<List<Object>> outcomes = new HashSet<>();
      ok.forEach(r -> outcomes.add(List.of(block(r), Repetitions.outcome(r))));
      return new Line(strategy, group, seats.size(), seats.size() - ok.size(), utility.blocks(),
          outcomes.size(), utility, Estimate.overBlocks(ok, b, r -> r.agreement() ? 1.0 : 0.0),
          Estimate.overBlocks(ok, b, ResultRow::nashDistance),
          Estimate.overBlocks(ok, b, ResultRow::paretoDistance),
          Estimate.overBlocks(ok, b, ResultRow::socialWelfare));
    }
  }

  /** The independent unit of a seat: its scenario, its opponent(s) and its side. */
  static List<Object> block(ResultRow r) {
    return List.of(r.scenario(), r.opponents(), r.party());
  }

  /** The leaderboard of results rows (one per party per session). */
  public static Leaderboard of(List<ResultRow> rows) {
    Map<String, List<ResultRow>> byStrategy = group(rows, ResultRow::strategy);
    List<Line> overall = new ArrayList<>();
    byStrategy.forEach((s, seats) -> overall.add(Line.of(s, null, seats)));
    overall.sort(Comparator.comparing((Line l) -> l.utility().blocks() == 0)
        .thenComparingDouble(l -> l.utility().blocks() == 0 ? 0 : -l.utility().mean())
        .thenComparing(Line::strategy));
    List<Line> byOpponent = new ArrayList<>();
    List<Line> byScenario = new ArrayList<>();
    for (Line l : overall) {
      List<ResultRow> seats = byStrategy.get(l.strategy());
      group(seats, ResultRow::opponents).forEach((o, in) -> byOpponent.add(
          Line.of(l.strategy(), o, in)));
      group(seats, ResultRow::scenario).forEach((sc, in) -> byScenario.add(
          Line.of(l.strategy(), sc, in)));
    }
    return new Leaderboard(overall, byOpponent, byScenario, Repetitions.of(rows),
        Failures.of(rows));
  }

  private static Map<String, List<ResultRow>> group(List<ResultRow> rows,
      Function<ResultRow, String> key) {
    Map<String, List<ResultRow>> out = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(ResultRow::session)
        .thenComparing(ResultRow::party))
        .forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
    return out;
  }

  /**
   * {@code leaderboard.csv}: every line (overall, by opponent, by scenario) as one tidy row;
   * {@code by} says which, {@code group} names the opponent(s) or scenario. A {@code _ci95}
   * column is the half-width of the 95% interval; empty with fewer than two blocks.
   */
  String csv() {
    StringBuilder b = new StringBuilder(CsvLines.line(List.of("strategy", "by", "group",
        "mean_utility", "utility_ci95", "agreement_rate", "agreement_ci95", "nash_distance",
        "nash_ci95", "pareto_distance", "pareto_ci95", "social_welfare", "welfare_ci95",
        "blocks", "distinct_outcomes", "seats", "failed_seats")));
    overall.forEach(l -> b.append(csvLine("all", l)));
    byOpponent.forEach(l -> b.append(csvLine("opponent", l)));
    byScenario.forEach(l -> b.append(csvLine("scenario", l)));
    return b.toString();
  }

  private static String csvLine(String by, Line l) {
    List<Object> cells = new ArrayList<>(List.of(l.strategy(), by));
    cells.add(l.group());
    for (Estimate e : List.of(l.utility(), l.agreement(), l.nash(), l.pareto(), l.welfare())) {
      cells.add(e.blocks() == 0 ? null : e.mean());
      cells.add(e.blocks() < 2 ? null : e.half());
    }
    cells.addAll(List.of(l.blocks(), l.distinct(), l.seats(), l.failedSeats()));
    return CsvLines.line(cells);
  }
}
