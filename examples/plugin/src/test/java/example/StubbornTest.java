package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.parley.agents.check.CheckReport;
import org.parley.agents.check.CheckSettings;
import org.parley.agents.check.StrategyCheck;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.transcript.NegotiatorSpec;

/** The checks of 'parley check-strategy', run on every build of the plug-in. */
class StubbornTest {

  @Test
  void parleyFindsItAndItPassesEveryCheck() {
    // the compiled classes and the service file, as Parley finds them in the jar
    StrategyCatalog catalog = StrategyCatalog.withPlugins(List.of(Path.of("target/classes")));
    assertEquals(List.of("stubborn"), catalog.plugins().stream().map(StrategyPlugin::name).toList());
    CheckReport report = new StrategyCheck(catalog, new NegotiatorSpec("stubborn"),
        new CheckSettings(5, 1, OptionalInt.empty(), Duration.ofSeconds(1), 25)).run(done -> { });
    assertTrue(report.passed(), "fails " + report.examples());
  }
}
