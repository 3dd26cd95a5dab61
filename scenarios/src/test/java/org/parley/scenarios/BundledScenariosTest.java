package org.parley.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.scenario.Scenario;

class BundledScenariosTest {

  static java.util.List<String> ids() {
    return ScenarioCatalog.ids();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyBundledScenarioLoadsAndRoundTrips(String id) {
    Scenario s = ScenarioCatalog.load(id);
    assertEquals(id, s.id());
    assertEquals(s, ScenarioCodec.read("again", ScenarioCodec.write(s)));
    ScenarioAnalysis a = new ScenarioAnalysis(s);
    assertTrue(a.nash().isPresent(), "a deal better than no deal exists");
  }

  @Test
  void catalogHasLondonAndATeachingScenario() {
    assertTrue(ids().contains("london-2025"));
    Scenario teaching = ScenarioCatalog.load("magnets-for-chips");
    assertEquals(3, teaching.domain().issueCount());
    assertTrue(teaching.domain().size() >= 24 && teaching.domain().size() <= 60);
  }

  @Test
  void resolveTakesAnIdOrAFileAndExplainsWhenNeither(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, ScenarioCatalog.source("magnets-for-chips"));
    assertEquals(ScenarioCatalog.load("magnets-for-chips"),
        ScenarioCatalog.resolve(file.toString()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScenarioCatalog.resolve("london-2026"));
    assertTrue(e.getMessage().contains("london-2025"), "lists what exists: " + e.getMessage());
    Files.writeString(file, "{\"format\": \"parley-scenario/1\"}");
    FormatException bad = assertThrows(FormatException.class,
        () -> ScenarioCatalog.resolve(file.toString()));
    assertTrue(bad.getMessage().startsWith(file + ": $: missing key"), bad.getMessage());
  }
}
