package org.parley.ui.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Distribution;

/**
 * The side-by-side workloads of the tournaments issue, on GENIUS's laptop and party domains
 * (imported, bundled as genius-laptop and genius-party): Parley's direct and JADE runtimes beside
 * the figures measured for GENIUS 10.4 and NegMAS 0.15 on this kind of machine; then London
 * tournament throughput with 1 and 2 threads, and the JADE runtime spread over 1 and 2 worker
 * containers. Agents are the time-dependent presets (Boulware e = 0.2, Conceder e = 2, Linear
 * e = 1, Hardliner e = 0), which offer the bid nearest their target and accept an offer worth at
 * least their own next bid. Medians of the samples after a warm-up.
 */
public final class PeerBench {

  private static final String[] FOUR = {"boulware", "conceder", "linear", "hardliner"};

  private final PrintWriter out;
  private final int samples;
  private final double seconds;
  private final StrategyCatalog catalog = new StrategyCatalog();

  public PeerBench(PrintWriter out, double seconds, int samples) {
    this.out = out;
    this.seconds = seconds;
    this.samples = samples;
  }

  /** One workload: its sessions, and the peers' figures (sessions/s, or µs for costs). */
  private record Workload(String name, Scenario scenario, List<SessionSpec> sessions,
      double genius, double negmas) {
  }

  public void runAll() throws Exception {
    out.printf(Locale.ROOT, "Side by side with GENIUS 10.4 and NegMAS 0.15 (their figures from "
        + "the issue, same machine class); %d samples, medians; Java %s, %d cores%n%n", samples,
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    List<Workload> all = workloads();
    List<Workload> throughput = all.subList(0, 3);
    Workload rounds = all.get(3);
    Workload fixed = all.get(4);
    // The direct runtime first, each workload in a fresh JVM as JMH forks one per benchmark:
    // in a shared JVM the code the JIT compiled for one workload slows the next (the cost per
    // round moved from 0.29 to 0.47 µs with the order of the workloads).
    double[] direct = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      direct[i] = forkedDirectSeconds(i);
    }
    // London too, while this JVM is idle: before it starts a JADE platform
    String london = fork("london");
    double[] onJade = new double[all.size()];
    try (JadeRuntime jade = JadeRuntime.local(catalog)) {
      for (int i = 0; i < all.size(); i++) {
        Workload w = all.get(i);
        onJade[i] = median(w, s -> jadeSeconds(jade, w));
      }
    }
    out.printf(Locale.ROOT, "%-48s %14s %14s %10s %10s %9s%n", "workload (sessions/s)",
        "Parley direct", "Parley JADE", "GENIUS", "NegMAS", "× NegMAS");
    for (int i = 0; i < throughput.size(); i++) {
      Workload w = all.get(i);
      double d = w.sessions().size() / direct[i];
      out.printf(Locale.ROOT, "%-48s %,14.0f %,14.0f %10.1f %10.1f %,9.0f%n", w.name(), d,
          w.sessions().size() / onJade[i], w.genius(), w.negmas(), d / w.negmas());
    }
    int r = throughput.size();
    double perRound = direct[r] / 20 / 1000 * 1e6;
    out.printf(Locale.ROOT, "%-48s %11.3f µs %11.1f µs %7.0f µs %7.0f µs %,9.0f%n",
        "cost per round: " + rounds.name(), perRound, onJade[r] / 20 / 1000 * 1e6,
        rounds.genius(), rounds.negmas(), rounds.negmas() / perRound);
    double perSession = direct[r + 1] / 2000 * 1e6;
    out.printf(Locale.ROOT, "%-48s %11.2f µs %11.0f µs %7.0f µs %7.0f µs %,9.0f%n",
        "fixed cost per session (" + fixed.name() + ")", perSession,
        onJade[r + 1] / 2000 * 1e6, fixed.genius(), fixed.negmas(), fixed.negmas() / perSession);
    out.flush();
    out.println();
    out.println(london);
    out.println();
    jadeContainers();
    out.flush();
  }

  /** The five workloads: three throughputs, the cost per round, the fixed cost per session. */
  private List<Workload> workloads() {
    Scenario laptop = ScenarioCatalog.load("genius-laptop");
    Scenario party = ScenarioCatalog.load("genius-party");
    Scenario long1000 = laptop.withDeadline(new Deadline(1000));
    Scenario one = laptop.withDeadline(new Deadline(1));
    return List.of(
        new Workload("laptop, Boulware vs Conceder, 200 sessions", laptop,
            pairs(laptop, 200), 16, 155),
        new Workload("party, Boulware vs Conceder, 200 sessions", party, pairs(party, 200), 6.6,
            9.1),
        new Workload("party, round robin of 4 agents, 20 reps (240)", party,
            roundRobin(party, 20), 6.4, 8.2),
        new Workload("laptop, Hardliner vs Hardliner, 1,000 rounds", long1000,
            hardliners(long1000, 20), 1900, 360),
        new Workload("laptop, 1 round", one, hardliners(one, 2000), 33_000, 1_500));
  }

  /** Median seconds per pass of workload {@code index} on the direct runtime, in a fresh JVM. */
  private double forkedDirectSeconds(int index) throws Exception {
    String output = fork(String.valueOf(index));
    return Double.parseDouble(output.substring(output.lastIndexOf('\n') + 1));
  }

  /** Runs {@link #main} in a fresh JVM with this bench's settings; returns what it printed. */
  private String fork(String what) throws Exception {
    Process p = new ProcessBuilder(List.of(System.getProperty("java.home") + File.separator
        + "bin" + File.separator + "java", "-Dfile.encoding=UTF-8", "-cp",
        System.getProperty("java.class.path"), PeerBench.class.getName(), what,
        String.valueOf(seconds), String.valueOf(samples))).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the benchmark JVM for '" + what + "' failed: " + output);
    }
    return output;
  }

  /**
   * The forked side of {@link #fork}: "london" prints the tournament line; a workload index
   * prints the median seconds per pass of that workload on the direct runtime.
   */
  public static void main(String[] args) throws Exception {
    PrintWriter stdout = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PeerBench bench = new PeerBench(stdout, Double.parseDouble(args[1]),
        Integer.parseInt(args[2]));
    if (args[0].equals("london")) {
      bench.london();
    } else {
      Workload w = bench.workloads().get(Integer.parseInt(args[0]));
      stdout.println(bench.median(w, s -> bench.directSeconds(w)));
    }
    stdout.flush();
  }

  private List<SessionSpec> pairs(Scenario sc, int n) {
    List<SessionSpec> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(session(sc, i, i % 2 == 0 ? "boulware" : "conceder",
          i % 2 == 0 ? "conceder" : "boulware"));
    }
    return out;
  }

  private List<SessionSpec> roundRobin(Scenario sc, int reps) {
    List<SessionSpec> out = new ArrayList<>();
    for (String a : FOUR) {
      for (String b : FOUR) {
        if (!a.equals(b)) {
          for (int r = 0; r < reps; r++) {
            out.add(session(sc, out.size(), a, b));
          }
        }
      }
    }
    return out;
  }

  private List<SessionSpec> hardliners(Scenario sc, int n) {
    List<SessionSpec> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(session(sc, i, "hardliner", "hardliner"));
    }
    return out;
  }

  private static SessionSpec session(Scenario sc, int i, String a, String b) {
    return new SessionSpec("bench-" + i, List.of(
        new Seat(sc.parties().get(0).id(), new NegotiatorSpec(a)),
        new Seat(sc.parties().get(1).id(), new NegotiatorSpec(b))), i, sc.deadline());
  }

  /**
   * Seconds per pass of the workload, the median of {@code samples} samples. Each sample repeats
   * the pass until it has run {@code seconds}, after a warm-up of three samples' length, so that
   * the JIT has compiled the engine: these are steady-state figures, as the peers' are.
   */
  private double median(Workload w, Function<Integer, Double> seconds) {
    for (double spent = 0; spent < 3 * this.seconds; ) {
      spent += seconds.apply(-1);
    }
    double[] s = new double[samples];
    for (int i = 0; i < samples; i++) {
      int passes = 0;
      double spent = 0;
      while (spent < this.seconds) {
        spent += seconds.apply(i);
        passes++;
      }
      s[i] = spent / passes;
    }
    return EngineBench.median(s);
  }

  /** One thread, as GENIUS and NegMAS run a session. */
  private double directSeconds(Workload w) {
    ScenarioAnalysis analysis = new ScenarioAnalysis(w.scenario());
    DirectRunner runner = new DirectRunner(analysis, catalog, InstantSource.system());
    long start = System.nanoTime();
    for (SessionSpec s : w.sessions()) {
      runner.run(s);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Two sessions at a time on one container. */
  private double jadeSeconds(JadeRuntime jade, Workload w) {
    ScenarioAnalysis analysis = new ScenarioAnalysis(w.scenario());
    long start = System.nanoTime();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (SessionSpec s : w.sessions()) {
      inFlight.add(jade.start(analysis, s, java.util.Map.of(), java.util.Map.of(), null));
      if (inFlight.size() == 2) {
        JadeRuntime.await(castT(inFlight.remove(0)));
      }
    }
    for (CompletableFuture<?> f : inFlight) {
      JadeRuntime.await(castT(f));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  @SuppressWarnings("unchecked")
  private static CompletableFuture<org.parley.engine.transcript.Transcript> castT(
      CompletableFuture<?> f) {
    return (CompletableFuture<org.parley.engine.transcript.Transcript>) f;
  }

  static final String LONDON_SPEC = """
      {"scenarios": ["london-2025"],
       "strategies": ["boulware", "linear", "conceder", "hardliner", "tit-for-tat",
         "nice-tit-for-tat", "random", "micro", "hardheaded",
         {"name": "e0.5-frequency", "spec": {"bidding": {"type": "time-dependent", "e": 0.5},
          "model": {"type": "frequency"}}}],
       "repetitions": 20, "seed": 7, "runtime": "%s", "parallelism": %d}
      """;

  /**
   * London, 10 strategies round robin both ways × 20 repetitions: 1,800 sessions, with 1 and 2
   * threads taking turns in each sample (so that both see the same noise), at least 15 samples.
   * The warm-up lasts until the JIT compiler is quiet (at least 8 pairs and 5 s, at most 30 s):
   * while it compiles it takes a core, which a 1-thread run does not miss and a 2-thread run does,
   * and with 10 strategies it goes on compiling for several seconds.
   */
  private void london() throws Exception {
    var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    long warmStart = System.nanoTime();
    for (int pair = 0; ; pair++) {
      long compiling = jit.getTotalCompilationTime();
      long pairStart = System.nanoTime();
      for (int threads = 1; threads <= 2; threads++) {
        tournamentSeconds(LONDON_SPEC.formatted("direct", threads), null);
      }
      long pairMillis = (System.nanoTime() - pairStart) / 1_000_000;
      double warm = (System.nanoTime() - warmStart) / 1e9;
      boolean quiet = jit.getTotalCompilationTime() - compiling < pairMillis / 20;
      if (warm >= 30 || pair >= 7 && warm >= 5 && quiet) {
        break;
      }
    }
    int n = Math.max(samples, 15); // a run lasts a fraction of a second: more samples tame noise
    double[][] s = new double[3][n];
    for (int i = 0; i < n; i++) {
      for (int threads = 1; threads <= 2; threads++) {
        s[threads][i] = tournamentSeconds(LONDON_SPEC.formatted("direct", threads), null);
      }
    }
    double one = 1800 / EngineBench.median(s[1]);
    double two = 1800 / EngineBench.median(s[2]);
    out.printf(Locale.ROOT, "%-48s %,10.0f sessions/s with 1 thread, %,10.0f with 2: speed-up "
        + "%.2f× (target ≥ 5,000/s, ≥ 1.7×)%n", "london-2025 tournament, 10 strategies, 1,800",
        one, two, two / one);
  }

  /** The party round robin on the JADE runtime, on 1 and then 2 worker containers (JVMs). */
  private void jadeContainers() throws Exception {
    String spec = """
        {"scenarios": ["genius-party"], "strategies": ["boulware", "conceder", "linear",
          "hardliner"], "repetitions": 20, "seed": 3, "runtime": "jade", "parallelism": 1}
        """;
    double[] rate = new double[3];
    for (int workers = 1; workers <= 2; workers++) {
      double[] s = new double[samples];
      for (int i = -1; i < samples; i++) {
        double secs = tournamentSeconds(spec, workers);
        if (i >= 0) {
          s[i] = secs;
        }
      }
      rate[workers] = 240 / EngineBench.median(s);
    }
    out.printf(Locale.ROOT, "%-48s %,10.0f sessions/s on 1 worker container, %,10.0f on 2: "
        + "speed-up %.2f×%n", "JADE runtime, party round robin (240), 1 thread each", rate[1],
        rate[2], rate[2] / rate[1]);
  }

  /** Seconds for a whole tournament (no transcripts), here or on {@code workers} worker JVMs. */
  private double tournamentSeconds(String text, Integer workers) throws Exception {
    Path dir = Files.createTempDirectory("parley-bench");
    List<Process> started = new ArrayList<>();
    try {
      Tournament t = new Tournament("bench.json", TournamentCodec.read("bench.json", text),
          catalog);
      Distribution d = null;
      if (workers != null) {
        d = new Distribution("127.0.0.1", 0, workers, Duration.ofSeconds(120),
            port -> {
              for (int i = 0; i < workers; i++) {
                started.add(startWorker(port));
              }
            });
      }
      Tournament.Summary s = t.run(dir.resolve("out"), false, false, RunListener.SILENT, d);
      // the session time only: not the JVM starts nor the waiting for workers
      return s.sessionTime().toNanos() / 1e9;
    } finally {
      started.forEach(p -> {
        try {
          p.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
      });
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static Process startWorker(int port) {
    try {
      return new ProcessBuilder(List.of(System.getProperty("java.home") + File.separator + "bin"
          + File.separator + "java", "-Dfile.encoding=UTF-8", "-cp",
          System.getProperty("java.class.path"), "org.parley.ui.cli.Parley", "worker", "--main",
          "127.0.0.1:" + port, "--threads", "1")).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot start a worker JVM: " + e.getMessage(), e);
    }
  }
}
