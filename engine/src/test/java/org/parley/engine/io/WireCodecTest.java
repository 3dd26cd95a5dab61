package org.parley.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.transcript.ArrayMap;
import org.parley.engine.session.Decision;
import org.parley.engine.transcript.Rationale;
import org.parley.engine.session.Turn;

/** The hand-written turn and decision messages are strict JSON that reads back to the same. */
class WireCodecTest {

  private static final String[] NASTY = {"us", "china", "q\"uote", "back\\slash", "tab\there",
      "line\nbreak", "nul\u0000", "sep\u2028\u2029", "ünïcödé ✓", "", "{\"json\":1}"};
  private static final double[] NUMBERS = {0, -0.0, 1, 0.42, 1e-300, 1.7976931348623157e308,
      -3.5e-7, 0.1 + 0.2, 123456789.125};

  private static Action action(SplittableRandom random, Domain domain) {
    String party = NASTY[random.nextInt(NASTY.length)];
    return switch (random.nextInt(3)) {
      case 0 -> new Offer(party, Fixtures.randomBid(domain, random));
      case 1 -> new Accept(party, Fixtures.randomBid(domain, random));
      default -> new EndNegotiation(party);
    };
  }

  @Test
  void turnsAndDecisionsReadBackExactly() {
    Domain domain = Fixtures.domain("d", 3, 12, 2, 5);
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 300; i++) {
      List<Action> actions = new ArrayList<>();
      for (int a = random.nextInt(4); a > 0; a--) {
        actions.add(action(random, domain));
      }
      Turn turn = new Turn(random.nextInt(1000), NUMBERS[random.nextInt(NUMBERS.length)],
          actions, random.nextBoolean() ? null : Fixtures.randomBid(domain, random));
      String text = WireCodec.turn(turn);
      assertTrue(JsonParser.parseString(text).isJsonObject(), text);
      assertEquals(turn, WireCodec.readTurn("turn", text, domain), text);

      int figures = random.nextInt(4);
      String[] keys = new String[figures];
      double[] values = new double[figures];
      for (int f = 0; f < figures; f++) {
        keys[f] = "k" + f + NASTY[random.nextInt(NASTY.length)];
        values[f] = NUMBERS[random.nextInt(NUMBERS.length)];
      }
      Decision decision = new Decision(action(random, domain), random.nextInt(4) == 0 ? null
          : new Rationale(NASTY[random.nextInt(NASTY.length)], ArrayMap.of(keys, values)));
      String wire = WireCodec.decision(decision);
      JsonObject tree = JsonParser.parseString(wire).getAsJsonObject();
      assertEquals(decision.action().party(), tree.get("party").getAsString(), wire);
      assertEquals(decision, WireCodec.readDecision("decision", wire, domain), wire);
    }
  }

  @Test
  void aFigureJsonCannotHoldIsRefusedByName() {
    Decision nan = new Decision(new EndNegotiation("us"), Rationale.of("r", "x", Double.NaN));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WireCodec.decision(nan));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }
}
