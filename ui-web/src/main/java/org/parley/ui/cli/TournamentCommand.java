package org.parley.ui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.engine.io.TournamentCodec;
import org.parley.agents.tournament.RunStoppedException;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Distribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tournament", mixinStandardHelpOptions = true,
    description = "Run a tournament spec: every pairing both ways, repeated; results as JSON "
        + "lines and CSV, a transcript per session, and a leaderboard.",
    footer = {"", "Example:",
        "  parley tournament examples/london.tournament.json --out results/london",
        "  parley tournament examples/london.tournament.json --out results/london --resume",
        "", "Over several hosts (JADE containers; trusted networks only):",
        "  parley tournament SPEC --out DIR --workers 2 --listen 10.0.0.1:7100   # on the master",
        "  parley worker --main 10.0.0.1:7100 --secret SECRET --local-host 10.0.0.2   # each worker",
        "The master prints SECRET (or give your own with --secret); only containers that give it",
        "can join."})
final class TournamentCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "SPEC", description = "Tournament spec (JSON, parley-tournament/1).")
  Path specFile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder for results.jsonl, results.csv, transcripts/ and leaderboard.md.")
  Path out;

  @Option(names = "--resume", description = "Continue the results in --out: finished sessions "
      + "are kept, the rest run.")
  boolean resume;

  @Option(names = "--transcripts", defaultValue = "all", paramLabel = "all|none",
      description = "Write every session's transcript (all, default) or only its results row.")
  String transcripts;

  @Option(names = "--no-progress", description = "No progress bar (for logs).")
  boolean noProgress;

  @Mixin
  StrategyPathOption strategyPath;

  @Mixin
  SecretOption secret;

  @Option(names = "--workers", paramLabel = "N", description = "Run the sessions on N or more "
      + "workers ('parley worker') instead of here; starts once N have joined.")
  Integer workers;

  @Option(names = "--listen", defaultValue = "127.0.0.1:7100", paramLabel = "HOST:PORT",
      description = "With --workers: where the workers join (default: ${DEFAULT-VALUE}; give an "
          + "address the workers can reach for several hosts).")
  String listen;

  @Option(names = "--join-wait", defaultValue = "600", paramLabel = "SECONDS",
      description = "With --workers: how long to wait for them to join, and for one to join "
          + "when all are gone mid-run; then the run stops, its finished sessions kept (default: "
          + "${DEFAULT-VALUE}).")
  int joinWait;

  @Override
  public Integer call() {
    if (!transcripts.equals("all") && !transcripts.equals("none")) {
      throw new Parley.UserError("--transcripts must be all or none, got '" + transcripts + "'");
    }
    Distribution d = null; // options first: nothing is read or made before they pass
    if (workers != null) {
      if (workers < 1 || workers > 1000) {
        throw new Parley.UserError("--workers must be 1-1000, got " + workers);
      }
      HostPort at = HostPort.parse("--listen", listen);
      if (joinWait < 1) {
        throw new Parley.UserError("--join-wait must be at least 1 s, got " + joinWait);
      }
      d = new Distribution(at.host(), at.port(), secret.forListener(), workers,
          java.time.Duration.ofSeconds(joinWait), resumeHere(), null);
    }
    String text;
    try {
      text = Files.readString(specFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new Parley.UserError("no such file: " + specFile);
    } catch (IOException e) {
      throw new Parley.UserError("cannot read " + specFile + ": " + e.getMessage());
    }
    Tournament t = new Tournament(specFile.toString(), TournamentCodec.read(specFile.toString(),
        text), strategyPath.catalog());
    Tournament.Summary s;
    try (ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(),
        !noProgress)) {
      s = t.run(out, resume, transcripts.equals("all"), progress, d);
    } catch (IllegalArgumentException | RunStoppedException e) {
      throw new Parley.UserError(e.getMessage());
    }
    var o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%d sessions in %s (%d run now, %d from before); results in %s%n%n",
        s.planned(), String.format(Locale.ROOT, "%.1f s", s.elapsed().toMillis() / 1000.0), s.ran(),
        s.skipped(), out);
    try {
      o.print(Files.readString(out.resolve(Tournament.LEADERBOARD)));
    } catch (IOException e) {
      throw new Parley.UserError("cannot read the leaderboard: " + e.getMessage());
    }
    o.flush();
    return 0;
  }

  /**
   * The command that finishes this run on this machine: the same spec, folder, transcripts and
   * plug-ins, with {@code --resume} and without {@code --workers}.
   */
  private String resumeHere() {
    StringBuilder c = new StringBuilder("parley tournament ").append(shell(specFile.toString()))
        .append(" --out ").append(shell(out.toString()));
    if (transcripts.equals("none")) {
      c.append(" --transcripts none");
    }
    if (!strategyPath.entries.isEmpty()) {
      c.append(" --strategy-path ").append(shell(String.join(",",
          strategyPath.entries.stream().map(Path::toString).toList())));
    }
    return c.append(" --resume").toString();
  }

  /** A word as a POSIX shell reads it back: as it is when plain, else in single quotes. */
  static String shell(String word) {
    if (word.matches("[A-Za-z0-9_./:@%+=,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
