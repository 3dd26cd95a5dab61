package org.parley.ui.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.PresetMatrix;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "Play every preset against every preset (both sides, several seeds) and print "
        + "Markdown tables: agreement rate, mean utilities, mean distance to Nash.")
final class MatrixCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--scenario", defaultValue = ScenarioCatalog.DEFAULT_ID, paramLabel = "ID|FILE",
      description = "Two-party scenario (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--seeds", defaultValue = "10", description = "Seeds per pairing (default: "
      + "${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--presets", split = ",", description = "Presets to include (default: all).")
  List<String> presets = new ArrayList<>();

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new Parley.UserError("--seeds must be at least 1");
    }
    List<String> chosen = presets.isEmpty()
        ? Preset.ALL.stream().map(Preset::name).toList() : presets;
    for (String p : chosen) {
      StrategyCatalog.validate(new org.parley.engine.transcript.NegotiatorSpec(p));
    }
    new PresetMatrix(ScenarioCatalog.resolve(scenario), chosen, seeds)
        .print(spec.commandLine().getOut());
    return 0;
  }
}
