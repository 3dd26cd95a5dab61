package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;

/**
 * The bots the pages offer: the presets, grouped by how hard they are for a student, then the
 * server's plug-ins ({@code serve --strategy-path}), grouped as researchers' bots.
 */
final class Strategies {

  static final String PLUGINS = "researchers' bots";

  private Strategies() {
  }

  static JsonArray list(StrategyCatalog catalog) {
    JsonArray out = new JsonArray();
    for (Preset p : Preset.ALL) {
      JsonObject o = new JsonObject();
      o.addProperty("name", p.name());
      o.addProperty("title", p.title());
      o.addProperty("group", p.level().word());
      o.addProperty("note", p.note());
      o.addProperty("description", p.description());
      o.addProperty("spec", p.spec());
      out.add(o);
    }
    for (StrategyPlugin plugin : catalog.plugins()) {
      JsonObject o = new JsonObject();
      o.addProperty("name", plugin.name());
      o.addProperty("title", plugin.name());
      o.addProperty("group", PLUGINS);
      o.addProperty("note", plugin.description());
      o.addProperty("description", plugin.description());
      out.add(o);
    }
    return out;
  }
}
