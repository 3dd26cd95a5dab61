package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.InteractionTerm;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.LinearEvaluator;
import org.parley.engine.utility.PairwiseInteractionUtility;
import org.parley.engine.utility.PeakEvaluator;
import org.parley.engine.utility.TableEvaluator;
import org.parley.engine.utility.UtilityFunction;

/**
 * Utility functions in JSON, as scenario files and briefings hold them: linear additive (weights
 * and per-issue evaluators: value table, linear, peak) and additive with pairwise interaction
 * terms. Errors name the JSON path.
 */
final class UtilityCodec {

  private UtilityCodec() {
  }

  static UtilityFunction read(JsonNode node, Domain domain) {
    String type = node.get("type").string();
    switch (type) {
      case "linear-additive" -> {
        node.allowOnly(Set.of("type", "weights", "evaluators"));
        return readAdditive(node, domain);
      }
      case "pairwise-interactions" -> {
        node.allowOnly(Set.of("type", "weights", "evaluators", "interactions"));
        LinearAdditiveUtility additive = readAdditive(node, domain);
        List<InteractionTerm> terms = new ArrayList<>();
        for (JsonNode term : node.get("interactions").items()) {
          terms.add(readInteraction(term, domain));
        }
        return node.build(() -> new PairwiseInteractionUtility(additive, terms));
      }
      default -> throw node.get("type").fail("unknown utility type '" + type
          + "'; expected linear-additive or pairwise-interactions");
    }
  }

  private static LinearAdditiveUtility readAdditive(JsonNode node, Domain domain) {
    JsonNode weightsNode = node.get("weights");
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : weightsNode.fields().entrySet()) {
      e.getValue().build(() -> domain.requireIndexOf(e.getKey()));
      double w = e.getValue().number();
      if (!(w >= 0 && w <= 1)) {
        throw e.getValue().fail("weight " + w + " must be in [0,1]");
      }
      weights.put(e.getKey(), w);
    }
    for (String issue : domain.issueIds()) {
      if (!weights.containsKey(issue)) {
        throw weightsNode.fail("no weight for issue '" + issue + "'");
      }
    }
    JsonNode evaluatorsNode = node.get("evaluators");
    Map<String, Evaluator> evaluators = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : evaluatorsNode.fields().entrySet()) {
      JsonNode evNode = e.getValue();
      int index = evNode.build(() -> domain.requireIndexOf(e.getKey()));
      Evaluator evaluator = readEvaluator(evNode, domain.issue(index));
      evaluators.put(e.getKey(), evaluator);
    }
    for (String issue : domain.issueIds()) {
      if (!evaluators.containsKey(issue)) {
        throw evaluatorsNode.fail("no evaluator for issue '" + issue + "'");
      }
    }
    return weightsNode.build(() -> new LinearAdditiveUtility(domain, weights, evaluators));
  }

  private static Evaluator readEvaluator(JsonNode node, Issue issue) {
    String type = node.get("type").string();
    Evaluator evaluator = switch (type) {
      case "table" -> {
        node.allowOnly(Set.of("type", "values"));
        Map<String, Double> values = new LinkedHashMap<>();
        Set<String> ids = new java.util.HashSet<>(issue.levelIds()); // one lookup per level
        for (Map.Entry<String, JsonNode> e : node.get("values").fields().entrySet()) {
          if (!ids.contains(e.getKey())) {
            e.getValue().build(() -> issue.requireIndexOf(e.getKey())); // names the problem
          }
          double v = e.getValue().number();
          if (!(v >= 0 && v <= 1)) {
            throw e.getValue().fail("evaluation " + v + " must be in [0,1]");
          }
          values.put(e.getKey(), v);
        }
        yield node.get("values").build(() -> new TableEvaluator(values));
      }
      case "linear" -> {
        node.allowOnly(Set.of("type", "direction"));
        JsonNode direction = node.get("direction");
        yield switch (direction.string()) {
          case "increasing" -> new LinearEvaluator(true);
          case "decreasing" -> new LinearEvaluator(false);
          default -> throw direction.fail("direction must be increasing or decreasing, not '"
              + direction.string() + "'");
        };
      }
      case "peak" -> {
        node.allowOnly(Set.of("type", "peak"));
        double peak = node.get("peak").number();
        yield node.build(() -> new PeakEvaluator(peak));
      }
      default -> throw node.get("type").fail("unknown evaluator type '" + type
          + "'; expected table, linear or peak");
    };
    node.build(() -> evaluator.evaluate(issue));
    return evaluator;
  }

  private static InteractionTerm readInteraction(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("when", "delta"));
    JsonNode when = node.get("when");
    Map<String, JsonNode> fields = when.fields();
    if (fields.size() != 2) {
      throw when.fail("an interaction names exactly two issues, found " + fields.size());
    }
    List<String> issues = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
      int index = e.getValue().build(() -> domain.requireIndexOf(e.getKey()));
      String level = ScenarioCodec.levelId(e.getValue());
      e.getValue().build(() -> domain.issue(index).requireIndexOf(level));
      issues.add(e.getKey());
      levels.add(level);
    }
    double delta = node.get("delta").number();
    return node.build(() -> new InteractionTerm(issues.get(0), levels.get(0), issues.get(1),
        levels.get(1), delta));
  }

  static JsonObject write(UtilityFunction utility) {
    if (utility instanceof LinearAdditiveUtility additive) {
      JsonObject out = new JsonObject();
      out.addProperty("type", "linear-additive");
      writeAdditive(out, additive);
      return out;
    }
    if (utility instanceof PairwiseInteractionUtility interactions) {
      JsonObject out = new JsonObject();
      out.addProperty("type", "pairwise-interactions");
      writeAdditive(out, interactions.additive());
      JsonArray terms = new JsonArray();
      for (InteractionTerm term : interactions.terms()) {
        JsonObject t = new JsonObject();
        JsonObject when = new JsonObject();
        when.addProperty(term.issueA(), term.levelA());
        when.addProperty(term.issueB(), term.levelB());
        t.add("when", when);
        t.addProperty("delta", term.delta());
        terms.add(t);
      }
      out.add("interactions", terms);
      return out;
    }
    throw new IllegalArgumentException("cannot write utility function "
        + utility.getClass().getName() + " to a scenario file");
  }

  private static void writeAdditive(JsonObject out, LinearAdditiveUtility additive) {
    JsonObject weights = new JsonObject();
    additive.weights().forEach(weights::addProperty);
    out.add("weights", weights);
    JsonObject evaluators = new JsonObject();
    Domain domain = additive.domain();
    additive.evaluators().forEach((issueId, evaluator) -> {
      JsonObject e = new JsonObject();
      if (evaluator instanceof TableEvaluator table) {
        e.addProperty("type", "table");
        JsonObject values = new JsonObject();
        for (String level : domain.issue(domain.requireIndexOf(issueId)).levelIds()) {
          values.addProperty(level, table.values().get(level));
        }
        e.add("values", values);
      } else if (evaluator instanceof LinearEvaluator linear) {
        e.addProperty("type", "linear");
        e.addProperty("direction", linear.increasing() ? "increasing" : "decreasing");
      } else if (evaluator instanceof PeakEvaluator peak) {
        e.addProperty("type", "peak");
        e.addProperty("peak", peak.peak());
      } else {
        throw new IllegalStateException("unhandled evaluator " + evaluator.getClass());
      }
      evaluators.add(issueId, e);
    });
    out.add("evaluators", evaluators);
  }
}
