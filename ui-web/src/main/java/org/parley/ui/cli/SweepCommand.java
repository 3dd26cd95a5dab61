package org.parley.ui.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agents.tournament.Sweep;
import org.parley.agents.tournament.SweepRanking;
import org.parley.engine.io.SweepCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Tune a strategy: its parameters over a grid or N random samples, each "
        + "candidate against a pool of opponents on the same seeds (common random numbers). "
        + "Prints a ranked table with paired differences against the best and a failure "
        + "summary; writes sweep.md, sweep.csv, results.jsonl, results.csv and transcripts/.",
    footer = {"", "Example:",
        "  parley sweep examples/london.sweep.json --out results/sweep"})
final class SweepCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SWEEP", description = "Sweep spec (JSON, parley-sweep/1).")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for sweep.md and sweep.csv (the ranking), results.jsonl and "
          + "results.csv (one row per party per session) and transcripts/ (one per session).")
  Path out;

  @Option(names = "--transcripts", defaultValue = "all", paramLabel = "all|none",
      description = "Write every session's transcript (all, default) or only its results rows.")
  String transcripts;

  @Option(names = "--no-progress", description = "No progress bar (for logs).")
  boolean noProgress;

  @Mixin
  StrategyPathOption strategyPath;

  @Override
  public Integer call() {
    if (!transcripts.equals("all") && !transcripts.equals("none")) {
      throw new Parley.UserError("--transcripts must be all or none, got '" + transcripts + "'");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Parley.UserError("no such file: " + file);
    } catch (IOException e) {
      throw new Parley.UserError("cannot read " + file + ": " + e.getMessage());
    }
    Sweep sweep = new Sweep(file.toString(), SweepCodec.read(file.toString(), text),
        strategyPath.catalog());
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "%d candidates × %d sessions each = %d sessions%n",
        sweep.candidates(), sweep.sessions() / sweep.candidates(), sweep.sessions());
    err.flush();
    long start = System.nanoTime();
    SweepRanking ranking;
    try (ConsoleProgress progress = new ConsoleProgress(err, !noProgress)) {
      ranking = sweep.run(out, transcripts.equals("all"), progress);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%d sessions in %.1f s; sweep.md, sweep.csv, results%s in %s%n%n",
        sweep.sessions(), (System.nanoTime() - start) / 1e9, transcripts.equals("all")
            ? " and transcripts" : "", out);
    o.print(ranking.markdown());
    o.flush();
    return 0;
  }
}
