package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.StrategyCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "strategies", mixinStandardHelpOptions = true,
    description = "List the strategy presets and the parameters of composed strategies.")
final class StrategiesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Presets:");
    for (StrategyCatalog.Preset p : StrategyCatalog.PRESETS) {
      out.printf("  %-10s %s%n  %-10s difficulty: %s%n", p.name(), p.description(), "",
          p.difficulty());
    }
    out.println();
    out.println("Composed: {\"strategy\":\"" + StrategyCatalog.TIME_DEPENDENT
        + "\", <parameters>}  (time-dependent bidding + AC_next acceptance)");
    for (StrategyCatalog.Parameter p : StrategyCatalog.PARAMETERS) {
      out.printf("  %-3s default %-5s range [%s, %s]  %s%n", p.name(), Report.f3(p.defaultValue()),
          p.min(), p.max(), p.description());
    }
    out.flush();
    return 0;
  }
}
