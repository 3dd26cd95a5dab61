package org.parley.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.session.TranscriptReplay;
class TranscriptCodecTest {

  private Transcript sample() {
    for (long seed = 0; ; seed++) {
      Scenario scenario = Fixtures.randomScenario(seed, 2, 20);
      Transcript t = new DirectRunner(new ScenarioAnalysis(scenario), Fixtures.randomPlayers(false),
          InstantSource.fixed(Instant.EPOCH)).run(new SessionSpec("s", Fixtures.seats(scenario,
              "{\"strategy\":\"random\",\"p\":0.5}"), seed, scenario.deadline()));
      if (t.metrics().agreement() && t.events().size() > 4) {
        return t;
      }
    }
  }

  @Test
  void roundTripsExactlyIncludingJsonSpecsAndTiming() {
    Transcript t = sample().withTiming(new Timing(java.time.Instant.parse("2025-06-09T09:00:00Z"), 1234));
    String json = TranscriptCodec.write(t);
    Transcript back = TranscriptCodec.read("t.json", json);
    assertEquals(t, back);
    assertEquals(json, TranscriptCodec.write(back));
    assertTrue(json.contains("\"negotiator\": {"), "JSON specs are embedded as objects");
  }

  @Test
  void aTamperedTranscriptFailsItsReplayCheck() {
    Transcript t = sample();
    JsonObject root = JsonParser.parseString(TranscriptCodec.write(t)).getAsJsonObject();
    JsonObject first = root.getAsJsonArray("events").get(0).getAsJsonObject();
    first.getAsJsonObject("utilities").addProperty("p0", 0.123456);
    Transcript tampered = TranscriptCodec.read("t.json", root.toString());
    List<String> problems = TranscriptReplay.differences(tampered);
    assertFalse(problems.isEmpty());
    assertTrue(problems.get(0).startsWith("event 0 differs: recorded utilities {p0=0.123456"),
        problems.get(0));

    root = JsonParser.parseString(TranscriptCodec.write(t)).getAsJsonObject();
    root.getAsJsonArray("events").remove(root.getAsJsonArray("events").size() - 1);
    problems = TranscriptReplay.differences(TranscriptCodec.read("t.json", root.toString()));
    assertTrue(problems.get(0).matches("the actions do not end the session, but the transcript "
        + "records agreement on \\{i0=l[0-9].*\\} in round [0-9]+"), problems.get(0));

    // each difference in words, as the JSON names it, never a dump of Java records
    root = JsonParser.parseString(TranscriptCodec.write(t)).getAsJsonObject();
    int round = t.outcome().round();
    root.getAsJsonObject("outcome").addProperty("round", round + 1);
    double welfare = t.metrics().socialWelfare();
    root.getAsJsonObject("metrics").addProperty("socialWelfare", welfare + 0.5);
    root.getAsJsonArray("events").get(1).getAsJsonObject().addProperty("round", 7);
    String bid = t.scenario().domain().levelIds(((SessionOutcome.Agreement) t.outcome()).bid())
        .toString();
    assertEquals(List.of("event 1 differs: recorded round 7, replay gives "
        + t.events().get(1).round(), "outcome differs: recorded agreement on " + bid
        + " in round " + (round + 1) + ", replay gives agreement on " + bid + " in round " + round,
        "metrics differ: recorded socialWelfare " + (welfare + 0.5) + ", replay gives " + welfare),
        TranscriptReplay.differences(TranscriptCodec.read("t.json", root.toString())));
  }

  @Test
  void corruptFilesNameThePath() {
    String json = TranscriptCodec.write(sample());
    FormatException truncated = assertThrows(FormatException.class,
        () -> TranscriptCodec.read("t.json", json.substring(0, json.length() / 2)));
    assertTrue(truncated.getMessage().startsWith("t.json: $: malformed JSON"));

    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    root.getAsJsonArray("events").get(1).getAsJsonObject().addProperty("action", "bribe");
    FormatException action = assertThrows(FormatException.class,
        () -> TranscriptCodec.read("t.json", root.toString()));
    assertEquals("$.events[1].action", action.path());

    JsonObject root2 = JsonParser.parseString(json).getAsJsonObject();
    root2.getAsJsonArray("events").get(0).getAsJsonObject().getAsJsonObject("bid")
        .addProperty("i0", "l77");
    FormatException bid = assertThrows(FormatException.class,
        () -> TranscriptCodec.read("t.json", root2.toString()));
    assertEquals("$.events[0].bid.i0", bid.path());

    JsonObject root3 = JsonParser.parseString(json).getAsJsonObject();
    root3.addProperty("format", "parley-transcript/0");
    assertThrows(FormatException.class, () -> TranscriptCodec.read("t.json", root3.toString()));
  }

  /**
   * A session broken off (a broken rule, a timeout, an error) is recorded with the party that
   * broke it off. A replay cannot check who that was, as it happened outside the protocol, so
   * reading checks that it is one of the parties: a forged "nobody" is refused, not accepted.
   */
  @Test
  void aBrokenOffSessionNamesOneOfItsParties() {
    Scenario scenario = Fixtures.randomScenario(3, 2, 12);
    Transcript t = null;
    for (long seed = 0; t == null; seed++) {
      Transcript run = new DirectRunner(new ScenarioAnalysis(scenario),
          Fixtures.randomPlayers(true), InstantSource.fixed(Instant.EPOCH)).run(new SessionSpec(
              "s", Fixtures.seats(scenario, "random"), seed, scenario.deadline()));
      if (run.outcome() instanceof SessionOutcome.NoAgreement n && n.reason().isBreakOff()) {
        t = run;
      }
    }
    assertEquals(List.of(), TranscriptReplay.differences(TranscriptCodec.read("t.json",
        TranscriptCodec.write(t))));
    for (String forged : List.of("nobody", "")) {
      JsonObject root = JsonParser.parseString(TranscriptCodec.write(t)).getAsJsonObject();
      root.getAsJsonObject("outcome").addProperty("party", forged);
      FormatException e = assertThrows(FormatException.class,
          () -> TranscriptCodec.read("t.json", root.toString()));
      assertEquals("t.json: $.outcome.party: no party '" + forged + "' in the scenario; its "
          + "parties are [p0, p1]", e.getMessage());
    }
  }
}
