package org.parley.ui.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.Parameter;
import org.parley.agents.strategy.Part;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyPlugin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "strategies", mixinStandardHelpOptions = true,
    description = "List the strategy presets, the BOA parts with their parameters, and plug-ins.")
final class StrategiesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  StrategyPathOption strategyPath;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Presets (use as --party us=NAME):");
    for (Preset p : Preset.ALL) {
      out.printf("  %-17s %s%n  %-17s for students: \"%s\", %s: %s%n  %-17s spec: %s%n",
          p.name(), p.description(), "", p.title(), p.level().word(), p.note(), "", p.spec());
    }
    for (Part.Slot slot : Part.Slot.values()) {
      out.printf("%n%s parts (\"%s\": {\"type\": …, parameters}):%n",
          slot.name().charAt(0) + slot.name().substring(1).toLowerCase(Locale.ROOT),
          slot.name().toLowerCase(Locale.ROOT));
      for (Part part : Part.ALL) {
        if (part.slot() != slot) {
          continue;
        }
        out.printf("  %-17s %s%n", part.type(), part.description());
        for (Parameter x : part.parameters()) {
          out.printf("  %-17s   %-6s default %-6s range [%s, %s]  %s%n", "", x.name(),
              Report.f3(x.defaultValue()), x.min(), x.max(), x.description());
        }
      }
    }
    out.println();
    out.println("Acceptance conditions combine: {\"any\": [c1, c2, …]} or {\"all\": […]}.");
    out.println("Example: --party 'us={\"bidding\":{\"type\":\"time-dependent\",\"e\":0.5},"
        + "\"model\":{\"type\":\"frequency\"},\"acceptance\":{\"type\":\"AC_combi\"}}'");
    List<StrategyPlugin> plugins = strategyPath.catalog().plugins();
    if (!plugins.isEmpty()) {
      out.println();
      out.println("Plug-ins:");
      for (StrategyPlugin plugin : plugins) {
        out.printf("  %-17s %s%n", plugin.name(), plugin.description());
        for (Parameter x : plugin.parameters()) {
          out.printf("  %-17s   %-6s default %-6s range [%s, %s]  %s%n", "", x.name(),
              Report.f3(x.defaultValue()), x.min(), x.max(), x.description());
        }
      }
    }
    out.flush();
    return 0;
  }
}
