package org.parley.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.io.GeniusExport;
import org.parley.engine.io.GeniusImport;
import org.parley.engine.scenario.Scenario;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley scenario export-genius}: a scenario as GENIUS XML, so GENIUS and NegMAS agents can
 * play it. The engine's {@link GeniusExport} decides what GENIUS can hold; this writes the files.
 */
@Command(name = "export-genius", mixinStandardHelpOptions = true,
    description = {"Write a scenario as GENIUS XML: a domain file and one linear-additive "
        + "profile per party.", "Interaction terms, and issues whose best level scores neither 1 "
        + "nor 0, are refused."},
    footer = {"", "Example:", "  parley scenario export-genius london-2025 --out london-genius"})
final class ExportGeniusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID|FILE", description = "Bundled scenario id or scenario file.")
  String scenario;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Folder to write the files into (made if missing).")
  Path out;

  @Override
  public Integer call() {
    Scenario s = ScenarioCatalog.resolve(scenario);
    List<GeniusImport.Source> files = GeniusExport.files(s);
    PrintWriter o = spec.commandLine().getOut();
    for (GeniusImport.Source file : files) {
      TranscriptFiles.writeText(out.resolve(file.name()), file.text());
      o.printf("wrote %s%n", out.resolve(file.name()));
    }
    o.printf("%s as GENIUS XML: a domain and %d profiles (%s), %,d bids%n", s.id(),
        s.parties().size(), String.join(", ", s.partyIds()), s.domain().size());
    o.flush();
    return 0;
  }
}
