package org.parley.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.agents.strategy.StrategyCatalog;
import picocli.CommandLine.Option;

/** The {@code --strategy-path} option of every command that builds negotiators (a mixin). */
final class StrategyPathOption {

  @Option(names = "--strategy-path", split = ",", paramLabel = "JAR|DIR",
      description = "Jars or folders with strategy plug-ins (ServiceLoader), comma-separated.")
  List<Path> entries = new ArrayList<>();

  /** The built-in strategies plus the plug-ins found on the path. */
  StrategyCatalog catalog() {
    return StrategyCatalog.withPlugins(entries);
  }
}
