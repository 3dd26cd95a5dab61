package org.parley.ui.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.parley.agents.check.CheckReport;
import org.parley.agents.check.CheckSettings;
import org.parley.agents.check.Failure;
import org.parley.agents.check.Problem;
import org.parley.agents.check.StrategyCheck;
import org.parley.agents.strategy.Preset;
import org.parley.engine.io.FormatException;
import org.parley.engine.transcript.NegotiatorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check-strategy", mixinStandardHelpOptions = true,
    description = {"Check a strategy against Parley's rules for bots. Over random two-party "
        + "scenarios, against every preset on both sides, each session played twice, it must: "
        + "never accept an offer worth less than its reservation value; play the same session the "
        + "same way twice; never throw; answer within the turn limit; make only moves the "
        + "protocol allows (valid bids).",
        "Each failing check is reported once, with its first sessions and a 'parley run' command "
            + "that plays each again."},
    footer = {"", "Examples:",
        "  parley check-strategy stubborn --strategy-path stubborn.jar",
        "  parley check-strategy my-spec.json --scenarios 200 --seed 7",
        "", "Exit status: 0 when every check passes, 1 when one fails, 2 for a usage error."})
final class CheckStrategyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "STRATEGY", description = "A preset, a plug-in name (with "
      + "--strategy-path), a JSON spec, or a .json file holding a JSON spec.")
  String strategy;

  @Option(names = "--scenarios", paramLabel = "N", defaultValue = "50",
      description = "Random scenarios to play, each against every preset on both sides "
          + "(default: ${DEFAULT-VALUE}).")
  int scenarios;

  @Option(names = "--seed", defaultValue = "1",
      description = "Master seed: the same seed checks the same sessions (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rounds", paramLabel = "N",
      description = "Deadline of every scenario (default: 10-60 rounds, drawn per scenario).")
  Integer rounds;

  @Option(names = "--turn-limit", paramLabel = "MILLIS", defaultValue = "1000",
      description = "Longest a turn may take (default: ${DEFAULT-VALUE}).")
  long turnLimitMillis;

  @Option(names = "--max-failures", paramLabel = "N", defaultValue = "25",
      description = "Stop after this many failing sessions (default: ${DEFAULT-VALUE}).")
  int maxFailures;

  @Option(names = "--repro-dir", paramLabel = "DIR", description = "Where to write the scenarios "
      + "of failing sessions (default: a new temporary folder, printed).")
  Path reproDir;

  @Mixin
  StrategyPathOption strategyPath;

  @Override
  public Integer call() {
    NegotiatorSpec checked;
    StrategyCheck check;
    CheckSettings settings;
    try {
      settings = new CheckSettings(scenarios, seed,
          rounds == null ? OptionalInt.empty() : OptionalInt.of(rounds),
          Duration.ofMillis(turnLimitMillis), maxFailures);
      checked = StrategyArgument.read(strategy);
      check = new StrategyCheck(strategyPath.catalog(), checked, settings);
    } catch (IllegalArgumentException | FormatException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.printf(Locale.ROOT, "Checking %s: %d random scenarios (seed %d) x %d presets x both "
        + "sides = %d sessions, each played twice; turn limit %d ms.%n", checked.text(),
        scenarios, seed, Preset.ALL.size(), check.plannedSessions(), turnLimitMillis);
    out.flush();
    int step = Math.max(1, scenarios / 10);
    CheckReport report = check.run(done -> {
      if (done % step == 0 && done < scenarios) {
        err.printf("checked %d/%d scenarios%n", done, scenarios);
        err.flush();
      }
    });
    Reproduction reproduction = report.passed() ? null
        : new Reproduction(folder(), checked, strategyPath.entries, settings.turnLimit());
    for (Problem p : Problem.values()) {
      Integer count = report.failing().get(p);
      if (count == null) {
        out.printf(report.stoppedEarly() ? "ok    %s (in the sessions played)%n" : "ok    %s%n",
            p.key());
        continue;
      }
      out.printf("FAIL  %s: it %s, in %d of %d sessions. First %s:%n", p.key(), p.description(),
          count, report.sessions(), report.examples().get(p).size() == 1 ? "one"
              : report.examples().get(p).size());
      for (Failure f : report.examples().get(p)) {
        out.printf("  - %s as %s against %s, seed %d: %s%n    %s%n", f.scenario().id(), f.party(),
            f.opponent(), f.seed(), firstLines(f.detail()), reproduction.command(f));
      }
    }
    if (report.stoppedEarly()) {
      out.printf("Stopped after %d failing sessions (--max-failures), %d of %d sessions played.%n",
          maxFailures, report.sessions(), check.plannedSessions());
    }
    out.println(report.passed() ? "All checks pass."
        : report.failing().size() + " of " + Problem.values().length + " checks fail.");
    out.flush();
    return report.passed() ? 0 : 1;
  }

  private Path folder() {
    try {
      return reproDir != null ? Files.createDirectories(reproDir)
          : Files.createTempDirectory("parley-check-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the failing scenarios: "
          + e.getMessage(), e);
    }
  }

  /** A stack trace's message and first frame; a one-line detail as it is. */
  private static String firstLines(String detail) {
    List<String> lines = detail.lines().limit(2).toList();
    return String.join(" ", lines).replace('\t', ' ');
  }
}
