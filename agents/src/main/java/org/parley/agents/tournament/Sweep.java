package org.parley.agents.tournament;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.io.SweepCodec;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.SweepRow;
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

  /**
   * A candidate's standing: mean utility, agreement rate and the paired gap to the best, each
   * over its blocks (see {@link SweepRanking}).
   *
   * @param sessions the candidate's sessions, failed ones included
   * @param failed those that failed, left out of every figure
   * @param distinct distinct outcomes over its blocks
   */
  public record Rank(String name, Map<String, Double> parameters, Estimate utility,
      Estimate agreement, Estimate gapToBest, int sessions, int failed, int distinct) {
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
      scenarios.add(new ScenarioAnalysis(spec.deadline() == null ? sc
          : sc.withDeadline(spec.deadline())));
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
   * Runs the sweep; writes {@code out/transcripts/ID.json} as each session ends (with
   * {@code transcripts}), then
   * {@code out/results.jsonl} and {@code out/results.csv} (one {@link SweepRow} per party per
   * session: a tournament's columns after a {@code candidate} column), {@code out/sweep.csv} (the
   * ranking) and {@code out/sweep.md} (the ranking with its failures); returns the ranking. Every
   * file is written whole (temp file, then rename); a sweep killed part-way runs again from the
   * start.
   */
  public SweepRanking run(Path out, boolean transcripts, RunListener listener) {
    Path folder = out.resolve("transcripts");
    TranscriptFiles.removeLeftovers(folder); // the temp files of a sweep killed part-way
    int tuples = scenarios.size() * opponents.size() * 2 * repetitions;
    // candidate index * tuples + tuple index -> that session's rows, the candidate's first
    @SuppressWarnings("unchecked")
    List<ResultRow>[] rows = new List[candidates.size() * tuples];
    List<CompletableFuture<Void>> all = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
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
              String opponent = opponents.get(o);
              NegotiatorSpec them = new NegotiatorSpec(opponent);
              for (int c = 0; c < candidates.size(); c++) {
                Candidate cand = candidates.get(c);
                List<Seat> seats = side == 0
                    ? List.of(new Seat(me, cand.spec()), new Seat(sc.parties().get(1).id(), them))
                    : List.of(new Seat(sc.parties().get(0).id(), them), new Seat(me, cand.spec()));
                List<String> strategies = side == 0 ? List.of(cand.name(), opponent)
                    : List.of(opponent, cand.name());
                // a file name and a replay id: one dash, three dots (see the web room's store)
                String id = "c" + (c + 1) + "-" + sc.id() + "." + opponent + "." + me + ".r" + r;
                CompletableFuture<Void> f = new CompletableFuture<>();
                all.add(f);
                int at = c * tuples + t;
                int rep = r;
                // the session id feeds each party's own seed: the same for every candidate
                pool.submit(a, new SessionSpec("sweep." + tuple, seats, s, sc.deadline()), tr -> {
                  List<ResultRow> session = new ArrayList<>(ResultRow.of(id, sc.id(), rep, s,
                      strategies, tr));
                  session.sort(Comparator.comparing((ResultRow x) -> !x.party().equals(me)));
                  if (transcripts) {
                    TranscriptFiles.writeText(folder.resolve(id + ".json"),
                        TranscriptCodec.write(tr));
                  }
                  rows[at] = session;
                  listener.progress(done.incrementAndGet(), rows.length);
                  f.complete(null);
                }, f::completeExceptionally);
              }
              t++;
            }
          }
        }
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw new IllegalStateException("a session failed inside Parley: " + e.getCause(),
          e.getCause());
    }
    StringBuilder jsonl = new StringBuilder();
    StringBuilder csv = new StringBuilder(ResultsCsv.sweepHeader());
    List<List<ResultRow>> seats = new ArrayList<>();
    List<ResultRow> every = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      seats.add(new ArrayList<>());
      for (int t = 0; t < tuples; t++) {
        List<ResultRow> session = rows[c * tuples + t];
        seats.get(c).add(session.get(0));
        every.addAll(session);
        for (ResultRow r : session) {
          SweepRow row = new SweepRow(candidates.get(c).name(), r);
          jsonl.append(ResultsCodec.line(row)).append('\n');
          csv.append(ResultsCsv.line(row));
        }
      }
    }
    SweepRanking ranking = SweepRanking.of(candidates, seats, every);
    TranscriptFiles.writeText(out.resolve(ResultsFiles.RESULTS), jsonl.toString());
    TranscriptFiles.writeText(out.resolve(ResultsFiles.CSV), csv.toString());
    TranscriptFiles.writeText(out.resolve("sweep.csv"), ranking.csv());
    TranscriptFiles.writeText(out.resolve("sweep.md"), ranking.markdown());
    return ranking;
  }

  /** At most four significant digits, no trailing zeros: 0.05, 1, 2.345. */
  static String brief(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }
}
