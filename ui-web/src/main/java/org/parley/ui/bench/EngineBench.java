package org.parley.ui.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.OutcomeSpace;
import org.parley.engine.analysis.ParetoFrontier;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;
import org.parley.scenarios.ScenarioCatalog;

/**
 * The engine's speed and memory figures (issue targets): direct-runtime session throughput on
 * london-2025, Pareto frontier + Nash on london-2025, and on synthetic 10⁶-bid domains of two
 * parties and of three parties whose bids are all Pareto-optimal. Reports medians of repeated
 * samples after warm-up; machines here are noisy.
 */
public final class EngineBench {

  private final PrintWriter out;
  private final double sampleSeconds;
  private final int samples;

  public EngineBench(PrintWriter out, double sampleSeconds, int samples) {
    this.out = out;
    this.sampleSeconds = sampleSeconds;
    this.samples = samples;
  }

  public void runAll() {
    out.printf(Locale.ROOT, "Parley engine benchmark: %d samples of %.1f s after warm-up; "
        + "Java %s, %d cores%n%n", samples, sampleSeconds, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    sessions();
    londonFrontier();
    syntheticFrontier();
    syntheticFrontier3();
    out.flush();
  }

  /** Direct runtime, london-2025, Boulware vs Conceder (sides alternate), 100 rounds. */
  void sessions() {
    Scenario london = ScenarioCatalog.load("london-2025");
    ScenarioAnalysis analysis = new ScenarioAnalysis(london);
    DirectRunner runner = new DirectRunner(analysis, new StrategyCatalog(), InstantSource.system());
    Deadline deadline = new Deadline(100);
    List<Seat> bc = List.of(new Seat("us", new NegotiatorSpec("boulware")),
        new Seat("china", new NegotiatorSpec("conceder")));
    List<Seat> cb = List.of(new Seat("us", new NegotiatorSpec("conceder")),
        new Seat("china", new NegotiatorSpec("boulware")));
    long[] actions = new long[1];
    Runnable one = new Runnable() {
      long i;

      @Override
      public void run() {
        Transcript t = runner.run(new SessionSpec("bench-" + i, (i & 1) == 0 ? bc : cb, i,
            deadline));
        actions[0] += t.events().size();
        i++;
      }
    };
    double[] perSecond = new double[samples];
    double[] microsPerAction = new double[samples];
    measure(one, sampleSeconds * 2);
    for (int s = 0; s < samples; s++) {
      actions[0] = 0;
      long start = System.nanoTime();
      long n = measure(one, sampleSeconds);
      double seconds = (System.nanoTime() - start) / 1e9;
      perSecond[s] = n / seconds;
      microsPerAction[s] = seconds * 1e6 / actions[0];
    }
    out.printf(Locale.ROOT, "%-62s %,12.0f sessions/s   %.3f µs/action   (target ≥ 5,000/s)%n",
        "direct runtime, london-2025, Boulware vs Conceder, 100 rounds", median(perSecond),
        median(microsPerAction));
  }

  /** Pareto frontier + Nash point of london-2025 (48,000 bids), from scratch each time. */
  void londonFrontier() {
    Scenario london = ScenarioCatalog.load("london-2025");
    double ms = timeAnalysis(london);
    out.printf(Locale.ROOT, "%-62s %12.2f ms              (target < 10 ms)%n",
        "Pareto frontier + Nash, london-2025 (" + london.domain().size() + " bids)", ms);
  }

  /** A random two-party domain of 6 issues × 10 levels = 10⁶ bids. */
  void syntheticFrontier() {
    Scenario big = synthetic(6, 10, 42);
    double ms = timeAnalysis(big);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    ScenarioAnalysis kept = new ScenarioAnalysis(big);
    kept.nash();
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory() - before;
    out.printf(Locale.ROOT, "%-62s %12.2f ms              (target < 1,000 ms)%n",
        "Pareto frontier + Nash, synthetic 2 parties, " + String.format(Locale.ROOT, "%,d",
            big.domain().size()) + " bids", ms);
    out.printf(Locale.ROOT, "%-62s %12.1f MB retained   frontier %d bids; max heap %,d MB "
        + "(target < 512 MB)%n", "  memory of that analysis", retained / 1e6,
        kept.frontier().size(), rt.maxMemory() / (1 << 20));
  }

  /**
   * Three parties, 2 issues × 1,000 levels = 10⁶ bids, every one Pareto-optimal: the worst case
   * for the frontier (it used to compare each bid with every optimal bid so far, O(N²)).
   */
  void syntheticFrontier3() {
    Scenario big = simplex(1000, 14);
    double ms = timeAnalysis(big);
    double frontierMs = timeFrontier(big);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ScenarioAnalysis kept = new ScenarioAnalysis(big);
    kept.nash();
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.gc();
    long retained = rt.totalMemory() - rt.freeMemory() - before;
    out.printf(Locale.ROOT, "%-62s %12.2f ms              (target < 2,000 ms)%n",
        "Pareto frontier + Nash, synthetic 3 parties, " + String.format(Locale.ROOT, "%,d",
            big.domain().size()) + " bids", ms);
    out.printf(Locale.ROOT, "%-62s %12.2f ms%n", "  the frontier alone (ParetoFrontier.of)",
        frontierMs);
    out.printf(Locale.ROOT, "%-62s %12.1f MB retained   peak ≤ %.1f MB; frontier %,d bids; max "
        + "heap %,d MB (target < 512 MB)%n", "  memory of that analysis", retained / 1e6,
        peak / 1e6, kept.frontier().size(), rt.maxMemory() / (1 << 20));
  }

  /** Median time of {@link ParetoFrontier#of} alone, on an outcome space built once. */
  private double timeFrontier(Scenario scenario) {
    OutcomeSpace space = new ScenarioAnalysis(scenario).space();
    double[] ms = new double[Math.max(samples, 3) * 2];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      ParetoFrontier.of(space);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return median(ms);
  }

  private double timeAnalysis(Scenario scenario) {
    long warm = System.nanoTime() + (long) (sampleSeconds * 1e9);
    while (System.nanoTime() < warm) {
      new ScenarioAnalysis(scenario).nash();
    }
    double[] ms = new double[Math.max(samples, 3) * 4];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      new ScenarioAnalysis(scenario).nash().orElseThrow();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return median(ms);
  }

  /** Runs {@code task} repeatedly for about {@code seconds}; returns how many times it ran. */
  private static long measure(Runnable task, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long n = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 50; i++) {
        task.run();
      }
      n += 50;
    }
    return n;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * A seeded three-party scenario of 2 issues × {@code levels} levels whose every bid is
   * Pareto-optimal: each level gives the parties shares of 1 in steps of 10⁻⁹ and each party
   * weighs both issues ½, so the utilities of every bid sum to exactly 1 and no bid gives everyone
   * at least as much as another and someone more (rounding to 12 places keeps those decimals).
   */
  public static Scenario simplex(int levels, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Issue> issues = new ArrayList<>();
    List<Map<String, Evaluator>> evaluators = List.of(new LinkedHashMap<>(),
        new LinkedHashMap<>(), new LinkedHashMap<>());
    int scale = 1_000_000_000;
    for (String issue : List.of("i0", "i1")) {
      List<Level> ls = new ArrayList<>();
      List<Map<String, Double>> values = List.of(new LinkedHashMap<>(), new LinkedHashMap<>(),
          new LinkedHashMap<>());
      for (int l = 0; l < levels; l++) {
        ls.add(Level.of("v" + l));
        int a = random.nextInt(scale + 1);
        int b = random.nextInt(scale + 1);
        int[] shares = {Math.min(a, b), Math.max(a, b) - Math.min(a, b), scale - Math.max(a, b)};
        for (int p = 0; p < 3; p++) {
          values.get(p).put("v" + l, shares[p] / (double) scale);
        }
      }
      issues.add(new Issue(issue, null, "", ls));
      for (int p = 0; p < 3; p++) {
        evaluators.get(p).put(issue, new TableEvaluator(values.get(p)));
      }
    }
    Domain domain = new Domain("simplex", issues);
    List<Party> parties = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      parties.add(new Party("abc".substring(p, p + 1), null, List.of(), new Profile(
          new LinearAdditiveUtility(domain, Map.of("i0", 0.5, "i1", 0.5), evaluators.get(p)),
          0.0, 1.0)));
    }
    return new Scenario("simplex", null, "", domain, parties, AlternatingOffers.STACKED,
        new Deadline(100), List.of());
  }

  /** A seeded random two-party scenario with {@code issues} issues of {@code levels} levels. */
  public static Scenario synthetic(int issues, int levels, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      List<Level> ls = new ArrayList<>();
      for (int l = 0; l < levels; l++) {
        ls.add(Level.of("v" + l));
      }
      list.add(new Issue("i" + i, null, "", ls));
    }
    Domain domain = new Domain("synthetic", list);
    List<Party> parties = new ArrayList<>();
    for (String id : List.of("a", "b")) {
      double[] w = new double[issues];
      double sum = 0;
      for (int i = 0; i < issues; i++) {
        w[i] = 0.1 + random.nextDouble();
        sum += w[i];
      }
      Map<String, Double> weights = new LinkedHashMap<>();
      Map<String, Evaluator> evaluators = new LinkedHashMap<>();
      double total = 0;
      for (int i = 0; i < issues; i++) {
        double wi = i == issues - 1 ? 1.0 - total : w[i] / sum;
        total += wi;
        weights.put("i" + i, Math.max(0, wi));
        Map<String, Double> values = new LinkedHashMap<>();
        for (int l = 0; l < levels; l++) {
          values.put("v" + l, random.nextDouble());
        }
        evaluators.put("i" + i, new TableEvaluator(values));
      }
      parties.add(new Party(id, null, List.of(),
          new Profile(new LinearAdditiveUtility(domain, weights, evaluators), 0.0, 1.0)));
    }
    return new Scenario("synthetic", null, "", domain, parties, AlternatingOffers.BILATERAL,
        new Deadline(100), List.of());
  }
}
