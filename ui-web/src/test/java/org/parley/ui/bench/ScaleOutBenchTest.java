package org.parley.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.TournamentSpec;

/** The scale-out benchmark's workloads, without the benchmark: no speed is checked here. */
class ScaleOutBenchTest {

  @TempDir
  Path dir;

  @Test
  void theLondonWorkloadIsTheLondonExample() throws Exception {
    TournamentSpec example = TournamentCodec.read("example", Files.readString(
        Path.of("..", "examples", "london.tournament.json")));
    assertEquals(example, TournamentCodec.read("bench", ScaleOutBench.LONDON_SPEC));
  }

  @Test
  void theSlowBotLoadsFromAFolderWithItsServiceFileAndWaitsEachTurn() throws Exception {
    Path services = dir.resolve("plugin/META-INF/services/" + StrategyPlugin.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, SlowBot.class.getName() + "\n");
    StrategyCatalog catalog = StrategyCatalog.withPlugins(List.of(dir.resolve("plugin")));
    String spec = ScaleOutBench.SLOW_SPEC.replace("\"repetitions\": 20", "\"repetitions\": 1")
        .replace("\"rounds\": 20", "\"rounds\": 3");
    Tournament t = new Tournament("slow.json", TournamentCodec.read("slow.json", spec), catalog);
    Tournament.Summary s = t.run(dir.resolve("out"), false, false, RunListener.SILENT);
    assertEquals(20, s.planned());
    assertTrue(s.rows().stream().noneMatch(ResultRow::failed), s.rows().toString());
    // 20 sessions, each with at least one turn of a slow bot, on every core at once at most
    assertTrue(s.sessionTime().toMillis() >= 20 * 5 / Tournament.cores(),
        "took " + s.sessionTime());
  }
}
