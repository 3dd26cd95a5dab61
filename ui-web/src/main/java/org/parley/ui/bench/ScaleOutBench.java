package org.parley.ui.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parley.agents.jade.ContainerGate;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Distribution;
import org.parley.engine.io.TournamentCodec;

/**
 * A distributed tournament on 1 and then 2 worker JVMs ({@code parley worker}), each worker on an
 * address of its own ({@link WorkerNetwork}), the runs taking turns so that both see the same
 * noise. Two workloads: slow bots ({@link SlowBot}, 5 ms a turn), where a second worker should
 * almost double the pace; and the London example on the direct runtime, CPU-bound, where on one
 * 2-core machine it should at least not slow the run down. Times are the sessions' own (first
 * dispatched to last recorded), without JVM starts or the wait for workers. One warm-up pair.
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
      compare(net, catalog, plugin, SLOW_SPEC, SLOW_THREADS, "slow bots (5 ms a turn), 400 "
          + "sessions, " + SLOW_THREADS + " threads each", "target ≥ 1.8×");
      compare(net, catalog, plugin, LONDON_SPEC, LONDON_THREADS, "london example (direct), 200 "
          + "sessions, " + LONDON_THREADS + " thread each", "target ≥ 1.0×");
      out.printf(Locale.ROOT, "load average %s at the end%n", load());
    } finally {
      delete(plugin);
    }
  }

  /** One workload on 1 and 2 workers, taking turns; prints the medians and the ratio. */
  private void compare(WorkerNetwork net, StrategyCatalog catalog, Path plugin, String spec,
      int threads, String name, String target) throws IOException {
    Tournament t = new Tournament("bench.json", TournamentCodec.read("bench.json", spec),
        catalog);
    int sessions = t.plan().size();
    double[][] s = new double[3][samples];
    for (int i = -1; i < samples; i++) {
      for (int workers = 1; workers <= 2; workers++) {
        double secs = seconds(t, net, plugin, workers, threads);
        if (i >= 0) {
          s[workers][i] = secs;
        }
      }
    }
    double one = sessions / EngineBench.median(s[1]);
    double two = sessions / EngineBench.median(s[2]);
    out.printf(Locale.ROOT, "%-52s %,8.1f sessions/s on 1 worker (%s s), %,8.1f on 2 (%s s): "
        + "%.2f× (%s)%n", name, one, range(s[1]), two, range(s[2]), two / one, target);
    out.flush();
  }

  /** The session time of one run on {@code workers} new worker JVMs. */
  private static double seconds(Tournament t, WorkerNetwork net, Path plugin, int workers,
      int threads) throws IOException {
    Path dir = Files.createTempDirectory("parley-scale-out");
    List<Process> started = new ArrayList<>();
    try {
      Distribution d = new Distribution(net.masterHost(), 0, SECRET, workers,
          Duration.ofSeconds(120), port -> {
            for (int i = 0; i < workers; i++) {
              started.add(startWorker(net, i, port, threads, plugin));
            }
          });
      return t.run(dir.resolve("out"), false, false, RunListener.SILENT, d).sessionTime()
          .toNanos() / 1e9;
    } finally {
      for (Process p : started) {
        try {
          p.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
      }
      delete(dir);
    }
  }

  /** {@code parley worker} in a new JVM started as this one was, at worker {@code i}'s address. */
  private static Process startWorker(WorkerNetwork net, int i, int port, int threads,
      Path plugin) {
    List<String> command = new ArrayList<>(net.launcher(i));
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator
        + "java");
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.parley.ui.cli.Parley", "worker", "--main", net.masterHost() + ":" + port,
        "--secret", SECRET, "--threads", String.valueOf(threads), "--local-host",
        net.address(i), "--strategy-path", plugin.toString()));
    try {
      return new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a worker JVM: " + e.getMessage(), e);
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

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
