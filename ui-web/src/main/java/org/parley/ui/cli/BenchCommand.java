package org.parley.ui.cli;

import java.util.concurrent.Callable;
import org.parley.ui.bench.EngineBench;
import org.parley.ui.bench.JadeBench;
import org.parley.ui.bench.ScaleOutBench;
import org.parley.ui.bench.WebBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure engine, JADE and web-room speed and memory; prints medians of repeated samples.",
    footer = {"", "Check the memory target under a 512 MB heap:",
        "  PARLEY_JAVA_OPTS=-Xmx512m ./parley bench"})
final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--samples", defaultValue = "5", description = "Samples per figure (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seconds", defaultValue = "1.0",
      description = "Length of one throughput sample (default: ${DEFAULT-VALUE}).")
  double seconds;

  enum Suite {
    all, engine, jade, web, classroom, peers, scale_out;

    /** As typed: scale-out. */
    static Suite parse(String text) {
      try {
        return valueOf(text.replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new Parley.UserError("--suite must be all, engine, jade, web, classroom, peers or "
            + "scale-out, got '" + text + "'");
      }
    }
  }

  @Option(names = "--suite", defaultValue = "all", paramLabel = "SUITE",
      description = "Which figures: all, engine, jade, web, classroom, peers (GENIUS and NegMAS "
          + "workloads, tournaments) or scale-out (worker JVMs with slow bots and London, each "
          + "in a network namespace when run as root; not part of all; default: "
          + "${DEFAULT-VALUE}).")
  String suiteName;

  @Override
  public Integer call() throws Exception {
    if (samples < 1 || seconds <= 0) {
      throw new Parley.UserError("--samples must be at least 1 and --seconds positive");
    }
    Suite suite = Suite.parse(suiteName);
    if (suite == Suite.scale_out) {
      new ScaleOutBench(spec.commandLine().getOut(), samples).runAll();
      return 0;
    }
    if (suite == Suite.all || suite == Suite.engine) {
      new EngineBench(spec.commandLine().getOut(), seconds, samples).runAll();
      spec.commandLine().getOut().println();
    }
    if (suite == Suite.all || suite == Suite.jade) {
      new JadeBench(spec.commandLine().getOut(), samples).runAll();
      spec.commandLine().getOut().println();
    }
    if (suite == Suite.all || suite == Suite.web) {
      new WebBench(spec.commandLine().getOut(), samples).runAll();
      spec.commandLine().getOut().println();
    }
    if (suite == Suite.all || suite == Suite.classroom) {
      new org.parley.ui.bench.ClassBench(spec.commandLine().getOut(), samples).runAll();
      spec.commandLine().getOut().println();
    }
    if (suite == Suite.all || suite == Suite.peers) {
      new org.parley.ui.bench.PeerBench(spec.commandLine().getOut(), seconds, samples).runAll();
    }
    return 0;
  }
}
