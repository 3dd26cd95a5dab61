package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.engine.tournament.ResultRow;

/**
 * Per strategy, over every seat it took: mean utility, agreement rate, distance to the Nash point
 * and to the Pareto frontier (deals only), and social welfare, each with a 95% confidence interval
 * (mean ± 1.96·s/√n, the normal approximation).
 */
public record Leaderboard(List<Line> lines) {

  public record Stat(double mean, double half, int n) {
    static Stat of(List<Double> xs) {
      int n = xs.size();
      if (n == 0) {
        return new Stat(Double.NaN, Double.NaN, 0);
      }
      double mean = xs.stream().mapToDouble(Double::doubleValue).sum() / n;
      double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
      double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
      return new Stat(mean, 1.96 * sd / Math.sqrt(n), n);
    }

    public String text() {
      return n == 0 ? "–" : String.format(Locale.ROOT, "%.3f ± %.3f", mean, half);
    }
  }

  record Line(String strategy, int seats, Stat utility, Stat agreement, Stat nash, Stat pareto,
      Stat welfare) {
  }

  static Leaderboard of(List<ResultRow> rows) {
    Map<String, List<List<Double>>> samples = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      for (Map.Entry<String, String> seat : r.strategies().entrySet()) {
        List<List<Double>> s = samples.computeIfAbsent(seat.getValue(), k -> {
          List<List<Double>> l = new ArrayList<>();
          for (int i = 0; i < 5; i++) {
            l.add(new ArrayList<>());
          }
          return l;
        });
        s.get(0).add(r.utilities().get(seat.getKey()));
        s.get(1).add(r.agreement() ? 1.0 : 0.0);
        if (r.nashDistance() != null) {
          s.get(2).add(r.nashDistance());
        }
        if (r.paretoDistance() != null) {
          s.get(3).add(r.paretoDistance());
        }
        s.get(4).add(r.socialWelfare());
      }
    }
    List<Line> lines = new ArrayList<>();
    samples.forEach((name, s) -> lines.add(new Line(name, s.get(0).size(), Stat.of(s.get(0)),
        Stat.of(s.get(1)), Stat.of(s.get(2)), Stat.of(s.get(3)), Stat.of(s.get(4)))));
    lines.sort(Comparator.comparingDouble((Line l) -> -l.utility().mean())
        .thenComparing(Line::strategy));
    return new Leaderboard(lines);
  }

  String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("| rank | strategy | seats | mean utility | agreement rate | distance to Nash "
        + "| distance to Pareto | social welfare |\n|---|---|---|---|---|---|---|---|\n");
    int rank = 1;
    for (Line l : lines) {
      b.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %s |%n", rank++,
          l.strategy(), l.seats(), l.utility().text(), l.agreement().text(), l.nash().text(),
          l.pareto().text(), l.welfare().text()));
    }
    b.append("\n95% confidence intervals: mean ± 1.96·s/√n over the strategy's seats; distances "
        + "over its deals only.\n");
    return b.toString();
  }
}
