package org.parley.ui.bench;

import java.io.File;
import java.io.PrintWriter;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

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
    new TournamentBench(out, samples).jadeContainers();
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
      new TournamentBench(stdout, bench.samples).london();
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
}
