package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.cli.CliTest.parley;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyPlugin;

/** 'parley matrix' takes the strategies a tournament spec takes: presets, plug-ins, JSON specs. */
class MatrixCommandTest {

  @Test
  void presetsPluginsAndLabelledSpecsPlayEachOther(@TempDir Path dir) throws Exception {
    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins.resolve("META-INF/services"));
    Files.writeString(plugins.resolve("META-INF/services/" + StrategyPlugin.class.getName()),
        AcceptsAnything.class.getName() + "\n");
    Path spec = dir.resolve("e05.json");
    Files.writeString(spec, "{\"bidding\": {\"type\": \"time-dependent\", \"e\": 0.5}}");
    CliTest.Result r = parley("matrix", "--scenario", "magnets-for-chips", "--seeds", "1",
        "--strategy-path", plugins.toString(),
        "--strategy", "boulware", "--strategy", "accepts-anything",
        "--strategy", "e02={\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2}}",
        "--strategy", "e05=" + spec);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("| us \\ china | boulware | accepts-anything | e02 | e05 |"),
        r.out());
    assertTrue(r.out().contains("\n| e05 | "), r.out());
  }

  @Test
  void anUnknownStrategyOrAnUnlabelledSpecIsRefused() {
    CliTest.Result unknown = parley("matrix", "--scenario", "magnets-for-chips", "--strategy",
        "stubborn");
    assertEquals(1, unknown.exit());
    assertTrue(unknown.err().startsWith("error: strategy 'stubborn': unknown strategy"),
        unknown.err());
    CliTest.Result unlabelled = parley("matrix", "--strategy", "{\"bidding\":{}}");
    assertEquals(1, unlabelled.exit());
    assertTrue(unlabelled.err().contains("LABEL=SPEC"), unlabelled.err());
  }
}
