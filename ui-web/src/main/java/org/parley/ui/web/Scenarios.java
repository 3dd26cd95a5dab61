package org.parley.ui.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.scenario.Scenario;
import org.parley.scenarios.ScenarioCatalog;

/** The bundled scenarios, each loaded and analysed once. */
final class Scenarios {

  private final Map<String, ScenarioAnalysis> analyses = new ConcurrentHashMap<>();

  Scenario get(String id) {
    if (id == null || !ScenarioCatalog.ids().contains(id)) {
      throw ApiError.notFound("no scenario '" + TranscriptStore.abbreviate(id)
          + "'; scenarios are " + ScenarioCatalog.ids());
    }
    return analyses.computeIfAbsent(id, k -> new ScenarioAnalysis(ScenarioCatalog.load(k)))
        .scenario();
  }

  ScenarioAnalysis analysis(Scenario sc) {
    return analyses.computeIfAbsent(sc.id(), k -> new ScenarioAnalysis(sc));
  }

  java.util.List<String> ids() {
    return ScenarioCatalog.ids();
  }
}
