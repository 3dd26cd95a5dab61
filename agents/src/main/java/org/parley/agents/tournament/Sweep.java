package org.parley.agents.tournament;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.files.CsvLines;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.Seeds;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

/**
 * A parameter sweep ({@value #FORMAT}): a strategy's parameters over a grid, or N random samples
 * of ranges, each candidate played against a pool of opponents on every scenario, on every side,
 * repeated. Every candidate meets the same (scenario, opponent, side, repetition) tuples with the
 * same seeds (common random numbers), so differences between candidates are paired:
 * <pre>{
 *   "format": "parley-sweep/1",
 *   "scenarios": ["london-2025"],
 *   "strategy": {"bidding": {"type": "time-dependent", "e": 1}},
 *   "grid": {"bidding.e": [0.1, 0.2, 0.5, 1, 2]},      (or "samples": 20 with
 *   "ranges": {"bidding.e": [0.05, 3]})
 *   "opponents": ["boulware", "conceder", "tit-for-tat"],
 *   "repetitions": 5, "seed": 1, "rounds": 100, "parallelism": 2
 * }</pre>
 */
public final class Sweep {

  public static final String FORMAT = "parley-sweep/1";

  private final List<ScenarioAnalysis> scenarios = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<String> opponents = new ArrayList<>();
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

  /** Reads and checks a sweep before anything runs; errors name the JSON path. */
  public Sweep(String source, String text, StrategyCatalog catalog) {
    this.catalog = catalog;
    JsonNode root = JsonNode.parse(source, text).allowOnly(java.util.Set.of("format",
        "description", "scenarios", "strategy", "grid", "samples", "ranges", "opponents",
        "repetitions", "seed", "rounds", "parallelism"));
    root.opt("format").ifPresent(f -> {
      if (!f.string().equals(FORMAT)) {
        throw f.fail("expected \"" + FORMAT + "\", found \"" + f.string() + "\"");
      }
    });
    Integer rounds = root.opt("rounds").map(n -> n.integer(1, TournamentSpec.MAX_ROUNDS))
        .orElse(null);
    for (JsonNode s : root.get("scenarios").items()) {
      Scenario sc = s.build(() -> ScenarioCatalog.resolve(s.string()));
      if (sc.parties().size() != 2) {
        throw s.fail("a sweep needs two-party scenarios; '" + sc.id() + "' has "
            + sc.parties().size());
      }
      scenarios.add(new ScenarioAnalysis(rounds == null ? sc
          : sc.withDeadline(new Deadline(rounds))));
    }
    if (scenarios.isEmpty()) {
      throw root.get("scenarios").fail("give at least one scenario");
    }
    JsonNode base = root.get("strategy");
    if (!base.raw().isJsonObject()) {
      throw base.fail("expected the strategy as a JSON object, e.g. {\"bidding\": {\"type\": "
          + "\"time-dependent\", \"e\": 1}}");
    }
    JsonObject baseSpec = base.raw().getAsJsonObject();
    boolean hasGrid = root.opt("grid").isPresent();
    if (hasGrid == root.opt("samples").isPresent()) {
      throw root.fail("give either \"grid\" or \"samples\" with \"ranges\"");
    }
    List<Map<String, Double>> points = new ArrayList<>();
    if (hasGrid) {
      JsonNode grid = root.get("grid");
      points.add(new LinkedHashMap<>());
      for (String path : grid.fields().keySet()) {
        List<Map<String, Double>> next = new ArrayList<>();
        List<JsonNode> values = grid.get(path).items();
        if (values.isEmpty()) {
          throw grid.get(path).fail("give at least one value");
        }
        for (Map<String, Double> p : points) {
          for (JsonNode v : values) {
            Map<String, Double> q = new LinkedHashMap<>(p);
            q.put(path, v.number());
            next.add(q);
          }
        }
        points = next;
      }
      if (points.size() > 10_000) {
        throw grid.fail("the grid has " + points.size() + " points; at most 10000");
      }
    } else {
      int samples = root.get("samples").integer(1, 10_000);
      JsonNode ranges = root.get("ranges");
      long s = root.opt("seed").map(JsonNode::longValue).orElse(1L);
      SplittableRandom random = new SplittableRandom(Seeds.derive(s, "sweep-samples"));
      for (int i = 0; i < samples; i++) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String path : ranges.fields().keySet()) {
          List<JsonNode> lohi = ranges.get(path).items();
          if (lohi.size() != 2 || lohi.get(0).number() > lohi.get(1).number()) {
            throw ranges.get(path).fail("expected [low, high]");
          }
          double lo = lohi.get(0).number();
          double hi = lohi.get(1).number();
          p.put(path, lo + (hi - lo) * random.nextDouble());
        }
        points.add(p);
      }
    }
    for (Map<String, Double> p : points) {
      JsonObject spec = baseSpec.deepCopy();
      StringBuilder name = new StringBuilder();
      for (Map.Entry<String, Double> e : p.entrySet()) {
        String where = (hasGrid ? "$.grid" : "$.ranges") + "[\"" + e.getKey() + "\"]";
        set(source, where, spec, e.getKey(), e.getValue());
        name.append(name.length() == 0 ? "" : ",").append(e.getKey()
            .substring(e.getKey().lastIndexOf('.') + 1)).append('=')
            .append(brief(e.getValue()));
      }
      NegotiatorSpec ns = new NegotiatorSpec(spec.toString());
      try {
        catalog.check(ns);
      } catch (IllegalArgumentException ex) {
        throw new FormatException(source, hasGrid ? "$.grid" : "$.ranges", name + ": "
            + ex.getMessage());
      }
      candidates.add(new Candidate(name.length() == 0 ? "base" : name.toString(), p, ns));
    }
    for (int i = 0; i < root.get("opponents").items().size(); i++) {
      JsonNode o = root.get("opponents").items().get(i);
      String text2 = o.isString() ? o.string() : o.raw().toString();
      try {
        catalog.check(new NegotiatorSpec(text2));
      } catch (IllegalArgumentException ex) {
        throw new FormatException(source, "$.opponents[" + i + "]", ex.getMessage());
      }
      opponents.add(text2);
    }
    if (opponents.isEmpty()) {
      throw root.get("opponents").fail("give at least one opponent");
    }
    this.repetitions = root.opt("repetitions")
        .map(n -> n.integer(1, TournamentSpec.MAX_REPETITIONS)).orElse(5);
    this.seed = root.opt("seed").map(JsonNode::longValue).orElse(1L);
    this.parallelism = root.opt("parallelism")
        .map(n -> n.integer(1, TournamentSpec.MAX_PARALLELISM)).orElse(Tournament.cores());
  }

  private static void set(String source, String where, JsonObject spec, String path,
      double value) {
    String[] parts = path.split("\\.");
    JsonObject o = spec;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonElement e = o.get(parts[i]);
      if (e == null || !e.isJsonObject()) {
        throw new FormatException(source, where, "the strategy has no '" + parts[i]
            + "' object for '" + path + "'");
      }
      o = e.getAsJsonObject();
    }
    o.addProperty(parts[parts.length - 1], value);
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
