package org.parley.ui.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.engine.io.GeniusImport;
import org.parley.engine.io.GeniusWebImport;
import org.parley.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley scenario import-geniusweb}: GeniusWeb profiles to a scenario file. */
@Command(name = "import-geniusweb", mixinStandardHelpOptions = true,
    description = {"Convert GeniusWeb LinearAdditiveUtilitySpace profiles (discrete value sets) "
        + "into a Parley scenario file.", "The profiles embed their domain; a GeniusWeb domain "
        + "file may be given too, and then every profile must be of that domain."},
    footer = {"", "Example:", "  parley scenario import-geniusweb laptop_domain.json "
        + "laptop_profileA.json laptop_profileB.json --out laptop-scenario.json"})
final class ImportGeniusWebCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "FILE.json",
      description = "Two or more profiles (party order), and at most one domain file.")
  List<Path> files;

  @Mixin
  ImportOptions options;

  @Override
  public Integer call() {
    List<GeniusImport.Source> sources = files.stream().map(GeniusSources::read).toList();
    Scenario s = options.id != null ? GeniusWebImport.convert(options.id, sources,
        options.rounds) : GeniusWebImport.convert(sources, options.rounds);
    ImportGeniusCommand.write(spec, options.out, s);
    return 0;
  }
}
