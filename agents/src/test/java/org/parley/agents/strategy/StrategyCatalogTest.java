package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;
import org.parley.engine.utility.Profile;
import org.junit.jupiter.api.Test;
import org.parley.engine.transcript.NegotiatorSpec;

class StrategyCatalogTest {

  private static String error(String spec) {
    return assertThrows(IllegalArgumentException.class,
        () -> StrategyCatalog.validate(new NegotiatorSpec(spec))).getMessage();
  }

  @Test
  void everyPresetIsAValidSpecWithAStudentsNote() {
    assertEquals(List.of("conceder", "linear", "tit-for-tat", "nice-tit-for-tat", "random",
        "boulware", "hardheaded", "micro", "hardliner"),
        Preset.ALL.stream().map(Preset::name).toList());
    for (Preset p : Preset.ALL) {
      StrategyCatalog.validate(new NegotiatorSpec(p.name()));
      StrategyCatalog.validate(new NegotiatorSpec(p.spec()));
      assertTrue(!p.note().isBlank() && !p.title().isBlank() && !p.description().isBlank());
    }
  }

  @Test
  void everyPartHasDocumentedParametersWithDefaultsInRange() {
    for (Part part : Part.ALL) {
      assertTrue(!part.description().isBlank(), part.type());
      for (Parameter x : part.parameters()) {
        assertTrue(x.min() <= x.defaultValue() && x.defaultValue() <= x.max(), x.toString());
        assertTrue(!x.description().isBlank(), x.toString());
      }
    }
  }

  /**
   * A composed spec builds the composition it names: AC_next or (AC_time T=0.95 and AC_const
   * c=0.6), behind a hardliner that always asks for 1.0 (so AC_next never fires here). On the line
   * domain an offer of level L is worth L/100 to the bot.
   */
  @Test
  void composedSpecsBuildTheCompositionTheyName() {
    NegotiatorSpec spec = new NegotiatorSpec("{\"bidding\":{\"type\":\"time-dependent\","
        + "\"e\":0},\"model\":{\"type\":\"frequency\",\"l\":0.1},"
        + "\"acceptance\":{\"any\":[{\"type\":\"AC_next\"},{\"all\":[{\"type\":\"AC_time\","
        + "\"T\":0.95},{\"type\":\"AC_const\",\"c\":0.6}]}]}}");
    StrategyCatalog.validate(spec);
    Deadline deadline = new Deadline(100);
    Profile profile = new Profile(LineDomain.UP, 0, 1);
    BiFunction<Integer, Integer, Boolean> accepts = (round, level) -> {
      Negotiator bot = new StrategyCatalog().create(spec, new PartySetup("me",
          List.of("them", "me"), LineDomain.LINE, profile, deadline, new SplittableRandom(1),
          LineDomain.RANKING));
      Bid offered = Bid.of(level);
      NegotiationView view = new NegotiationView("me", LineDomain.LINE, profile, deadline, round,
          deadline.progress(round), List.of(new Offer("them", offered)), offered);
      return bot.act(view).action() instanceof Accept;
    };
    assertFalse(accepts.apply(10, 65), "before T: neither branch fires");
    assertTrue(accepts.apply(97, 65), "after T and above c: the 'all' branch fires");
    assertFalse(accepts.apply(97, 55), "after T but below c: 'all' needs both");
    assertTrue(accepts.apply(10, 100), "AC_next: an offer as good as its own next bid");
  }

  @Test
  void badSpecsSayWhereAndWhat() {
    assertTrue(error("bulware").contains("unknown strategy 'bulware'"));
    assertTrue(error("bulware").contains("boulware"), "lists the presets");
    assertEquals("bidding: unknown parameter 'f'; parameters are [e, k, floor]",
        error("{\"bidding\":{\"type\":\"time-dependent\",\"f\":1}}"));
    assertEquals("bidding.e: -1.0 is outside [0.0, 100.0]",
        error("{\"bidding\":{\"type\":\"time-dependent\",\"e\":-1}}"));
    assertTrue(error("{\"bidding\":{\"type\":\"time-dependent\",\"e\":\"x\"}}")
        .startsWith("bidding.e: expected a number, found the string \"x\""));
    assertTrue(error("{\"bidding\":{\"type\":\"mystery\"}}")
        .startsWith("bidding.type: unknown bidding type 'mystery'; types are [time-dependent"));
    assertTrue(error("{\"bidding\":{\"type\":\"random\"},\"acceptance\":{\"any\":[{\"type\":"
        + "\"AC_next\"},{\"type\":\"AC_soon\"}]}}").startsWith("acceptance.any[1].type: unknown"));
    assertTrue(error("{\"model\":{\"type\":\"frequency\"}}").startsWith("spec: missing \"bidding\""));
    assertTrue(error("{\"bidding\":{\"type\":\"random\"},\"modle\":{}}")
        .startsWith("spec: unknown key 'modle'"));
    assertTrue(error("{\"plugin\":\"my-bot\"}").contains("none loaded"));
    assertEquals("bidding.floor: 0.5 is not a whole number",
        error("{\"bidding\":{\"type\":\"time-dependent\",\"floor\":0.5}}"));
    assertTrue(error("{\"bidding\": ").contains("not valid JSON"));
  }
}
