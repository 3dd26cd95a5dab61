package org.parley.ui.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What both imports (GENIUS and GeniusWeb) ask besides their files: a mixin. */
final class ImportOptions {

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Scenario file to write.")
  Path out;

  @Option(names = "--id", paramLabel = "ID",
      description = "Scenario id (default: from the domain's name).")
  String id;

  @Option(names = "--rounds", defaultValue = "100",
      description = "Deadline in rounds (default: ${DEFAULT-VALUE}).")
  int rounds;
}
