package org.parley.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Issue;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;

/**
 * GeniusWeb profiles read with GeniusWeb's semantics (nothing normalised; the reservation value is
 * the utility of the reservation bid), and bad ones refused naming the file and the JSON path.
 */
class GeniusWebImportTest {

  static final String DOMAIN = """
      {"name": "jobs", "issuesValues": {
        "salary": {"values": ["2000", "3000", "4000"]},
        "fte": {"values": ["0.6", "1.0"]},
        "lease car": {"values": ["yes", "no"]}}}""";

  /** GeniusWeb's Java names ("discreteutils"), with a reservation bid. */
  static final String A = """
      {"LinearAdditiveUtilitySpace": {
        "domain": %s,
        "name": "jobs1",
        "issueWeights": {"salary": 0.5, "fte": 0.3, "lease car": 0.2},
        "issueUtilities": {
          "salary": {"discreteutils": {"valueUtilities": {"2000": 0, "3000": 0.6, "4000": 1}}},
          "fte": {"discreteutils": {"valueUtilities": {"0.6": 0.25, "1.0": 0.75}}},
          "lease car": {"discreteutils": {"valueUtilities": {"yes": 1, "no": 0}}}},
        "reservationBid": {"issuevalues": {"salary": "3000", "fte": "0.6", "lease car": "no"}}}}
      """.formatted(DOMAIN);

  /** GeniusWeb's Python names ("DiscreteValueSetUtilities"), no reservation bid, best bid 0.86. */
  static final String B = """
      {"LinearAdditiveUtilitySpace": {
        "domain": %s,
        "name": "jobs2",
        "issueWeights": {"salary": 0.2, "fte": 0.2, "lease car": 0.6},
        "issueUtilities": {
          "salary": {"DiscreteValueSetUtilities": {"valueUtilities":
              {"2000": 1, "3000": 0.5, "4000": 0}}},
          "fte": {"DiscreteValueSetUtilities": {"valueUtilities": {"0.6": 0.9, "1.0": 0.1}}},
          "lease car": {"DiscreteValueSetUtilities": {"valueUtilities": {"yes": 0, "no": 0.8}}}},
        "reservationBid": null}}
      """.formatted(DOMAIN);

  static final List<Map<String, Double>> WEIGHTS = List.of(
      Map.of("salary", 0.5, "fte", 0.3, "lease car", 0.2),
      Map.of("salary", 0.2, "fte", 0.2, "lease car", 0.6));
  static final List<Map<String, Map<String, Double>>> UTILITIES = List.of(
      Map.of("salary", Map.of("2000", 0.0, "3000", 0.6, "4000", 1.0),
          "fte", Map.of("0.6", 0.25, "1.0", 0.75), "lease car", Map.of("yes", 1.0, "no", 0.0)),
      Map.of("salary", Map.of("2000", 1.0, "3000", 0.5, "4000", 0.0),
          "fte", Map.of("0.6", 0.9, "1.0", 0.1), "lease car", Map.of("yes", 0.0, "no", 0.8)));

  static Scenario convert(String a, String b) {
    return GeniusWebImport.convert(List.of(new GeniusImport.Source("jobs_a.json", a),
        new GeniusImport.Source("jobs_b.json", b)), 50);
  }

  @Test
  void everyBidIsTheWeightedSumOfTheFileAndTheReservationBidGivesTheReservationValue() {
    Scenario s = convert(A, B);
    assertEquals("jobs", s.id());
    assertEquals(List.of("a", "b"), s.partyIds());
    assertEquals(List.of("salary", "fte", "lease_car"), s.domain().issueIds());
    assertEquals(50, s.deadline().rounds());
    assertEquals(12, s.domain().size());
    double best = 0;
    for (int p = 0; p < 2; p++) {
      Party party = s.parties().get(p);
      for (long o = 0; o < s.domain().size(); o++) {
        Bid bid = s.domain().bidAt(o);
        double expected = 0;
        for (int k = 0; k < 3; k++) {
          Issue issue = s.domain().issue(k);
          expected += WEIGHTS.get(p).get(issue.name())
              * UTILITIES.get(p).get(issue.name()).get(issue.level(bid.level(k)).id());
        }
        assertEquals(expected, party.profile().utility().utility(bid), 1e-12, p + " " + bid);
        best = p == 1 ? Math.max(best, expected) : best;
      }
      assertEquals(1.0, party.profile().discount());
    }
    assertEquals(0.86, best, 1e-12, "B's best bid is 0.86: nothing is rescaled to 1");
    assertEquals(0.5 * 0.6 + 0.3 * 0.25 + 0.2 * 0, s.parties().get(0).profile().reservation(),
        1e-12);
    assertEquals(0.0, s.parties().get(1).profile().reservation(), "no reservation bid: 0");
  }

  @Test
  void aDomainFileSetsTheOrderAndEveryProfileMustHaveThatDomain() {
    String reordered = """
        {"name": "jobs", "issuesValues": {
          "lease car": {"values": ["no", "yes"]},
          "salary": {"values": ["4000", "3000", "2000"]},
          "fte": {"values": ["1.0", "0.6"]}}}""";
    Scenario s = GeniusWebImport.convert("my-jobs", List.of(
        new GeniusImport.Source("jobs.json", reordered), new GeniusImport.Source("a.json", A),
        new GeniusImport.Source("b.json", B)), 100);
    assertEquals("my-jobs", s.id());
    assertEquals(List.of("lease_car", "salary", "fte"), s.domain().issueIds());
    assertEquals(List.of("4000", "3000", "2000"), s.domain().issue(1).levelIds());

    String other = reordered.replace("\"2000\"", "\"5000\"");
    FormatException e = assertThrows(FormatException.class, () -> GeniusWebImport.convert(
        List.of(new GeniusImport.Source("jobs.json", other), new GeniusImport.Source("a.json", A),
            new GeniusImport.Source("b.json", B)), 100));
    assertEquals("a.json: $.LinearAdditiveUtilitySpace.domain: not the domain of jobs.json: "
        + "issue 'salary' has values [2000, 3000, 4000], not [4000, 3000, 5000]",
        e.getMessage());
    e = assertThrows(FormatException.class, () -> GeniusWebImport.convert(List.of(
        new GeniusImport.Source("jobs.json", DOMAIN), new GeniusImport.Source("d.json", DOMAIN),
        new GeniusImport.Source("a.json", A)), 100));
    assertTrue(e.getMessage().startsWith("d.json: $: a second domain file (the first was "
        + "jobs.json)"), e.getMessage());
  }

  @Test
  void badProfilesNameTheFileThePathAndTheProblem() {
    assertRefused(A.replace("\"lease car\": 0.2", "\"lease car\": 0.1"), B,
        "jobs_a.json: $.LinearAdditiveUtilitySpace.issueWeights: weights sum to 0.900000");
    assertRefused(A.replace("\"yes\": 1,", "\"maybe\": 1,"), B, "jobs_a.json: "
        + "$.LinearAdditiveUtilitySpace.issueUtilities.lease car.discreteutils.valueUtilities"
        + ".maybe: issue 'lease car' has no value 'maybe'; its values are [yes, no]");
    assertRefused(A.replace(", \"no\": 0}", "}"), B, "jobs_a.json: $.LinearAdditiveUtilitySpace"
        + ".issueUtilities.lease car.discreteutils.valueUtilities: no utility for value 'no' of "
        + "issue 'lease car'");
    assertRefused(A, B.replace("\"no\": 0.8", "\"no\": 1.5"), "jobs_b.json: "
        + "$.LinearAdditiveUtilitySpace.issueUtilities.lease car.DiscreteValueSetUtilities"
        + ".valueUtilities.no: utility 1.5 must be in [0,1]");
    assertRefused(A.replace("{\"discreteutils\": {\"valueUtilities\": {\"0.6\": 0.25, "
        + "\"1.0\": 0.75}}}", "{\"numberutils\": {\"lowValue\": 0.6, \"lowUtility\": 0}}"), B,
        "jobs_a.json: $.LinearAdditiveUtilitySpace.issueUtilities.fte: issue 'fte' has number "
            + "utilities; only discrete value-set utilities can be imported");
    assertRefused(A.replace("\"fte\": {\"values\": [\"0.6\", \"1.0\"]}",
        "\"fte\": {\"range\": {\"low\": 0.6, \"high\": 1.0, \"step\": 0.2}}"), B,
        "jobs_a.json: $.LinearAdditiveUtilitySpace.domain.issuesValues.fte: issue 'fte' has a "
            + "number range; only discrete value sets ({\"values\": […]}) can be imported");
    assertRefused(A, B.replace("\"4000\"]", "\"5000\"]"), "jobs_b.json: "
        + "$.LinearAdditiveUtilitySpace.domain: not the domain of jobs_a.json: issue 'salary' "
        + "has values [2000, 3000, 5000], not [2000, 3000, 4000]");
    assertRefused(A.replace(", \"lease car\": \"no\"}", "}"), B, "jobs_a.json: "
        + "$.LinearAdditiveUtilitySpace.reservationBid.issuevalues: the reservation bid has no "
        + "value for [lease car]; only complete bids can be imported");
    assertRefused(A.replace("\"lease car\": \"no\"}", "\"lease car\": \"nope\"}"), B,
        "jobs_a.json: $.LinearAdditiveUtilitySpace.reservationBid.issuevalues.lease car: issue "
            + "'lease car' has no value 'nope'; its values are [yes, no]");
    assertRefused(A.replace("\"issueWeights\": {\"salary\"", "\"issueWeights\": {\"salry\""), B,
        "jobs_a.json: $.LinearAdditiveUtilitySpace.issueWeights.salry: the domain has no issue "
            + "'salry'; its issues are [salary, fte, lease car]");
    assertRefused(A, "{\"SumOfGroupsUtilitySpace\": {}}", "jobs_b.json: $: a "
        + "SumOfGroupsUtilitySpace profile; only LinearAdditiveUtilitySpace profiles can be "
        + "imported");
    assertRefused(A, "<utility_space/>", "jobs_b.json: $: this is XML, not JSON");
    assertRefused(A, "{\"format\": \"parley-scenario/1\"}", "jobs_b.json: $: neither a "
        + "GeniusWeb profile");
    IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
        () -> GeniusWebImport.convert(List.of(new GeniusImport.Source("a.json", A)), 100));
    assertEquals("a scenario needs at least two profiles, got 1", one.getMessage());
  }

  private static void assertRefused(String a, String b, String start) {
    FormatException e = assertThrows(FormatException.class, () -> convert(a, b));
    assertTrue(e.getMessage().startsWith(start), "expected\n  " + start + "\ngot\n  "
        + e.getMessage());
  }
}
