package org.parley.ui.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.agents.jade.ContainerGate;
import org.parley.agents.jade.PlatformException;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Distribution;
import org.parley.engine.io.TournamentCodec;

/**
 * A distributed tournament on 1 and on 2 worker JVMs ({@link WorkerJvms}: {@code parley worker
 * --stay}, serving run after run), each worker on an address of its own ({@link WorkerNetwork}),
 * the runs taking turns so that both see the same noise. Two workloads: slow bots
 * ({@link SlowBot}, 5 ms a turn), where a second worker should almost double the pace; and the
 * London example on the direct runtime, CPU-bound, where on one 2-core machine it should at least
 * not slow the run down. Times are the sessions' own (first dispatched to last recorded), without
 * the wait for workers; warm-up runs first.
 */
public final class ScaleOutBench {

  /** Five slow bots round robin both ways, 20 repetitions of 20 rounds: 400 sessions. */
  static final String SLOW_SPEC = """
      {"scenarios": ["london-2025"], "strategies": [
        {"name": "slow-e0.2", "spec": {"plugin": "slow", "e": 0.2}},
        {"name": "slow-e0.5", "spec": {"plugin": "slow", "e": 0.5}},
        {"name": "slow-e1", "spec": {"plugin": "slow", "e": 1}},
        {"name": "slow-e2", "spec": {"plugin": "slow", "e": 2}},
        {"name": "slow-e5", "spec": {"plugin": "slow", "e": 5}}],
       "repetitions": 20, "seed": 17, "rounds": 20, "runtime": "direct"}
      """;
  static final int SLOW_THREADS = 8;

  /** examples/london.tournament.json (ScaleOutBenchTest checks that they agree). */
  static final String LONDON_SPEC = """
      {
        "format": "parley-tournament/1",
        "description": "Five presets on london-2025, every pairing both ways, 10 repetitions: 200 sessions in a few seconds.",
        "scenarios": ["london-2025"],
        "strategies": ["boulware", "conceder", "tit-for-tat", "hardheaded",
          {"name": "e0.5-frequency", "spec": {"bidding": {"type": "time-dependent", "e": 0.5}, "model": {"type": "frequency"}}}],
        "selfPlay": false,
        "repetitions": 10,
        "seed": 42,
        "runtime": "direct",
        "parallelism": 2
      }
      """;
  static final int LONDON_THREADS = 1;
  /** London runs last a second while cold: warm-up pairs until the workers' JIT settles. */
  static final int LONDON_WARM_UP = 10;

  private static final String SECRET = ContainerGate.newSecret();

  private final PrintWriter out;
  private final int samples;

  public ScaleOutBench(PrintWriter out, int samples) {
    this.out = out;
    this.samples = samples;
  }

  public void runAll() throws Exception {
    Path plugin = Files.createTempDirectory("parley-slow-bot");
    Path services = plugin.resolve("META-INF/services/" + StrategyPlugin.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, SlowBot.class.getName() + "\n");
    try (WorkerNetwork net = WorkerNetwork.open(2)) {
      out.printf(Locale.ROOT, "Scale-out over JADE worker JVMs (./parley bench --suite scale-out "
          + "--samples %d): %d samples after a warm-up, medians; Java %s, %d cores, load average "
          + "%s at the start%n%s%n", samples, samples, System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(), load(), net.describe());
      out.flush();
      StrategyCatalog catalog = StrategyCatalog.withPlugins(List.of(plugin));
      compare(net, catalog, plugin, SLOW_SPEC, SLOW_THREADS, 1, "slow bots (5 ms a turn), 400 "
          + "sessions, " + SLOW_THREADS + " threads each", "target ≥ 1.8×");
      compare(net, catalog, plugin, LONDON_SPEC, LONDON_THREADS, LONDON_WARM_UP, "london "
          + "example (direct), 200 sessions, " + LONDON_THREADS + " thread each",
          "target ≥ 1.0×");
      out.printf(Locale.ROOT, "load average %s at the end%n", load());
    } finally {
      delete(plugin);
    }
  }

  /**
   * One workload on 1 and on 2 workers, taking turns after {@code warmUp} pairs of runs; prints
   * the medians and the ratio.
   */
  private void compare(WorkerNetwork net, StrategyCatalog catalog, Path plugin, String spec,
      int threads, int warmUp, String name, String target) throws InterruptedException {
    Tournament t = new Tournament("bench.json", TournamentCodec.read("bench.json", spec),
        catalog);
    int sessions = t.plan().size();
    double[][] s = new double[3][samples];
    try (WorkerJvms one = new WorkerJvms(net, 1, threads, plugin, SECRET);
        WorkerJvms two = new WorkerJvms(net, 2, threads, plugin, SECRET)) {
      for (int i = -warmUp; i < samples; i++) {
        for (WorkerJvms workers : List.of(one, two)) {
          double secs = seconds(t, net.masterHost(), workers);
          if (i >= 0) {
            s[workers.size()][i] = secs;
          }
        }
      }
    }
    double rateOne = sessions / EngineBench.median(s[1]);
    double rateTwo = sessions / EngineBench.median(s[2]);
    out.printf(Locale.ROOT, "%-52s %,8.1f sessions/s on 1 worker (%s s), %,8.1f on 2 (%s s): "
        + "%.2f× (%s)%n", name, rateOne, range(s[1]), rateTwo, range(s[2]), rateTwo / rateOne,
        target);
    out.flush();
  }

  /**
   * The session time of one run (no transcripts) on {@code workers}. The port the last run
   * closed can take a moment to be free again: the main container is tried again for up to 30 s.
   */
  private static double seconds(Tournament t, String host, WorkerJvms workers)
      throws InterruptedException {
    long end = System.nanoTime() + 30_000_000_000L;
    while (true) {
      Path dir;
      try {
        dir = Files.createTempDirectory("parley-scale-out");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot make a temp folder: " + e.getMessage(), e);
      }
      try {
        Distribution d = new Distribution(host, workers.port(), SECRET, workers.size(),
            Duration.ofSeconds(120), null);
        return t.run(dir.resolve("out"), false, false, RunListener.SILENT, d).sessionTime()
            .toNanos() / 1e9;
      } catch (PlatformException e) {
        if (System.nanoTime() > end) {
          throw e;
        }
        Thread.sleep(100);
      } finally {
        delete(dir);
      }
    }
  }

  /** Seconds as "median (min–max)". */
  private static String range(double[] seconds) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.2f, %.2f–%.2f", EngineBench.median(seconds), sorted[0],
        sorted[sorted.length - 1]);
  }

  /** The 1-, 5- and 15-minute load averages, as uptime prints them. */
  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
