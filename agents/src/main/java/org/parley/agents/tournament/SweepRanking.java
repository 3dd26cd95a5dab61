package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.agents.files.CsvLines;
import org.parley.agents.tournament.Sweep.Candidate;
import org.parley.agents.tournament.Sweep.Rank;
import org.parley.engine.tournament.ResultRow;

/**
 * A sweep's ranking from its rows: per candidate, {@link Estimate}s over its blocks (scenario ×
 * opponent × side, repetitions averaged first; failed sessions left out), and the paired gap to
 * the best candidate, block by block over the blocks both have.
 *
 * @param ranks best mean utility first
 */
public record SweepRanking(List<Rank> ranks, List<String> parameters, Repetitions repetitions,
    Failures failures) {

  /**
   * @param seats each candidate's own rows, by candidate index
   * @param all every row of the sweep, both parties of every session
   */
  static SweepRanking of(List<Candidate> candidates, List<List<ResultRow>> seats,
      List<ResultRow> all) {
    List<Map<Object, Double>> means = new ArrayList<>();
    int best = -1;
    for (int c = 0; c < candidates.size(); c++) {
      means.add(Estimate.blockMeansByBlock(seats.get(c).stream().filter(r -> !r.failed())
          .toList(), Leaderboard::block, ResultRow::utility));
      if (!means.get(c).isEmpty() && (best < 0 || mean(means.get(c)) > mean(means.get(best)))) {
        best = c;
      }
    }
    List<Rank> ranks = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      List<ResultRow> mine = seats.get(c);
      List<ResultRow> ok = mine.stream().filter(r -> !r.failed()).toList();
      List<Double> gaps = new ArrayList<>();
      if (best >= 0) {
        Map<Object, Double> top = means.get(best);
        means.get(c).forEach((block, u) -> {
          if (top.containsKey(block)) {
            gaps.add(top.get(block) - u);
          }
        });
      }
      Set<List<Object>> distinct = new HashSet<>();
      ok.forEach(r -> distinct.add(List.of(Leaderboard.block(r), Repetitions.outcome(r))));
      Candidate cand = candidates.get(c);
      ranks.add(new Rank(cand.name(), cand.parameters(), Estimate.of(List.copyOf(
          means.get(c).values())), Estimate.overBlocks(ok, Leaderboard::block,
          r -> r.agreement() ? 1.0 : 0.0), Estimate.of(gaps), mine.size(),
          mine.size() - ok.size(), distinct.size()));
    }
    ranks.sort(Comparator.comparing((Rank r) -> r.utility().blocks() == 0)
        .thenComparingDouble(r -> r.utility().blocks() == 0 ? 0 : -r.utility().mean())
        .thenComparing(Rank::name));
    return new SweepRanking(ranks, List.copyOf(candidates.get(0).parameters().keySet()),
        Repetitions.of(seats.stream().flatMap(List::stream).toList()), Failures.of(all));
  }

  private static double mean(Map<Object, Double> blockMeans) {
    return blockMeans.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  /** {@code sweep.csv}: one row per candidate; a {@code _ci95} column is an interval's half. */
  String csv() {
    List<Object> header = new ArrayList<>(List.of("rank", "candidate"));
    header.addAll(parameters);
    header.addAll(List.of("mean_utility", "utility_ci95", "agreement_rate", "agreement_ci95",
        "gap_to_best", "gap_ci95", "blocks", "distinct_outcomes", "sessions", "failed"));
    StringBuilder table = new StringBuilder(CsvLines.line(header));
    for (int i = 0; i < ranks.size(); i++) {
      Rank r = ranks.get(i);
      List<Object> row = new ArrayList<>(List.of(i + 1, r.name()));
      row.addAll(r.parameters().values());
      for (Estimate e : List.of(r.utility(), r.agreement(), r.gapToBest())) {
        row.add(e.blocks() == 0 ? null : e.mean());
        row.add(e.blocks() < 2 ? null : e.half());
      }
      row.addAll(List.of(r.utility().blocks(), r.distinct(), r.sessions(), r.failed()));
      table.append(CsvLines.line(row));
    }
    return table.toString();
  }

  /** {@code sweep.md}: the ranked table, what its intervals are, the warnings, the failures. */
  public String markdown() {
    StringBuilder b = new StringBuilder("| rank | candidate | mean utility | agreement rate "
        + "| gap to best (paired) | blocks | distinct outcomes | sessions | failed |\n"
        + "|---|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < ranks.size(); i++) {
      Rank r = ranks.get(i);
      b.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %d | %d | %d | %d |%n",
          i + 1, Failures.cell(r.name()), r.utility().text(), r.agreement().text(),
          i == 0 ? "best" : r.gapToBest().text(), r.utility().blocks(), r.distinct(),
          r.sessions(), r.failed()));
    }
    b.append("\nEvery figure leaves out failed sessions (see Failures). 95% confidence intervals "
        + "over k independent blocks, a block being one scenario × opponent × side whose "
        + "repetitions are averaged first: mean ± t·s/√k (Student's t, k − 1 degrees of "
        + "freedom). The gap is paired: per block, the best's mean utility minus this "
        + "candidate's, on the same seeds (common random numbers), then over the blocks.\n");
    repetitions.warning().ifPresent(w -> b.append('\n').append(w).append('\n'));
    return b.append('\n').append(failures.markdown()).toString();
  }
}
