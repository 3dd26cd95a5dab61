package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parley.engine.session.NegotiatorSpec;

class StrategyCatalogTest {

  private static String error(String spec) {
    return assertThrows(IllegalArgumentException.class,
        () -> StrategyCatalog.validate(new NegotiatorSpec(spec))).getMessage();
  }

  @Test
  void presetsSetTheExponent() {
    assertEquals(0.2, StrategyCatalog.parameters(new NegotiatorSpec("boulware")).get("e"));
    assertEquals(1.0, StrategyCatalog.parameters(new NegotiatorSpec("linear")).get("e"));
    assertEquals(2.0, StrategyCatalog.parameters(new NegotiatorSpec("conceder")).get("e"));
    assertEquals(0.0, StrategyCatalog.parameters(new NegotiatorSpec("hardliner")).get("e"));
  }

  @Test
  void jsonSpecsOverrideDefaults() {
    var p = StrategyCatalog.parameters(
        new NegotiatorSpec("{\"strategy\":\"time-dependent\",\"e\":0.5,\"b\":0.05}"));
    assertEquals(0.5, p.get("e"));
    assertEquals(0.05, p.get("b"));
    assertEquals(0.0, p.get("k"));
    assertEquals(1.0, p.get("a"));
  }

  @Test
  void badSpecsSayWhatIsWrong() {
    assertTrue(error("bulware").contains("unknown strategy 'bulware'"));
    assertTrue(error("bulware").contains("boulware"), "lists the presets");
    assertTrue(error("{\"strategy\":\"time-dependent\",\"f\":1}").contains("unknown parameter 'f'"));
    assertTrue(error("{\"strategy\":\"time-dependent\",\"e\":-1}").contains("outside"));
    assertTrue(error("{\"strategy\":\"time-dependent\",\"e\":\"x\"}").contains("must be a number"));
    assertTrue(error("{\"strategy\":\"mystery\"}").contains("\"strategy\""));
    assertTrue(error("{\"strategy\": ").contains("not valid JSON"));
  }
}
