package org.parley.ui.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TournamentCodec;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Distribution;

/**
 * Tournaments side by side: London on 1 and 2 threads, and the JADE runtime on 1 and 2 worker
 * containers (JVMs). Part of {@link PeerBench}.
 */
final class TournamentBench {

  private static final String SECRET = org.parley.agents.jade.ContainerGate.newSecret();

  private final PrintWriter out;
  private final int samples;
  private final StrategyCatalog catalog = new StrategyCatalog();

  TournamentBench(PrintWriter out, int samples) {
    this.out = out;
    this.samples = samples;
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
  void london() throws Exception {
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
  void jadeContainers() throws Exception {
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
        d = new Distribution("127.0.0.1", 0, SECRET, workers, Duration.ofSeconds(120),
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
          "127.0.0.1:" + port, "--secret", SECRET, "--threads", "1")).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot start a worker JVM: " + e.getMessage(), e);
    }
  }
}
