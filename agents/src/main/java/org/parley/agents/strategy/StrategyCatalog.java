package org.parley.agents.strategy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.session.NegotiatorSpec;
import org.parley.engine.session.PartySetup;

/**
 * The strategies a user can name, and the one place that turns a {@link NegotiatorSpec} into a
 * negotiator. A spec is a preset name ({@code boulware}) or a JSON object
 * {@code {"strategy": "time-dependent", "e": 0.5, "k": 0, "a": 1, "b": 0}} (e, k: the tactic; a, b:
 * AC_next). Parameters left out take the defaults below.
 */
public final class StrategyCatalog implements NegotiatorFactory {

  /** A named, documented parameter with its default and range. */
  public record Parameter(String name, double defaultValue, double min, double max,
      String description) {
  }

  /** A ready-made strategy with a name a student understands. */
  public record Preset(String name, double e, String description, String difficulty) {
  }

  public static final String TIME_DEPENDENT = "time-dependent";

  public static final List<Parameter> PARAMETERS = List.of(
      new Parameter("e", 1.0, 0, 100,
          "concession exponent: <1 Boulware (late), 1 linear, >1 Conceder (early), 0 never"),
      new Parameter("k", 0.0, 0, 1, "initial concession; 0 opens with the best bid"),
      new Parameter("a", 1.0, 0, 10, "AC_next: accept iff a*u(offer) + b >= u(next own bid)"),
      new Parameter("b", 0.0, -1, 1, "AC_next offset"));

  public static final List<Preset> PRESETS = List.of(
      new Preset("boulware", 0.2, "time-dependent, e = 0.2: holds firm, concedes near the deadline",
          "hard: expect little until the last rounds"),
      new Preset("linear", 1.0, "time-dependent, e = 1: concedes at a steady pace",
          "medium: predictable, steady concessions"),
      new Preset("conceder", 2.0, "time-dependent, e = 2: concedes early and fast",
          "easy: gives ground quickly"),
      new Preset("hardliner", 0.0, "time-dependent, e = 0: never concedes from its best bid",
          "very hard: take its offer or walk away"));

  @Override
  public Negotiator create(NegotiatorSpec spec, PartySetup setup) {
    Map<String, Double> params = parameters(spec);
    return new BoaNegotiator(
        new TimeDependentBidding(params.get("e"), params.get("k"), setup.ranking()),
        new AcceptNext(params.get("a"), params.get("b")));
  }

  /** Checks a spec without building anything; throws IllegalArgumentException naming the problem. */
  public static void validate(NegotiatorSpec spec) {
    parameters(spec);
  }

  static Map<String, Double> parameters(NegotiatorSpec spec) {
    Map<String, Double> params = new LinkedHashMap<>();
    PARAMETERS.forEach(p -> params.put(p.name(), p.defaultValue()));
    if (!spec.isJson()) {
      Preset preset = PRESETS.stream().filter(p -> p.name().equals(spec.text())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + spec.text()
              + "'; presets are " + PRESETS.stream().map(Preset::name).toList()
              + ", or give a JSON object such as {\"strategy\":\"time-dependent\",\"e\":0.5}"));
      params.put("e", preset.e());
      return params;
    }
    JsonObject object;
    try {
      JsonElement element = JsonParser.parseString(spec.text());
      if (!element.isJsonObject()) {
        throw new IllegalArgumentException("strategy spec must be a JSON object: " + spec.text());
      }
      object = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("strategy spec is not valid JSON: " + spec.text(), e);
    }
    JsonElement strategy = object.get("strategy");
    if (strategy == null || !strategy.isJsonPrimitive()
        || !TIME_DEPENDENT.equals(strategy.getAsString())) {
      throw new IllegalArgumentException("strategy spec needs \"strategy\": \"" + TIME_DEPENDENT
          + "\" (the only composable strategy so far): " + spec.text());
    }
    Set<String> known = new java.util.HashSet<>(params.keySet());
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      String key = entry.getKey();
      if (key.equals("strategy")) {
        continue;
      }
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown parameter '" + key + "' of " + TIME_DEPENDENT
            + "; parameters are " + known.stream().sorted().toList());
      }
      JsonElement value = entry.getValue();
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
        throw new IllegalArgumentException("parameter '" + key + "' must be a number, got " + value);
      }
      double v = value.getAsDouble();
      Parameter p = PARAMETERS.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
      if (!(v >= p.min() && v <= p.max())) {
        throw new IllegalArgumentException("parameter '" + key + "' = " + v + " is outside ["
            + p.min() + ", " + p.max() + "]");
      }
      params.put(key, v);
    }
    return params;
  }
}
