package org.parley.agents.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.agents.strategy.Part.Slot;
import org.parley.agents.strategy.acceptance.AcceptNext;
import org.parley.agents.strategy.acceptance.AcceptanceStrategy;
import org.parley.agents.strategy.acceptance.AllOf;
import org.parley.agents.strategy.acceptance.AnyOf;
import org.parley.agents.strategy.bidding.BiddingStrategy;
import org.parley.agents.strategy.model.NoModel;
import org.parley.agents.strategy.model.OpponentModel;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.JsonNode;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * Turns a {@link NegotiatorSpec} into a recipe that builds a negotiator for any party, checking
 * every name and value once. Specs are read by the one JSON reader ({@link JsonNode}); a problem
 * is an IllegalArgumentException that names where it is: {@code bidding.e: -1.0 is outside [0.0,
 * 100.0]}.
 */
final class SpecCompiler {

  /** A checked spec, ready to build a negotiator for any party. */
  @FunctionalInterface
  interface Recipe {
    Negotiator create(PartySetup setup);
  }

  /** One checked part, ready to build for any party. */
  @FunctionalInterface
  private interface PartRecipe {
    Object create(PartySetup setup);
  }

  private final Map<String, StrategyPlugin> plugins;

  SpecCompiler(Map<String, StrategyPlugin> plugins) {
    this.plugins = plugins;
  }

  Recipe compile(NegotiatorSpec spec) {
    if (!spec.isJson()) {
      Preset preset = Preset.named(spec.text()).orElse(null);
      if (preset != null) {
        return compile(new NegotiatorSpec(preset.spec()));
      }
      StrategyPlugin plugin = plugins.get(spec.text());
      if (plugin != null) {
        return plugin(plugin, Map.of());
      }
      java.util.List<String> known = new java.util.ArrayList<>(Preset.ALL.stream()
          .map(Preset::name).toList());
      known.addAll(plugins.keySet());
      String hint = org.parley.scenarios.Closest.hint(spec.text(), known);
      throw new IllegalArgumentException("unknown strategy '" + spec.text() + "'" + hint
          + "; presets are " + Preset.ALL.stream().map(Preset::name).toList()
          + (plugins.isEmpty() ? (hint.isEmpty() ? " (a plug-in? load its jar with "
              + "--strategy-path)" : "") : ", plug-ins " + plugins.keySet())
          + ", or give a JSON spec such as {\"bidding\":{\"type\":\"time-dependent\",\"e\":0.5}}");
    }
    JsonNode root;
    try {
      root = JsonNode.parse("spec", spec.text());
    } catch (FormatException e) {
      throw new IllegalArgumentException("strategy spec is not valid JSON (" + e.problem() + "): "
          + spec.text(), e);
    }
    try {
      return compile(root);
    } catch (FormatException e) {
      throw new IllegalArgumentException(where(e.path()) + ": " + e.problem(), e);
    }
  }

  private Recipe compile(JsonNode root) {
    Map<String, JsonNode> fields = root.fields();
    if (fields.containsKey("plugin")) {
      String name = root.get("plugin").string();
      StrategyPlugin plugin = plugins.get(name);
      if (plugin == null) {
        throw new IllegalArgumentException("plugin: no plug-in '" + name + "'"
            + (plugins.isEmpty() ? " (none loaded; see --strategy-path)"
            : "; loaded: " + plugins.keySet()));
      }
      Map<String, JsonNode> values = new LinkedHashMap<>(fields);
      values.remove("plugin");
      return plugin(plugin, values);
    }
    allowOnly(root, "spec", List.of("bidding", "model", "acceptance"));
    if (!fields.containsKey("bidding")) {
      throw new IllegalArgumentException("spec: missing \"bidding\" (for example "
          + "{\"type\":\"time-dependent\",\"e\":0.5})");
    }
    PartRecipe bidding = part(Slot.BIDDING, fields.get("bidding"), "bidding");
    PartRecipe model = fields.containsKey("model")
        ? part(Slot.MODEL, fields.get("model"), "model") : s -> NoModel.INSTANCE;
    PartRecipe acceptance = fields.containsKey("acceptance")
        ? acceptance(fields.get("acceptance"), "acceptance") : s -> new AcceptNext(1, 0);
    return s -> new BoaNegotiator((BiddingStrategy) bidding.create(s),
        (OpponentModel) model.create(s), (AcceptanceStrategy) acceptance.create(s));
  }

  private PartRecipe acceptance(JsonNode node, String path) {
    Map<String, JsonNode> fields = node.fields();
    for (String combinator : List.of("any", "all")) {
      if (fields.containsKey(combinator)) {
        allowOnly(node, path, List.of(combinator));
        List<JsonNode> list = fields.get(combinator).items();
        if (list.isEmpty()) {
          throw new IllegalArgumentException(path + "." + combinator
              + ": expected a non-empty list of conditions");
        }
        List<PartRecipe> parts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          parts.add(acceptance(list.get(i), path + "." + combinator + "[" + i + "]"));
        }
        boolean any = combinator.equals("any");
        return s -> {
          List<AcceptanceStrategy> built = new ArrayList<>(parts.size());
          parts.forEach(p -> built.add((AcceptanceStrategy) p.create(s)));
          return any ? new AnyOf(built) : new AllOf(built);
        };
      }
    }
    return part(Slot.ACCEPTANCE, node, path);
  }

  private PartRecipe part(Slot slot, JsonNode node, String path) {
    Map<String, JsonNode> fields = new LinkedHashMap<>(node.fields());
    String kind = slot.name().toLowerCase(Locale.ROOT);
    if (!fields.containsKey("type")) {
      throw new IllegalArgumentException(path + ": missing \"type\"; " + kind + " types are "
          + Part.types(slot));
    }
    String type = fields.remove("type").string();
    Part part = Part.ALL.stream().filter(x -> x.slot() == slot && x.type().equals(type))
        .findFirst().orElseThrow(() -> new IllegalArgumentException(path + ".type: unknown "
            + kind + " type '" + type + "'; types are " + Part.types(slot)));
    Map<String, Double> values = Collections.unmodifiableMap(
        parameters(fields, path, part.parameters()));
    return s -> {
      try {
        return part.builder().build(values, s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    };
  }

  private static Recipe plugin(StrategyPlugin plugin, Map<String, JsonNode> given) {
    Map<String, Double> values = parameters(given, "spec", plugin.parameters());
    return s -> plugin.create(new LinkedHashMap<>(values), s);
  }

  /** Every parameter: its default, or the value given, checked against its range. */
  private static Map<String, Double> parameters(Map<String, JsonNode> given, String path,
      List<Parameter> parameters) {
    Map<String, Double> values = new LinkedHashMap<>();
    parameters.forEach(x -> values.put(x.name(), x.defaultValue()));
    for (Map.Entry<String, JsonNode> e : given.entrySet()) {
      Parameter x = parameters.stream().filter(q -> q.name().equals(e.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(path + ": unknown parameter '"
              + e.getKey() + "'; parameters are " + parameters.stream().map(Parameter::name)
              .toList()));
      double d = e.getValue().number();
      if (!(d >= x.min() && d <= x.max())) {
        throw new IllegalArgumentException(path + "." + x.name() + ": " + d + " is outside ["
            + x.min() + ", " + x.max() + "]");
      }
      if (x.whole() && d != Math.rint(d)) {
        throw new IllegalArgumentException(path + "." + x.name() + ": " + d
            + " is not a whole number");
      }
      values.put(x.name(), d);
    }
    return values;
  }

  private static void allowOnly(JsonNode node, String path, List<String> keys) {
    for (String key : node.fields().keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(path + ": unknown key '" + key + "'; allowed keys are "
            + keys);
      }
    }
  }

  /** {@code $.bidding.e} as the catalog names places: {@code bidding.e}; the root is "spec". */
  private static String where(String jsonPath) {
    return jsonPath.equals("$") ? "spec" : jsonPath.substring(2);
  }
}
