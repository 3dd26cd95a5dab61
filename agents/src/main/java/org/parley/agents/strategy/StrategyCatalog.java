package org.parley.agents.strategy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.PartySetup;

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
 * checked against its range. Presets are themselves specs, listed in {@link Preset#ALL}; the
 * parts a spec can name are listed in {@link Part#ALL}, and {@link SpecCompiler} reads specs.
 */
public final class StrategyCatalog implements NegotiatorFactory {

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
    return including(StrategyPath.load(strategyPath));
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
      if (Preset.named(name).isPresent() || found.containsKey(name)) {
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
  private final Map<String, SpecCompiler.Recipe> recipes = new java.util.concurrent.ConcurrentHashMap<>();

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

  private SpecCompiler.Recipe recipe(NegotiatorSpec spec) {
    SpecCompiler.Recipe known = recipes.get(spec.text());
    if (known != null) {
      return known;
    }
    SpecCompiler.Recipe compiled = new SpecCompiler(plugins).compile(spec);
    if (recipes.size() >= 4096) { // sweeps with many samples: keep memory bounded
      recipes.clear();
    }
    recipes.put(spec.text(), compiled);
    return compiled;
  }
}
