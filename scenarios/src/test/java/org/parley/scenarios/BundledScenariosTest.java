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
import org.parley.engine.scenario.ReferenceBid;
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

  /**
   * Text and numbers agree: where a reference's note says its utilities are the reservation values
   * (rounded to three decimals), they are; and every weight the trilateral's description quotes for
   * a party is that party's weight in the file.
   */
  @ParameterizedTest
  @MethodSource("ids")
  void aNoDealPointSaidToGiveTheReservationValuesGivesThem(String id) {
    Scenario s = ScenarioCatalog.load(id);
    ScenarioAnalysis a = new ScenarioAnalysis(s);
    for (ReferenceBid r : s.references()) {
      if (!String.valueOf(r.note()).contains("rounded to three decimals, are the reservation "
          + "values")) {
        continue;
      }
      assertEquals(ReferenceBid.Kind.DISAGREEMENT, r.kind(), id + ": " + r.id());
      double[] u = a.utilities(r.bid());
      for (int p = 0; p < s.parties().size(); p++) {
        assertEquals(s.parties().get(p).profile().reservation(), java.math.BigDecimal.valueOf(u[p])
            .setScale(3, java.math.RoundingMode.HALF_EVEN).doubleValue(), // as the files round
            id + ": " + s.parties().get(p).id() + "'s utility of '" + r.id() + "' is " + u[p]);
      }
    }
  }

  @Test
  void theLondonScenariosSayTheirNoDealPointsGiveTheReservationValues() {
    for (String id : java.util.List.of("london-2025", "london-2025-trilateral")) {
      assertTrue(ScenarioCatalog.load(id).references().stream().anyMatch(r -> String.valueOf(
          r.note()).contains("rounded to three decimals, are the reservation values")), id);
    }
  }

  @Test
  void theTrilateralsDescriptionQuotesItsOwnWeights() {
    Scenario s = ScenarioCatalog.load("london-2025-trilateral");
    String text = s.description();
    for (String[] party : new String[][] {{"us", "US: ", "China: "}, {"china", "China: ", "UK: "},
        {"uk", "UK: ", "Each reservation"}}) {
      String part = text.substring(text.indexOf(party[1]), text.indexOf(party[2],
          text.indexOf(party[1])));
      java.util.Collection<Double> weights = ((org.parley.engine.utility.LinearAdditiveUtility)
          s.requireParty(party[0]).profile().utility()).weights().values();
      java.util.regex.Matcher m = java.util.regex.Pattern
          .compile("\\((0\\.\\d+)[,;)]").matcher(part);
      int quoted = 0;
      while (m.find()) {
        double w = Double.parseDouble(m.group(1));
        quoted++;
        assertTrue(weights.stream().anyMatch(x -> Math.abs(x - w) < 1e-9),
            party[0] + " weight " + w + " quoted in the description is not in the file: "
                + part);
      }
      assertTrue(quoted >= 3, party[0] + ": the description quotes its weights");
      // what it says of the bilateral file holds there (the UK has no seat in it)
      Scenario london = ScenarioCatalog.load("london-2025");
      java.util.Collection<Double> bilateral = !london.partyIds().contains(party[0])
          ? java.util.List.of() : ((org.parley.engine.utility.LinearAdditiveUtility) london
              .requireParty(party[0]).profile().utility()).weights().values();
      java.util.regex.Matcher said = java.util.regex.Pattern.compile("\\((0\\.\\d+), as in "
          + "the (?:bilateral )?pack\\)|(0\\.\\d+) in the bilateral file|the bilateral file "
          + "gives them (0\\.\\d+)").matcher(part);
      while (said.find()) {
        String n = said.group(1) != null ? said.group(1) : said.group(2) != null ? said.group(2)
            : said.group(3);
        double w = Double.parseDouble(n);
        assertTrue(bilateral.stream().anyMatch(x -> Math.abs(x - w) < 1e-9), party[0] + ": "
            + w + " is said of the bilateral file, whose weights are " + bilateral);
      }
    }
  }
}
