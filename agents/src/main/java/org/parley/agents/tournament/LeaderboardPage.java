package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.agents.tournament.Leaderboard.Line;

/**
 * {@code leaderboard.md}: the ranking with intervals and counts, what the figures are made of,
 * the warning about repetitions that added nothing, the strategy × opponent and strategy ×
 * scenario matrices, and the failures.
 */
final class LeaderboardPage {

  private LeaderboardPage() {
  }

  static String markdown(Leaderboard board) {
    StringBuilder b = new StringBuilder();
    b.append("| rank | strategy | mean utility | agreement rate | distance to Nash "
        + "| distance to Pareto | social welfare | blocks | distinct outcomes | seats | failed |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|\n");
    int rank = 1;
    for (Line l : board.overall()) {
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d | %d | %d "
          + "| %d |%n", l.blocks() == 0 ? "–" : String.valueOf(rank++),
          Failures.cell(l.strategy()), l.utility().text(), l.agreement().text(), l.nash().text(),
          l.pareto().text(), l.welfare().text(), l.blocks(), l.distinct(), l.seats(),
          l.failedSeats()));
    }
    b.append("\nEvery figure leaves out failed sessions (see Failures). 95% confidence "
        + "intervals: mean ± t·s/√k over k independent blocks, a block being one scenario × "
        + "opponent × side whose repetitions are averaged first (Student's t, k − 1 degrees of "
        + "freedom); distances to Nash and Pareto over deals only; social welfare is the sum of "
        + "the parties' utilities, reservation values without a deal.\n");
    board.repetitions().warning().ifPresent(w -> b.append('\n').append(w).append('\n'));
    matrix(b, "By opponent", "opponent", board.byOpponent());
    matrix(b, "By scenario", "scenario", board.byScenario());
    b.append('\n').append(board.failures().markdown());
    return b.toString();
  }

  /** A strategy × group table of mean utilities, strategies in rank order. */
  private static void matrix(StringBuilder b, String title, String what, List<Line> lines) {
    Map<String, Map<String, Line>> cells = new LinkedHashMap<>();
    List<String> columns = new ArrayList<>();
    for (Line l : lines) {
      cells.computeIfAbsent(l.strategy(), k -> new LinkedHashMap<>()).put(l.group(), l);
      if (!columns.contains(l.group())) {
        columns.add(l.group());
      }
    }
    columns.sort(null);
    b.append("\n## ").append(title).append("\n\nMean utility of the row's strategy per ")
        .append(what).append(" (repetitions averaged within each block, then blocks averaged); "
            + "intervals and block counts are in leaderboard.csv.\n\n| strategy |");
    columns.forEach(c -> b.append(' ').append(Failures.cell(c)).append(" |"));
    b.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
    cells.forEach((strategy, row) -> {
      b.append("| ").append(Failures.cell(strategy)).append(" |");
      for (String c : columns) {
        Line l = row.get(c);
        b.append(' ').append(l == null || l.utility().blocks() == 0 ? "–"
            : String.format(Locale.ROOT, "%.3f", l.utility().mean())).append(" |");
      }
      b.append('\n');
    });
  }
}
