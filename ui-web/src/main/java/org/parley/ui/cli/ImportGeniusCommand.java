package org.parley.ui.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.io.GeniusImport;
import org.parley.engine.io.ImportNames;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley scenario import-genius}: a GENIUS domain and its profiles to a scenario file. */
@Command(name = "import-genius", mixinStandardHelpOptions = true,
    description = "Convert a GENIUS domain and its utility profiles (discrete issues, "
        + "linear-additive) into a Parley scenario file.",
    footer = {"", "Example:", "  parley scenario import-genius laptop_domain.xml "
        + "laptop_profileA.xml laptop_profileB.xml --out laptop-scenario.json"})
final class ImportGeniusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOMAIN.xml", description = "The GENIUS domain.")
  Path domain;

  @Parameters(index = "1..*", arity = "2..*", paramLabel = "PROFILE.xml",
      description = "Two or more utility profiles of that domain (party order).")
  List<Path> profiles;

  @Mixin
  ImportOptions options;

  @Override
  public Integer call() {
    Scenario s = GeniusImport.convert(options.id != null ? options.id : defaultId(domain),
        GeniusSources.read(domain), profiles.stream().map(GeniusSources::read).toList(), options.rounds);
    write(spec, options.out, s);
    return 0;
  }

  /** laptop_domain.xml gives laptop. */
  static String defaultId(Path domain) {
    return ImportNames.scenarioId(domain.getFileName().toString().replaceAll("\\.xml$", "")
        .replaceAll("[_-]?domain$", ""));
  }

  /** Writes the scenario file (atomically) and says what it holds; both imports end here. */
  static void write(CommandSpec spec, Path out, Scenario s) {
    TranscriptFiles.writeText(out, ScenarioCodec.write(s));
    spec.commandLine().getOut().printf("wrote %s: '%s', %d parties (%s), %d issues, %,d bids%n",
        out, s.id(), s.parties().size(), String.join(", ", s.partyIds()),
        s.domain().issueCount(), s.domain().size());
    spec.commandLine().getOut().flush();
  }
}
