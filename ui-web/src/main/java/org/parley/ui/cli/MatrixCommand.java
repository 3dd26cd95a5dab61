package org.parley.ui.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.Preset;
import org.parley.agents.tournament.StrategyMatrix;
import org.parley.engine.io.FormatException;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "Play every strategy against every strategy (both sides, several seeds) and "
        + "print Markdown tables: agreement rate, mean utilities, mean distance to Nash.",
    footer = {"", "Example:",
        "  parley matrix --strategy boulware --strategy stubborn --strategy-path stubborn.jar \\",
        "    --strategy 'e05={\"bidding\":{\"type\":\"time-dependent\",\"e\":0.5}}'"})
final class MatrixCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--scenario", defaultValue = ScenarioCatalog.DEFAULT_ID, paramLabel = "ID|FILE",
      description = "Two-party scenario (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--seeds", defaultValue = "10", description = "Seeds per pairing (default: "
      + "${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--strategy", paramLabel = "NAME|LABEL=SPEC",
      description = "A strategy to include, once per strategy (default: every preset): a preset "
          + "or plug-in name, or a label with a JSON spec or a .json file holding one, as in "
          + "a tournament spec.")
  List<String> strategies = new ArrayList<>();

  @Mixin
  StrategyPathOption strategyPath;

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new Parley.UserError("--seeds must be at least 1");
    }
    List<TournamentSpec.Entry> chosen = new ArrayList<>();
    for (String s : strategies.isEmpty()
        ? Preset.ALL.stream().map(Preset::name).toList() : strategies) {
      chosen.add(entry(s));
    }
    new StrategyMatrix(ScenarioCatalog.resolve(scenario), chosen, seeds, strategyPath.catalog())
        .print(spec.commandLine().getOut());
    return 0;
  }

  /** "boulware", or "label={…}" / "label=file.json": a tournament spec's strategy entry. */
  private static TournamentSpec.Entry entry(String given) {
    int eq = given.indexOf('=');
    if (eq < 0 || given.strip().startsWith("{")) {
      if (given.strip().startsWith("{") || given.strip().endsWith(".json")) {
        throw new Parley.UserError("--strategy " + given + ": give a JSON spec a label, "
            + "LABEL=SPEC");
      }
      return new TournamentSpec.Entry(given.strip(), new NegotiatorSpec(given.strip()));
    }
    try {
      return new TournamentSpec.Entry(given.substring(0, eq).strip(),
          StrategyArgument.read(given.substring(eq + 1)));
    } catch (IllegalArgumentException | FormatException e) {
      throw new Parley.UserError("--strategy " + given.substring(0, eq) + ": " + e.getMessage());
    }
  }
}
