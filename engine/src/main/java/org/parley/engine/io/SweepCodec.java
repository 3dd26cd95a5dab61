package org.parley.engine.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.tournament.SweepSpec;
import org.parley.engine.tournament.TournamentSpec;

/**
 * Reads a sweep ({@value SweepSpec#FORMAT}); every error names the source and the JSON path:
 * <pre>{
 *   "format": "parley-sweep/1",
 *   "scenarios": ["london-2025"],
 *   "strategy": {"bidding": {"type": "time-dependent", "e": 1}},
 *   "grid": {"bidding.e": [0.1, 0.2, 0.5, 1, 2]},      (or "samples": 20 with
 *   "ranges": {"bidding.e": [0.05, 3]})
 *   "opponents": ["boulware", "conceder", "tit-for-tat"],
 *   "repetitions": 5, "seed": 1, "rounds": 100, "parallelism": 2
 * }</pre>
 * An optional {@code "seconds"} sets a deadline in seconds, as in a tournament spec.
 */
public final class SweepCodec {

  private SweepCodec() {
  }

  public static SweepSpec read(String source, String text) {
    JsonNode root = JsonNode.parse(source, text).allowOnly(Set.of("format", "description",
        "scenarios", "strategy", "grid", "samples", "ranges", "opponents", "repetitions", "seed",
        "rounds", "seconds", "parallelism"));
    root.opt("format").ifPresent(f -> {
      if (!f.string().equals(SweepSpec.FORMAT)) {
        throw f.fail("expected \"" + SweepSpec.FORMAT + "\", found \"" + f.string() + "\"");
      }
    });
    List<String> scenarios = new ArrayList<>();
    root.get("scenarios").items().forEach(s -> scenarios.add(s.string()));
    if (scenarios.isEmpty()) {
      throw root.get("scenarios").fail("give at least one scenario");
    }
    JsonNode base = root.get("strategy");
    if (!base.raw().isJsonObject()) {
      throw base.fail("expected the strategy as a JSON object, e.g. {\"bidding\": {\"type\": "
          + "\"time-dependent\", \"e\": 1}}");
    }
    boolean hasGrid = root.opt("grid").isPresent();
    if (hasGrid == root.opt("samples").isPresent()) {
      throw root.fail("give either \"grid\" or \"samples\" with \"ranges\"");
    }
    Map<String, List<Double>> grid = null;
    int samples = 0;
    Map<String, double[]> ranges = new LinkedHashMap<>();
    if (hasGrid) {
      grid = new LinkedHashMap<>();
      long points = 1;
      for (Map.Entry<String, JsonNode> e : root.get("grid").fields().entrySet()) {
        requireObjectFor(base, e.getValue(), e.getKey());
        List<Double> values = new ArrayList<>();
        e.getValue().items().forEach(v -> values.add(v.number()));
        if (values.isEmpty()) {
          throw e.getValue().fail("give at least one value");
        }
        points *= values.size();
        if (points > SweepSpec.MAX_POINTS) {
          throw root.get("grid").fail("the grid has more than " + SweepSpec.MAX_POINTS
              + " points");
        }
        grid.put(e.getKey(), values);
      }
    } else {
      samples = root.get("samples").integer(1, SweepSpec.MAX_POINTS);
      for (Map.Entry<String, JsonNode> e : root.get("ranges").fields().entrySet()) {
        requireObjectFor(base, e.getValue(), e.getKey());
        List<JsonNode> lohi = e.getValue().items();
        if (lohi.size() != 2 || lohi.get(0).number() > lohi.get(1).number()) {
          throw e.getValue().fail("expected [low, high]");
        }
        ranges.put(e.getKey(), new double[] {lohi.get(0).number(), lohi.get(1).number()});
      }
    }
    List<String> opponents = new ArrayList<>();
    for (JsonNode o : root.get("opponents").items()) {
      opponents.add(o.isString() ? o.string() : Json.compact(o.raw()));
    }
    if (opponents.isEmpty()) {
      throw root.get("opponents").fail("give at least one opponent");
    }
    int repetitions = root.opt("repetitions")
        .map(n -> n.integer(1, TournamentSpec.MAX_REPETITIONS))
        .orElse(SweepSpec.DEFAULT_REPETITIONS);
    long seed = root.opt("seed").map(JsonNode::longValue).orElse(1L);
    Deadline deadline = TournamentCodec.deadlineOverride(root);
    Integer parallelism = root.opt("parallelism")
        .map(n -> n.integer(1, TournamentSpec.MAX_PARALLELISM)).orElse(null);
    Map<String, List<Double>> g = grid;
    int n = samples;
    return root.build(() -> new SweepSpec(scenarios, Json.compact(base.raw()), g, n, ranges,
        opponents, repetitions, seed, deadline, parallelism));
  }

  /** The base strategy with a point's values set at their paths: a candidate's spec. */
  public static String strategyAt(SweepSpec spec, Map<String, Double> point) {
    JsonObject o = JsonNode.parse("the sweep's strategy", spec.strategy()).raw()
        .getAsJsonObject();
    for (Map.Entry<String, Double> e : point.entrySet()) {
      String[] parts = e.getKey().split("\\.");
      JsonObject at = o;
      for (int i = 0; i < parts.length - 1; i++) {
        at = at.getAsJsonObject(parts[i]);
      }
      at.addProperty(parts[parts.length - 1], e.getValue());
    }
    return Json.compact(o);
  }

  /** A path such as {@code bidding.e} must name a field of an object the strategy has. */
  private static void requireObjectFor(JsonNode strategy, JsonNode where, String path) {
    String[] parts = path.split("\\.");
    JsonElement e = strategy.raw();
    for (int i = 0; i < parts.length - 1; i++) {
      e = e.isJsonObject() ? e.getAsJsonObject().get(parts[i]) : null;
      if (e == null || !e.isJsonObject()) {
        throw where.fail("the strategy has no '" + parts[i] + "' object for '" + path + "'");
      }
    }
  }
}
