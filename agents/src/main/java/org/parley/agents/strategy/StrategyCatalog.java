package org.parley.agents.strategy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.PartySetup;
import org.parley.agents.strategy.acceptance.AcceptCombi;
import org.parley.agents.strategy.acceptance.AcceptConstant;
import org.parley.agents.strategy.acceptance.AcceptGap;
import org.parley.agents.strategy.acceptance.AcceptNext;
import org.parley.agents.strategy.acceptance.AcceptPrevious;
import org.parley.agents.strategy.acceptance.AcceptTime;
import org.parley.agents.strategy.acceptance.AcceptanceStrategy;
import org.parley.agents.strategy.acceptance.AllOf;
import org.parley.agents.strategy.acceptance.AnyOf;
import org.parley.agents.strategy.bidding.BiddingStrategy;
import org.parley.agents.strategy.bidding.MicroBidding;
import org.parley.agents.strategy.bidding.NiceTitForTatBidding;
import org.parley.agents.strategy.bidding.RandomBidding;
import org.parley.agents.strategy.bidding.TimeDependentBidding;
import org.parley.agents.strategy.bidding.TitForTatBidding;
import org.parley.agents.strategy.model.BayesianModel;
import org.parley.agents.strategy.model.FrequencyModel;
import org.parley.agents.strategy.model.NoModel;
import org.parley.agents.strategy.model.OpponentModel;

/**
 * Every strategy a user can name, and the one place that turns a {@link NegotiatorSpec} into a
 * negotiator. A spec is a preset name ({@code boulware}), a plug-in name, or a JSON object naming
 * the BOA parts:
 *
 * <pre>{"bidding": {"type": "time-dependent", "e": 0.2},
 *  "model": {"type": "frequency"},
 *  "acceptance": {"any": [{"type": "AC_next"}, {"type": "AC_time", "T": 0.99}]}}</pre>
 *
 * "model" defaults to none and "acceptance" to AC_next. A plug-in with parameters is
 * {@code {"plugin": "name", "x": 0.3}}. Parameters left out take their defaults; every value is
 * checked against its range. Presets are themselves specs, listed in {@link #PRESETS}.
 */
public final class StrategyCatalog implements NegotiatorFactory {

  /** A named, documented parameter with its default and range. */
  public record Parameter(String name, double defaultValue, double min, double max,
      String description) {
  }

  /** Which BOA slot a part fills. */
  public enum Slot { BIDDING, MODEL, ACCEPTANCE }

  /** A kind of part: its type name, slot, parameters and how to build it. */
  public record Part(Slot slot, String type, String description, List<Parameter> parameters,
      Builder builder) {
  }

  /** Builds a part from checked parameters for one party. */
  @FunctionalInterface
  public interface Builder {
    Object build(Map<String, Double> p, PartySetup setup);
  }

  /** A ready-made spec with a name a student understands, and how hard it is to play against. */
  public record Preset(String name, String spec, String description, String difficulty) {
  }

  private static Parameter p(String name, double def, double min, double max, String what) {
    return new Parameter(name, def, min, max, what);
  }

  private static final List<Parameter> TIME = List.of(
      p("e", 1.0, 0, 100, "concession exponent: <1 Boulware (late), 1 linear, >1 Conceder, 0 never"),
      p("k", 0.0, 0, 1, "initial concession; 0 opens with the best bid"));
  private static final List<Parameter> SCALE = List.of(
      p("a", 1.0, 0.01, 10, "scale of the offer's utility"),
      p("b", 0.0, -1, 1, "offset added to it"));

  public static final List<Part> PARTS = List.of(
      new Part(Slot.BIDDING, "time-dependent",
          "Faratin et al. 1998: target 1 − f(t) between reservation and best", TIME,
          (q, s) -> new TimeDependentBidding(q.get("e"), q.get("k"), s.ranking())),
      new Part(Slot.BIDDING, "tit-for-tat", "Faratin et al. 1998: reciprocate the opponent's "
          + "concession (mode 0 relative, 1 absolute, 2 averaged over a window)",
          List.of(p("mode", 0, 0, 2, "0 relative, 1 absolute, 2 averaged"),
              p("window", 2, 1, 20, "averaged mode: how many offers back")),
          (q, s) -> new TitForTatBidding(TitForTatBidding.Mode.values()[(int) (double) q.get(
              "mode")], (int) (double) q.get("window"), s.ranking())),
      new Part(Slot.BIDDING, "nice-tit-for-tat", "Baarslag et al. 2013: mirror the opponent's "
          + "concession as the model measures it, ignore its selfish moves", List.of(),
          (q, s) -> new NiceTitForTatBidding(s.ranking())),
      new Part(Slot.BIDDING, "random", "a uniformly random bid above the reservation value",
          List.of(), (q, s) -> new RandomBidding(s.ranking(), s.random())),
      new Part(Slot.BIDDING, "micro", "de Jonge 2022: concede one bid at a time, only as often "
          + "as the opponent makes new offers", List.of(),
          (q, s) -> new MicroBidding(s.ranking(), s.random())),
      new Part(Slot.MODEL, "none", "no opponent model", List.of(), (q, s) -> NoModel.INSTANCE),
      new Part(Slot.MODEL, "frequency", "HardHeaded frequency model (van Krimpen et al. 2013)",
          List.of(p("l", 0.2, 0, 1, "learning coefficient; weight gain g = l/n")),
          (q, s) -> new FrequencyModel(s.domain(), q.get("l"))),
      new Part(Slot.MODEL, "bayesian", "Bayesian model (Hindriks & Tykhonov 2008), per-issue "
          + "hypotheses", List.of(), (q, s) -> new BayesianModel(s.domain())),
      new Part(Slot.ACCEPTANCE, "AC_next", "accept iff a·u(offer) + b ≥ u(next own bid)", SCALE,
          (q, s) -> new AcceptNext(q.get("a"), q.get("b"))),
      new Part(Slot.ACCEPTANCE, "AC_prev", "accept iff a·u(offer) + b ≥ u(previous own bid)",
          SCALE, (q, s) -> new AcceptPrevious(q.get("a"), q.get("b"))),
      new Part(Slot.ACCEPTANCE, "AC_gap", "accept iff u(offer) + c ≥ u(previous own bid)",
          List.of(p("c", 0.01, 0, 1, "gap")), (q, s) -> new AcceptGap(q.get("c"))),
      new Part(Slot.ACCEPTANCE, "AC_const", "accept iff u(offer) ≥ c",
          List.of(p("c", 0.8, 0, 1, "threshold utility")), (q, s) -> new AcceptConstant(q.get("c"))),
      new Part(Slot.ACCEPTANCE, "AC_time", "accept anything (above reservation) once t > T",
          List.of(p("T", 0.99, 0, 1, "time threshold")), (q, s) -> new AcceptTime(q.get("T"))),
      new Part(Slot.ACCEPTANCE, "AC_combi", "AC_next, or after T the best offer of the last 1 − t",
          List.of(p("T", 0.98, 0, 1, "time from which the window rule applies")),
          (q, s) -> new AcceptCombi(q.get("T"), s.parties().size())));

  /** The bot a seat gets when none is named (a command line, a lab session). */
  public static final String DEFAULT_BOT = "linear";
  /** A student's opponent when none is chosen. */
  public static final String DEFAULT_OPPONENT = "conceder";

  public static final List<Preset> PRESETS = List.of(
      new Preset("boulware", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2}}",
          "time-dependent, e = 0.2: holds firm, concedes near the deadline",
          "hard: expect little until the last rounds"),
      new Preset("linear", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":1}}",
          "time-dependent, e = 1: concedes at a steady pace", "medium: steady, predictable"),
      new Preset("conceder", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":2}}",
          "time-dependent, e = 2: concedes early and fast", "easy: gives ground quickly"),
      new Preset("hardliner", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0}}",
          "time-dependent, e = 0: never moves from its best bid",
          "very hard: take its offer or walk away"),
      new Preset("tit-for-tat", "{\"bidding\":{\"type\":\"tit-for-tat\"}}",
          "relative tit-for-tat: concedes in proportion to your concessions",
          "medium: it moves when you move"),
      new Preset("nice-tit-for-tat", "{\"bidding\":{\"type\":\"nice-tit-for-tat\"},"
          + "\"model\":{\"type\":\"bayesian\"}}",
          "mirrors your concessions as it estimates them, never punishes",
          "medium: rewards real concessions"),
      new Preset("random", "{\"bidding\":{\"type\":\"random\"}}",
          "random bids above its reservation value; accepts anything at least as good as its "
              + "next random bid", "unpredictable"),
      new Preset("micro", "{\"bidding\":{\"type\":\"micro\"}}",
          "MiCRO: one concession per new offer of yours, in order",
          "medium-hard: concedes only as much as you do"),
      new Preset("hardheaded", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2},"
          + "\"model\":{\"type\":\"frequency\"},\"acceptance\":{\"type\":\"AC_combi\"}}",
          "HardHeaded style: Boulware, learns what you value, accepts the best recent offer late",
          "hard: firm, and it notices what you care about"));

  private final Map<String, StrategyPlugin> plugins;

  /** The built-in strategies only. */
  public StrategyCatalog() {
    this.plugins = Map.of();
  }

  private StrategyCatalog(Map<String, StrategyPlugin> plugins) {
    this.plugins = Map.copyOf(plugins);
  }

  /**
   * The built-ins plus every {@link StrategyPlugin} found (ServiceLoader) in the jars and class
   * folders given: a jar, a folder of classes, or a folder of jars.
   */
  public static StrategyCatalog withPlugins(List<Path> strategyPath) {
    if (strategyPath.isEmpty()) {
      return new StrategyCatalog();
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : strategyPath) {
      if (!Files.exists(entry)) {
        throw new IllegalArgumentException("strategy path entry " + entry + " does not exist");
      }
      try {
        if (Files.isDirectory(entry)) {
          try (Stream<Path> jars = Files.list(entry)) {
            for (Path jar : jars.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        }
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad strategy path entry " + entry, e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        StrategyCatalog.class.getClassLoader());
    List<StrategyPlugin> found = new ArrayList<>();
    try {
      ServiceLoader.load(StrategyPlugin.class, loader).forEach(found::add);
    } catch (java.util.ServiceConfigurationError e) {
      throw new IllegalArgumentException("cannot load a strategy plug-in: " + e.getMessage(), e);
    }
    return including(found);
  }

  /** The built-ins plus these plug-ins (for programs that embed Parley, and for tests). */
  public static StrategyCatalog including(List<StrategyPlugin> plugins) {
    Map<String, StrategyPlugin> found = new LinkedHashMap<>();
    for (StrategyPlugin plugin : plugins) {
      String name = plugin.name();
      if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
        throw new IllegalArgumentException("plug-in " + plugin.getClass().getName()
            + " has an invalid name '" + name + "'");
      }
      if (PRESETS.stream().anyMatch(p -> p.name().equals(name)) || found.containsKey(name)) {
        throw new IllegalArgumentException("plug-in name '" + name + "' is taken");
      }
      found.put(name, plugin);
    }
    return new StrategyCatalog(found);
  }

  public List<StrategyPlugin> plugins() {
    return List.copyOf(plugins.values());
  }

  /** Compiled specs by text: a tournament names a handful, each built thousands of times. */
  private final Map<String, Recipe> recipes = new java.util.concurrent.ConcurrentHashMap<>();

  /** A checked spec, ready to build a negotiator for any party. */
  @FunctionalInterface
  private interface Recipe {
    Negotiator create(PartySetup setup);
  }

  /** One checked part, ready to build for any party. */
  @FunctionalInterface
  private interface PartRecipe {
    Object create(PartySetup setup);
  }

  @Override
  public Negotiator create(NegotiatorSpec spec, PartySetup setup) {
    return recipe(spec).create(java.util.Objects.requireNonNull(setup, "setup"));
  }

  /** Checks a spec without building anything; throws IllegalArgumentException naming the problem. */
  public void check(NegotiatorSpec spec) {
    recipe(spec);
  }

  /** Checks a spec against the built-in strategies only. */
  public static void validate(NegotiatorSpec spec) {
    new StrategyCatalog().check(spec);
  }

  private Recipe recipe(NegotiatorSpec spec) {
    Recipe known = recipes.get(spec.text());
    if (known != null) {
      return known;
    }
    Recipe compiled = compile(spec);
    if (recipes.size() >= 4096) { // sweeps with many samples: keep memory bounded
      recipes.clear();
    }
    recipes.put(spec.text(), compiled);
    return compiled;
  }

  private Recipe compile(NegotiatorSpec spec) {
    if (!spec.isJson()) {
      for (Preset preset : PRESETS) {
        if (preset.name().equals(spec.text())) {
          return compile(new NegotiatorSpec(preset.spec()));
        }
      }
      StrategyPlugin plugin = plugins.get(spec.text());
      if (plugin != null) {
        return plugin(plugin, new JsonObject());
      }
      throw new IllegalArgumentException("unknown strategy '" + spec.text() + "'; presets are "
          + PRESETS.stream().map(Preset::name).toList()
          + (plugins.isEmpty() ? "" : ", plug-ins " + plugins.keySet())
          + ", or give a JSON spec such as {\"bidding\":{\"type\":\"time-dependent\",\"e\":0.5}}");
    }
    JsonObject root = object(parse(spec.text()), "spec");
    if (root.has("plugin")) {
      String name = string(root.get("plugin"), "plugin");
      StrategyPlugin plugin = plugins.get(name);
      if (plugin == null) {
        throw new IllegalArgumentException("plugin: no plug-in '" + name + "'"
            + (plugins.isEmpty() ? " (none loaded; see --strategy-path)"
            : "; loaded: " + plugins.keySet()));
      }
      return plugin(plugin, root);
    }
    allowOnly(root, "spec", List.of("bidding", "model", "acceptance"));
    if (!root.has("bidding")) {
      throw new IllegalArgumentException("spec: missing \"bidding\" (for example "
          + "{\"type\":\"time-dependent\",\"e\":0.5})");
    }
    PartRecipe bidding = part(Slot.BIDDING, root.get("bidding"), "bidding");
    PartRecipe model = root.has("model") ? part(Slot.MODEL, root.get("model"), "model")
        : s -> NoModel.INSTANCE;
    PartRecipe acceptance = root.has("acceptance")
        ? acceptance(root.get("acceptance"), "acceptance") : s -> new AcceptNext(1, 0);
    return s -> new BoaNegotiator((BiddingStrategy) bidding.create(s),
        (OpponentModel) model.create(s), (AcceptanceStrategy) acceptance.create(s));
  }

  private PartRecipe acceptance(JsonElement element, String path) {
    JsonObject o = object(element, path);
    for (String combinator : List.of("any", "all")) {
      if (o.has(combinator)) {
        allowOnly(o, path, List.of(combinator));
        JsonElement list = o.get(combinator);
        if (!list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
          throw new IllegalArgumentException(path + "." + combinator
              + ": expected a non-empty list of conditions");
        }
        List<PartRecipe> parts = new ArrayList<>();
        for (int i = 0; i < list.getAsJsonArray().size(); i++) {
          parts.add(acceptance(list.getAsJsonArray().get(i), path + "." + combinator + "[" + i
              + "]"));
        }
        boolean any = combinator.equals("any");
        return s -> {
          List<AcceptanceStrategy> built = new ArrayList<>(parts.size());
          parts.forEach(p -> built.add((AcceptanceStrategy) p.create(s)));
          return any ? new AnyOf(built) : new AllOf(built);
        };
      }
    }
    return part(Slot.ACCEPTANCE, o, path);
  }

  private PartRecipe part(Slot slot, JsonElement element, String path) {
    JsonObject o = object(element, path);
    if (!o.has("type")) {
      throw new IllegalArgumentException(path + ": missing \"type\"; " + slot.name()
          .toLowerCase(java.util.Locale.ROOT) + " types are " + types(slot));
    }
    String type = string(o.get("type"), path + ".type");
    Part part = PARTS.stream().filter(x -> x.slot() == slot && x.type().equals(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(path + ".type: unknown "
            + slot.name().toLowerCase(java.util.Locale.ROOT) + " type '" + type + "'; types are "
            + types(slot)));
    Map<String, Double> values = java.util.Collections.unmodifiableMap(
        parameters(o, path, part.parameters(), List.of("type")));
    return s -> {
      try {
        return part.builder().build(values, s);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
      }
    };
  }

  private Recipe plugin(StrategyPlugin plugin, JsonObject o) {
    Map<String, Double> values = parameters(o, "spec", plugin.parameters(), List.of("plugin"));
    return s -> plugin.create(new LinkedHashMap<>(values), s);
  }

  private static Map<String, Double> parameters(JsonObject o, String path,
      List<Parameter> parameters, List<String> reserved) {
    Map<String, Double> values = new LinkedHashMap<>();
    parameters.forEach(x -> values.put(x.name(), x.defaultValue()));
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      if (reserved.contains(e.getKey())) {
        continue;
      }
      Parameter x = parameters.stream().filter(q -> q.name().equals(e.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(path + ": unknown parameter '"
              + e.getKey() + "'; parameters are " + parameters.stream().map(Parameter::name)
              .toList()));
      JsonElement v = e.getValue();
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
        throw new IllegalArgumentException(path + "." + x.name() + ": must be a number, got " + v);
      }
      double d = v.getAsDouble();
      if (!(d >= x.min() && d <= x.max())) {
        throw new IllegalArgumentException(path + "." + x.name() + ": " + d + " is outside ["
            + x.min() + ", " + x.max() + "]");
      }
      values.put(x.name(), d);
    }
    return values;
  }

  private static List<String> types(Slot slot) {
    return PARTS.stream().filter(x -> x.slot() == slot).map(Part::type).toList();
  }

  private static JsonElement parse(String text) {
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("strategy spec is not valid JSON: " + text, e);
    }
  }

  private static JsonObject object(JsonElement e, String path) {
    if (e == null || !e.isJsonObject()) {
      throw new IllegalArgumentException(path + ": expected a JSON object, got " + e);
    }
    return e.getAsJsonObject();
  }

  private static String string(JsonElement e, String path) {
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw new IllegalArgumentException(path + ": expected a string, got " + e);
    }
    return e.getAsString();
  }

  private static void allowOnly(JsonObject o, String path, List<String> keys) {
    for (String key : o.keySet()) {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(path + ": unknown key '" + key + "'; allowed keys are "
            + keys);
      }
    }
  }

}
