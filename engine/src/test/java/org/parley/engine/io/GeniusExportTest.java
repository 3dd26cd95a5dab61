package org.parley.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.domain.Bid;
import org.parley.engine.scenario.Scenario;

/**
 * GENIUS XML written from a scenario reads back through {@link GeniusImport} to the same utility
 * for every bid; what GENIUS cannot hold exactly is refused in one line naming the party.
 */
class GeniusExportTest {

  /** Numeric evaluators (peak, linear), a table, labels GENIUS can and cannot hold, a discount. */
  static final String SCENARIO = """
      {"format": "parley-scenario/1", "id": "mini", "title": "Mini", "protocol":
        "alternating-offers", "deadline": {"rounds": 10},
        "issues": [
          {"id": "tariff", "unit": "%", "levels": [54, 30, 20, 10]},
          {"id": "deal", "name": "The \\"deal\\"", "levels": [
            {"id": "none", "label": "no deal at all"}, {"id": "some", "label": "R&D only"},
            {"id": "all"}]}],
        "parties": [
          {"id": "us", "profile": {"reservation": 0.35, "discount": 0.9, "utility": {
            "type": "linear-additive", "weights": {"tariff": 0.3, "deal": 0.7},
            "evaluators": {"tariff": {"type": "peak", "peak": 30},
              "deal": {"type": "table", "values": {"none": 1, "some": 0.7, "all": 0.2}}}}}},
          {"id": "cn", "profile": {"reservation": 0.3, "utility": {
            "type": "linear-additive", "weights": {"tariff": 0.45, "deal": 0.55},
            "evaluators": {"tariff": {"type": "linear", "direction": "decreasing"},
              "deal": {"type": "table", "values": {"none": 0, "some": 0.4, "all": 1}}}}}}]}
      """;

  @Test
  void theImportReadsBackTheSameUtilityForEveryBidAndTheSameProfiles() {
    Scenario s = ScenarioCodec.read("mini", SCENARIO);
    List<GeniusImport.Source> files = GeniusExport.files(s);
    assertEquals(List.of("mini_domain.xml", "mini_us.xml", "mini_cn.xml"),
        files.stream().map(GeniusImport.Source::name).toList());
    Scenario back = GeniusImport.convert("mini", files.get(0), files.subList(1, 3), 10);
    assertEquals(s.partyIds(), back.partyIds());
    assertEquals(s.domain().issueIds(), back.domain().issueIds());
    for (int k = 0; k < 2; k++) {
      assertEquals(s.domain().issue(k).levelIds(), back.domain().issue(k).levelIds());
    }
    for (int p = 0; p < 2; p++) {
      var original = s.parties().get(p).profile();
      var read = back.parties().get(p).profile();
      assertEquals(original.reservation(), read.reservation(), 1e-12);
      assertEquals(original.discount(), read.discount(), 1e-12);
      for (long o = 0; o < s.domain().size(); o++) {
        Bid bid = s.domain().bidAt(o);
        assertEquals(original.utility().utility(bid), read.utility().utility(bid), 1e-9,
            p + " " + bid);
      }
    }
    String domain = files.get(0).text();
    assertTrue(domain.contains(
        "<item index=\"1\" value=\"none\" description=\"no deal at all\" />"), domain);
    assertTrue(domain.contains("<item index=\"2\" value=\"some\" />"), "R&D would end the tag "
        + "or stay '&amp;' in GENIUS's reader, so that label is left out:\n" + domain);
    assertTrue(domain.contains("name=\"deal\">"), "a name with a quote is left out:\n" + domain);
    assertTrue(files.get(1).text().contains("<item index=\"2\" value=\"30\" evaluation=\"1\" />"),
        "the peak evaluator, level by level:\n" + files.get(1).text());
  }

  @Test
  void whatGeniusCannotHoldIsRefusedNamingThePartyAndWhat() {
    assertRefused(SCENARIO.replace("\"type\": \"linear-additive\", \"weights\": {\"tariff\": 0.45",
        "\"type\": \"pairwise-interactions\", \"interactions\": [{\"when\": {\"tariff\": 10, "
            + "\"deal\": \"all\"}, \"delta\": -0.1}], \"weights\": {\"tariff\": 0.45"),
        "mini: party 'cn' has the interaction term tariff=10 with deal=all (-0.1); GENIUS "
            + "profiles are linear-additive, without interaction terms");
    assertRefused(SCENARIO.replace("\"none\": 1, \"some\": 0.7", "\"none\": 0.9, \"some\": 0.7"),
        "mini: party 'us', issue 'deal': the best level scores 0.9, and GENIUS divides an issue's "
            + "evaluations by the best one, which would change this party's utilities");
    assertRefused(SCENARIO.replace("\"peak\": 30", "\"peak\": 25"),
        "mini: party 'us', issue 'tariff': the best level scores 0.8275862068965517, ");
    assertRefused(SCENARIO.replace("\"some\"", "\"R&D\""),
        "level of issue 'deal' 'R&D' has &, <, >, a double quote or a control character, which "
            + "GENIUS's XML reader cannot read back");
  }

  @Test
  void anIssueOfWeightZeroMayHaveAnyBestLevel() {
    String zero = SCENARIO
        .replace("{\"tariff\": 0.3, \"deal\": 0.7}", "{\"tariff\": 1, \"deal\": 0}")
        .replace("\"none\": 1, \"some\": 0.7", "\"none\": 0.5, \"some\": 0.3");
    assertEquals(3, GeniusExport.files(ScenarioCodec.read("zero", zero)).size());
  }

  private static void assertRefused(String scenario, String start) {
    Scenario s = ScenarioCodec.read("mini", scenario);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeniusExport.files(s));
    assertTrue(e.getMessage().startsWith(start), "expected\n  " + start + "\ngot\n  "
        + e.getMessage());
  }
}
