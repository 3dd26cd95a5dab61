package org.parley.agents.tournament;

import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/**
 * Every strategy against every strategy on a two-party scenario, both ways round, over several
 * seeds (direct runtime): a Markdown table per pairing and a summary per strategy. Strategies are
 * named as in a tournament spec: presets, plug-ins, or labelled JSON specs.
 */
public final class StrategyMatrix {

  private final Scenario scenario;
  private final List<TournamentSpec.Entry> strategies;
  private final List<String> names; // as the tables show them
  private final int seeds;
  private final StrategyCatalog catalog;

  /** Throws IllegalArgumentException naming a strategy the catalog does not know. */
  public StrategyMatrix(Scenario scenario, List<TournamentSpec.Entry> strategies, int seeds,
      StrategyCatalog catalog) {
    if (scenario.parties().size() != 2) {
      throw new IllegalArgumentException("the matrix needs a two-party scenario; '"
          + scenario.id() + "' has " + scenario.parties().size());
    }
    if (seeds < 1) {
      throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
    }
    for (TournamentSpec.Entry e : strategies) {
      try {
        catalog.check(e.spec());
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException("strategy '" + e.name() + "': " + bad.getMessage(), bad);
      }
    }
    if (strategies.stream().map(TournamentSpec.Entry::name).distinct().count()
        < strategies.size()) {
      throw new IllegalArgumentException("two strategies have the same name: "
          + strategies.stream().map(TournamentSpec.Entry::name).toList());
    }
    this.scenario = scenario;
    this.strategies = List.copyOf(strategies);
    this.names = strategies.stream().map(TournamentSpec.Entry::name).toList();
    this.seeds = seeds;
    this.catalog = catalog;
  }

  /** Aggregates over the seeds of one pairing. */
  record Cell(double agreementRate, double first, double second, double nashDistance) {
  }

  public void print(PrintWriter out) {
    ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
    DirectRunner runner = new DirectRunner(analysis, catalog, InstantSource.system());
    String a = scenario.parties().get(0).id();
    String b = scenario.parties().get(1).id();
    Cell[][] cells = new Cell[names.size()][names.size()];
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        cells[i][j] = cell(runner, a, b, strategies.get(i).spec(), strategies.get(j).spec());
      }
    }
    out.printf(Locale.ROOT, "%s: rows play %s, columns play %s; %d seeds each. Cell: agreement "
        + "rate · mean U_%s / U_%s · mean distance to Nash (agreements only).%n%n", scenario.id(),
        a, b, seeds, a, b);
    StringBuilder header = new StringBuilder("| " + a + " \\ " + b + " |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String p : names) {
      header.append(' ').append(p).append(" |");
      rule.append("---|");
    }
    out.println(header);
    out.println(rule);
    for (int i = 0; i < names.size(); i++) {
      StringBuilder row = new StringBuilder("| " + names.get(i) + " |");
      for (int j = 0; j < names.size(); j++) {
        Cell c = cells[i][j];
        row.append(String.format(Locale.ROOT, " %.0f%% · %.2f/%.2f · %s |",
            100 * c.agreementRate(), c.first(), c.second(),
            Double.isNaN(c.nashDistance()) ? "–" : String.format(Locale.ROOT, "%.2f",
                c.nashDistance())));
      }
      out.println(row);
    }
    out.println();
    out.println("| strategy | agreement rate | mean own utility | mean opponent utility | "
        + "mean distance to Nash |");
    out.println("|---|---|---|---|---|");
    for (int i = 0; i < names.size(); i++) {
      double agree = 0;
      double own = 0;
      double other = 0;
      double nash = 0;
      int nashCount = 0;
      for (int j = 0; j < names.size(); j++) {
        Cell asFirst = cells[i][j];
        Cell asSecond = cells[j][i];
        agree += asFirst.agreementRate() + asSecond.agreementRate();
        own += asFirst.first() + asSecond.second();
        other += asFirst.second() + asSecond.first();
        for (Cell c : List.of(asFirst, asSecond)) {
          if (!Double.isNaN(c.nashDistance())) {
            nash += c.nashDistance();
            nashCount++;
          }
        }
      }
      int n = 2 * names.size();
      out.printf(Locale.ROOT, "| %s | %.0f%% | %.3f | %.3f | %s |%n", names.get(i),
          100 * agree / n, own / n, other / n,
          nashCount == 0 ? "–" : String.format(Locale.ROOT, "%.3f", nash / nashCount));
    }
    out.flush();
  }

  private Cell cell(DirectRunner runner, String a, String b, NegotiatorSpec pa,
      NegotiatorSpec pb) {
    double agreements = 0;
    double ua = 0;
    double ub = 0;
    double nash = 0;
    for (int seed = 1; seed <= seeds; seed++) {
      Transcript t = runner.run(new SessionSpec("matrix-" + seed, List.of(
          new Seat(a, pa), new Seat(b, pb)), seed,
          scenario.deadline()));
      ua += t.metrics().utilities().get(a);
      ub += t.metrics().utilities().get(b);
      if (t.metrics().agreement()) {
        agreements++;
        nash += t.metrics().nashDistance() == null ? 0 : t.metrics().nashDistance();
      }
    }
    return new Cell(agreements / seeds, ua / seeds, ub / seeds,
        agreements == 0 ? Double.NaN : nash / agreements);
  }
}
