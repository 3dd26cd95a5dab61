package org.parley.agents.tournament;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.files.CsvLines;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.SweepCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.tournament.SweepSpec;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.Seeds;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Runs a parameter sweep ({@link SweepSpec}, read by {@link SweepCodec}): every candidate meets
 * the same (scenario, opponent, side, repetition) tuples with the same seeds (common random
 * numbers), so differences between candidates are paired.
 */
public final class Sweep {

  private final List<ScenarioAnalysis> scenarios = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<String> opponents;
  private final int repetitions;
  private final long seed;
  private final int parallelism;
  private final StrategyCatalog catalog;

  /** A point of the parameter space, and the strategy spec it makes. */
  record Candidate(String name, Map<String, Double> parameters, NegotiatorSpec spec) {
  }

  /** A candidate's standing: mean utility, agreement rate, and the paired gap to the best. */
  public record Rank(String name, Map<String, Double> parameters, Leaderboard.Stat utility,
      Leaderboard.Stat agreement, Leaderboard.Stat gapToBest) {
  }

  /** Checks the sweep against the scenarios and strategies before anything runs. */
  public Sweep(String source, SweepSpec spec, StrategyCatalog catalog) {
    this.catalog = catalog;
    for (int i = 0; i < spec.scenarios().size(); i++) {
      String id = spec.scenarios().get(i);
      Scenario sc;
      try {
        sc = ScenarioCatalog.resolve(id);
      } catch (RuntimeException e) {
        throw new FormatException(source, "$.scenarios[" + i + "]", e.getMessage());
      }
      if (sc.parties().size() != 2) {
        throw new FormatException(source, "$.scenarios[" + i + "]", "a sweep needs two-party "
            + "scenarios; '" + sc.id() + "' has " + sc.parties().size());
      }
      scenarios.add(new ScenarioAnalysis(spec.rounds() == null ? sc
          : sc.withDeadline(new Deadline(spec.rounds()))));
    }
    String where = spec.grid() != null ? "$.grid" : "$.ranges";
    for (Map<String, Double> p : spec.points()) {
      StringBuilder name = new StringBuilder();
      p.forEach((path, value) -> name.append(name.length() == 0 ? "" : ",")
          .append(path.substring(path.lastIndexOf('.') + 1)).append('=').append(brief(value)));
      NegotiatorSpec ns = new NegotiatorSpec(SweepCodec.strategyAt(spec, p));
      try {
        catalog.check(ns);
      } catch (IllegalArgumentException ex) {
        throw new FormatException(source, where, name + ": " + ex.getMessage());
      }
      candidates.add(new Candidate(name.length() == 0 ? "base" : name.toString(), p, ns));
    }
    for (int i = 0; i < spec.opponents().size(); i++) {
      try {
        catalog.check(new NegotiatorSpec(spec.opponents().get(i)));
      } catch (IllegalArgumentException ex) {
        throw new FormatException(source, "$.opponents[" + i + "]", ex.getMessage());
      }
    }
    this.opponents = spec.opponents();
    this.repetitions = spec.repetitions();
    this.seed = spec.seed();
    this.parallelism = spec.parallelism() != null ? spec.parallelism() : Tournament.cores();
  }

  public int candidates() {
    return candidates.size();
  }

  /** Sessions the sweep runs. */
  public int sessions() {
    return candidates.size() * scenarios.size() * opponents.size() * 2 * repetitions;
  }

  /**
   * Runs the sweep; writes {@code out/sessions.csv} (one row per session) and
   * {@code out/sweep.csv} (the ranking); returns the ranking, best first.
   */
  public List<Rank> run(Path out, RunListener listener) {
    // tuple index -> candidate index -> utility of the candidate in that session
    int tuples = scenarios.size() * opponents.size() * 2 * repetitions;
    double[][] utility = new double[candidates.size()][tuples];
    boolean[][] deal = new boolean[candidates.size()][tuples];
    StringBuilder csv = new StringBuilder(CsvLines.line(List.of("candidate", "scenario",
        "opponent", "side", "repetition", "seed", "utility", "agreement")));
    List<CompletableFuture<Void>> all = new ArrayList<>();
    String[] lines = new String[candidates.size() * tuples];
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    try (SessionPool pool = new SessionPool("direct", parallelism, Duration.ofMillis(
        TournamentSpec.DEFAULT_TURN_LIMIT_MS), catalog, null)) {
      int t = 0;
      for (ScenarioAnalysis a : scenarios) {
        Scenario sc = a.scenario();
        for (int o = 0; o < opponents.size(); o++) {
          for (int side = 0; side < 2; side++) {
            for (int r = 1; r <= repetitions; r++) {
              String tuple = sc.id() + "." + o + "." + side + ".r" + r;
              long s = Seeds.derive(seed, "sweep", tuple); // the same for every candidate
              String me = sc.parties().get(side).id();
              String them = sc.parties().get(1 - side).id();
              for (int c = 0; c < candidates.size(); c++) {
                Candidate cand = candidates.get(c);
                List<Seat> seats = side == 0
                    ? List.of(new Seat(me, cand.spec()), new Seat(them,
                        new NegotiatorSpec(opponents.get(o))))
                    : List.of(new Seat(them, new NegotiatorSpec(opponents.get(o))),
                        new Seat(me, cand.spec()));
                CompletableFuture<Void> f = new CompletableFuture<>();
                all.add(f);
                int ti = t;
                int ci = c;
                int oi = o;
                int rep = r;
                // the session id feeds each party's own seed: the same for every candidate
                pool.submit(a, new SessionSpec("sweep." + tuple, seats, s,
                    sc.deadline()), tr -> {
                      double u = tr.metrics().utilities().get(me);
                      utility[ci][ti] = u;
                      deal[ci][ti] = tr.metrics().agreement();
                      lines[ci * tuples + ti] = CsvLines.line(List.of(cand.name(), sc.id(),
                          opponents.get(oi), me, rep, s, u, tr.metrics().agreement()));
                      listener.progress(done.incrementAndGet(), lines.length);
                      f.complete(null);
                    }, f::completeExceptionally);
              }
              t++;
            }
          }
        }
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new IllegalStateException("a session failed inside Parley: " + e.getCause(),
          e.getCause());
    }
    for (String l : lines) {
      csv.append(l);
    }
    int best = 0;
    double[] mean = new double[candidates.size()];
    for (int c = 0; c < candidates.size(); c++) {
      mean[c] = java.util.Arrays.stream(utility[c]).average().orElse(Double.NaN);
      if (mean[c] > mean[best]) {
        best = c;
      }
    }
    List<Rank> ranks = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      List<Double> u = new ArrayList<>();
      List<Double> ag = new ArrayList<>();
      List<Double> gap = new ArrayList<>();
      for (int t = 0; t < tuples; t++) {
        u.add(utility[c][t]);
        ag.add(deal[c][t] ? 1.0 : 0.0);
        gap.add(utility[best][t] - utility[c][t]);
      }
      ranks.add(new Rank(candidates.get(c).name(), candidates.get(c).parameters(),
          Leaderboard.Stat.of(u), Leaderboard.Stat.of(ag), Leaderboard.Stat.of(gap)));
    }
    ranks.sort(Comparator.comparingDouble((Rank r) -> -r.utility().mean())
        .thenComparing(Rank::name));
    List<Object> header = new ArrayList<>(List.of("rank", "candidate"));
    header.addAll(candidates.get(0).parameters().keySet());
    header.addAll(List.of("mean_utility", "utility_ci95", "agreement_rate", "gap_to_best",
        "gap_ci95", "sessions"));
    StringBuilder table = new StringBuilder(CsvLines.line(header));
    for (int i = 0; i < ranks.size(); i++) {
      Rank r = ranks.get(i);
      List<Object> row = new ArrayList<>(List.of(i + 1, r.name()));
      row.addAll(r.parameters().values());
      row.addAll(List.of(r.utility().mean(), r.utility().half(), r.agreement().mean(),
          r.gapToBest().mean(), r.gapToBest().half(), r.utility().n()));
      table.append(CsvLines.line(row));
    }
    TranscriptFiles.writeText(out.resolve("sessions.csv"), csv.toString());
    TranscriptFiles.writeText(out.resolve("sweep.csv"), table.toString());
    return ranks;
  }

  /** At most four significant digits, no trailing zeros: 0.05, 1, 2.345. */
  static String brief(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }
}
