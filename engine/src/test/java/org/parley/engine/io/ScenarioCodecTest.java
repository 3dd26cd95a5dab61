package org.parley.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.PairwiseInteractionUtility;

class ScenarioCodecTest {

  /** A valid scenario using every evaluator type, interactions and reference bids. */
  static final String VALID = """
      {
        "format": "parley-scenario/1",
        "id": "tiny",
        "title": "Tiny",
        "protocol": "alternating-offers",
        "deadline": {"rounds": 10},
        "issues": [
          {"id": "tariff", "name": "Tariff", "unit": "%", "levels": [54, 30, 10]},
          {"id": "flow", "levels": [{"id": "low", "label": "trickle"}, "high"]}
        ],
        "parties": [
          {"id": "us", "name": "United States", "delegation": ["Bessent"], "profile": {
            "reservation": 0.3,
            "utility": {"type": "linear-additive", "weights": {"tariff": 0.4, "flow": 0.6},
              "evaluators": {"tariff": {"type": "peak", "peak": 30},
                             "flow": {"type": "table", "values": {"low": 0, "high": 1}}}}}},
          {"id": "china", "profile": {
            "reservation": 0.2, "discount": 0.9,
            "utility": {"type": "pairwise-interactions", "weights": {"tariff": 0.5, "flow": 0.5},
              "evaluators": {"tariff": {"type": "linear", "direction": "decreasing"},
                             "flow": {"type": "table", "values": {"low": 1, "high": 0}}},
              "interactions": [{"when": {"tariff": 10, "flow": "high"}, "delta": -0.1}]}}}
        ],
        "references": [
          {"id": "deal", "name": "A deal", "kind": "historical", "date": "2025-06-10",
           "bid": {"tariff": "30", "flow": "high"}}
        ]
      }
      """;

  private static JsonObject valid() {
    return JsonParser.parseString(VALID).getAsJsonObject();
  }

  private static JsonObject us(JsonObject root) {
    return root.getAsJsonArray("parties").get(0).getAsJsonObject();
  }

  private static JsonObject usUtility(JsonObject root) {
    return us(root).getAsJsonObject("profile").getAsJsonObject("utility");
  }

  private static void rejects(Consumer<JsonObject> edit, String path, String problem) {
    JsonObject root = valid();
    edit.accept(root);
    FormatException e = assertThrows(FormatException.class,
        () -> ScenarioCodec.read("bad.json", root.toString()));
    assertEquals("bad.json", e.source());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.problem().contains(problem), "'" + e.problem() + "' should mention '" + problem
        + "'");
    assertTrue(e.getMessage().startsWith("bad.json: " + path + ": "), e.getMessage());
  }

  @Test
  void readsEveryPartAndWritesItBackEqual() {
    Scenario s = ScenarioCodec.read("tiny.json", VALID);
    assertEquals(6, s.domain().size());
    assertEquals("30", s.domain().issue(0).level(1).id());
    assertEquals(30.0, s.domain().issue(0).level(1).number());
    assertEquals("trickle", s.domain().issue(1).display(0));
    assertEquals(0.9, s.party("china").orElseThrow().profile().discount());
    assertTrue(s.party("china").orElseThrow().profile().utility()
        instanceof PairwiseInteractionUtility);
    String written = ScenarioCodec.write(s);
    assertEquals(s, ScenarioCodec.read("again", written));
    assertEquals(written, ScenarioCodec.write(ScenarioCodec.read("again", written)),
        "canonical form is stable");
  }

  @Test
  void malformedJsonNamesTheLine() {
    FormatException e = assertThrows(FormatException.class,
        () -> ScenarioCodec.read("bad.json", "{\"format\": \"parley-scenario/1\",\n \"id\": }"));
    assertTrue(e.getMessage().startsWith("bad.json: $: malformed JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertThrows(FormatException.class, () -> ScenarioCodec.read("bad.json", VALID + "{}"));
    assertThrows(FormatException.class, () -> ScenarioCodec.read("bad.json", ""));
  }

  @Test
  void duplicateKeysAreRejected() {
    FormatException e = assertThrows(FormatException.class, () -> ScenarioCodec.read("bad.json",
        VALID.replace("\"title\": \"Tiny\",", "\"title\": \"Tiny\", \"title\": \"Again\",")));
    assertTrue(e.getMessage().contains("'title' appears twice"), e.getMessage());
  }

  @Test
  void rejectsEachKindOfBadScenario() {
    rejects(r -> r.addProperty("format", "parley-scenario/9"), "$.format", "unsupported format");
    rejects(r -> r.addProperty("weigths", 1), "$", "unknown key 'weigths'");
    rejects(r -> r.remove("issues"), "$", "missing key 'issues'");
    rejects(r -> usUtility(r).getAsJsonObject("weights").addProperty("tarif", 0.1),
        "$.parties[0].profile.utility.weights.tarif", "no issue 'tarif'");
    rejects(r -> usUtility(r).getAsJsonObject("weights").addProperty("tariff", 0.3),
        "$.parties[0].profile.utility.weights", "weights sum to 0.900000");
    rejects(r -> usUtility(r).getAsJsonObject("weights").remove("flow"),
        "$.parties[0].profile.utility.weights", "no weight for issue 'flow'");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("flow")
            .getAsJsonObject("values").addProperty("high", 1.5),
        "$.parties[0].profile.utility.evaluators.flow.values.high", "must be in [0,1]");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("flow")
            .getAsJsonObject("values").addProperty("medium", 0.5),
        "$.parties[0].profile.utility.evaluators.flow.values.medium", "no level 'medium'");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("flow")
            .getAsJsonObject("values").remove("high"),
        "$.parties[0].profile.utility.evaluators.flow", "no evaluation for level 'high'");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("tariff")
            .addProperty("peak", 99), "$.parties[0].profile.utility.evaluators.tariff",
        "outside issue 'tariff'");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("flow")
            .addProperty("type", "linear"),
        "$.parties[0].profile.utility.evaluators.flow", "unknown key 'values'");
    rejects(r -> usUtility(r).addProperty("type", "neural"), "$.parties[0].profile.utility.type",
        "unknown utility type 'neural'");
    rejects(r -> us(r).getAsJsonObject("profile").addProperty("reservation", 1.5),
        "$.parties[0].profile.reservation", "reservation value 1.5 must be in [0,1]");
    rejects(r -> us(r).getAsJsonObject("profile").addProperty("discount", 0),
        "$.parties[0].profile.discount", "discount factor");
    rejects(r -> us(r).addProperty("id", "china"), "$", "party 'china' appears twice");
    rejects(r -> us(r).addProperty("id", "U S"), "$.parties[0]", "party id 'U S'");
    rejects(r -> r.getAsJsonArray("references").get(0).getAsJsonObject().getAsJsonObject("bid")
            .addProperty("tariff", "25"), "$.references[0].bid.tariff", "no level '25'");
    rejects(r -> r.getAsJsonArray("references").get(0).getAsJsonObject().getAsJsonObject("bid")
            .remove("flow"), "$.references[0].bid", "no level for issue 'flow'");
    rejects(r -> r.getAsJsonArray("references").get(0).getAsJsonObject()
        .addProperty("kind", "myth"), "$.references[0].kind", "unknown reference kind");
    rejects(r -> r.addProperty("protocol", "auction"), "$", "unknown protocol 'auction'");
    rejects(r -> r.getAsJsonObject("deadline").addProperty("rounds", 0), "$.deadline",
        "deadline must be 1 to");
    rejects(r -> r.getAsJsonObject("deadline").addProperty("rounds", 2.5), "$.deadline.rounds",
        "expected an integer");
    rejects(r -> r.getAsJsonArray("issues").get(1).getAsJsonObject().add("levels",
        new JsonArray()), "$.issues[1]", "needs at least 2");
    rejects(r -> r.getAsJsonArray("issues").get(0).getAsJsonObject().addProperty("levels", "x"),
        "$.issues[0].levels", "expected an array");
    rejects(r -> r.getAsJsonArray("parties").remove(1), "$",
        "needs exactly 2 parties, got 1");
    rejects(r -> usUtility(r).getAsJsonObject("evaluators").getAsJsonObject("flow")
            .addProperty("type", "peak"), "$.parties[0].profile.utility.evaluators.flow",
        "unknown key 'values'");
  }

  @Test
  void interactionsNameTwoExistingLevels() {
    rejects(r -> r.getAsJsonArray("parties").get(1).getAsJsonObject().getAsJsonObject("profile")
            .getAsJsonObject("utility").getAsJsonArray("interactions").get(0).getAsJsonObject()
            .getAsJsonObject("when").addProperty("flow", "medium"),
        "$.parties[1].profile.utility.interactions[0].when.flow", "no level 'medium'");
  }

  /** Hostile documents get one-line errors that name the problem (issue 14). */
  @Test
  void hostileDocumentsGetOneLineErrors() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    FormatException e = assertThrows(FormatException.class,
        () -> ScenarioCodec.read("deep.json", deep));
    assertTrue(e.getMessage().contains("nested deeper than 64 levels"), e.getMessage());

    FormatException huge = assertThrows(FormatException.class, () -> JsonNode.parse("body",
        "{\"seed\": 1e999999999}").get("seed").longValue());
    assertTrue(huge.getMessage().contains("$.seed: expected an integer"), huge.getMessage());

    String wide = VALID.replace("[54, 30, 10]", "[-1e308, 30, 1e308]");
    e = assertThrows(FormatException.class, () -> ScenarioCodec.read("wide.json", wide));
    assertTrue(e.getMessage().contains("a range too wide to evaluate"), e.getMessage());

    java.util.List<org.parley.engine.domain.Issue> many = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      many.add(new org.parley.engine.domain.Issue("i" + i, null, "", java.util.List.of(
          org.parley.engine.domain.Level.of("a"), org.parley.engine.domain.Level.of("b"))));
    }
    IllegalArgumentException big = assertThrows(IllegalArgumentException.class,
        () -> new org.parley.engine.domain.Domain("many", many).size());
    assertTrue(big.getMessage().contains("more bids than can be counted"), big.getMessage());

    // an error that quotes the input stays short, with both ends of each long part kept
    String key = "k".repeat(100_000);
    e = assertThrows(FormatException.class, () -> ScenarioCodec.read("long.json",
        VALID.replace("\"format\":", "\"" + key + "\": 1, \"format\":")));
    assertTrue(e.getMessage().length() < 800, e.getMessage().length() + " chars");
    assertTrue(e.getMessage().matches("long\\.json: \\$: unknown key 'k+…\\([0-9]+ characters "
        + "cut\\)…k+'; allowed keys are \\[deadline, .*, title\\]"), e.getMessage());
    e = assertThrows(FormatException.class, () -> ScenarioCodec.read("long.json",
        VALID.replace("\"weights\": {\"tariff\": 0.4,", "\"weights\": {\"" + key + "\": 0.4,")));
    assertTrue(e.path().length() < 330, e.path().length() + " chars");
    assertTrue(e.path().startsWith("$.parties[0].profile.utility.weights.kkk"), e.path());
    assertTrue(e.getMessage().length() < 800, e.getMessage().length() + " chars");
  }

  /**
   * A table issue with 70,000 levels reads, with every evaluation where it belongs. (Checking each
   * level against the issue by a linear search made this quadratic: 25 s for `parley scenario
   * validate`, now 1.4 s; timed by hand, not here.)
   */
  @Test
  void aTableIssueWithSeventyThousandLevelsReads() {
    int n = 70_000;
    StringBuilder levels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < n; i++) {
      levels.append(i == 0 ? "" : ",").append("\"l").append(i).append('"');
      values.append(i == 0 ? "" : ",").append("\"l").append(i).append("\": ").append(i % 10 / 10.0);
    }
    String wide = VALID.replace("[54, 30, 10]", "[" + levels + "]")
        .replace("{\"type\": \"peak\", \"peak\": 30}", "{\"type\": \"table\", \"values\": {"
            + values + "}}")
        .replace("{\"type\": \"linear\", \"direction\": \"decreasing\"}",
            "{\"type\": \"table\", \"values\": {" + values + "}}")
        .replace("\"when\": {\"tariff\": 10,", "\"when\": {\"tariff\": \"l10\",")
        .replace("\"tariff\": \"30\", \"flow\"", "\"tariff\": \"l30\", \"flow\"");
    Scenario s = ScenarioCodec.read("wide.json", wide);
    assertEquals(n, s.domain().issue(0).size());
    assertEquals(0.7 * 0.4, s.requireParty("us").profile().utility().utility(
        org.parley.engine.domain.Bid.of(69_997, 0)), 1e-12);
  }
}
