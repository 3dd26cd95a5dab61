package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.ReferenceBid;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.InteractionTerm;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.LinearEvaluator;
import org.parley.engine.utility.PairwiseInteractionUtility;
import org.parley.engine.utility.PeakEvaluator;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;
import org.parley.engine.utility.UtilityFunction;

/**
 * Reads and writes scenario files ({@code "format": "parley-scenario/1"}). The README documents the
 * format. Reading validates everything and reports the first problem with its JSON path; writing
 * gives the canonical form, which reads back equal.
 */
public final class ScenarioCodec {

  public static final String FORMAT = "parley-scenario/1";

  private ScenarioCodec() {
  }

  /** Parses a scenario; {@code source} names it in errors (usually the file name). */
  public static Scenario read(String source, String text) {
    return read(JsonNode.parse(source, text));
  }

  public static String write(Scenario scenario) {
    return Json.pretty(toJson(scenario));
  }

  static Scenario read(JsonNode root) {
    root.allowOnly(Set.of("format", "id", "title", "description", "protocol", "deadline", "issues",
        "parties", "references"));
    JsonNode format = root.get("format");
    if (!FORMAT.equals(format.string())) {
      throw format.fail("unsupported format '" + format.string() + "'; expected '" + FORMAT + "'");
    }
    String id = root.get("id").string();
    List<Issue> issues = new ArrayList<>();
    List<JsonNode> issueNodes = root.get("issues").items();
    for (JsonNode node : issueNodes) {
      issues.add(readIssue(node));
    }
    Domain domain = root.get("issues").build(() -> new Domain(id, issues));
    Deadline deadline = readDeadline(root.get("deadline"));
    List<Party> parties = new ArrayList<>();
    for (JsonNode node : root.get("parties").items()) {
      parties.add(readParty(node, domain));
    }
    List<ReferenceBid> references = new ArrayList<>();
    for (JsonNode node : root.opt("references").map(JsonNode::items).orElse(List.of())) {
      references.add(readReference(node, domain));
    }
    String protocol = root.get("protocol").string();
    return root.build(() -> new Scenario(id, root.opt("title").map(JsonNode::string).orElse(null),
        root.opt("description").map(JsonNode::string).orElse(""), domain, parties, protocol,
        deadline, references));
  }

  static Deadline readDeadline(JsonNode node) {
    node.allowOnly(Set.of("rounds"));
    int rounds = node.get("rounds").integer();
    return node.build(() -> new Deadline(rounds));
  }

  static Issue readIssue(JsonNode node) {
    node.allowOnly(Set.of("id", "name", "unit", "levels"));
    String id = node.get("id").string();
    List<Level> levels = new ArrayList<>();
    for (JsonNode level : node.get("levels").items()) {
      levels.add(readLevel(level));
    }
    return node.build(() -> new Issue(id, node.opt("name").map(JsonNode::string).orElse(null),
        node.opt("unit").map(JsonNode::string).orElse(""), levels));
  }

  private static Level readLevel(JsonNode node) {
    if (node.isString()) {
      return node.build(() -> Level.of(node.string()));
    }
    if (node.isNumber()) {
      double number = node.number();
      return new Level(Json.plain(number), null, number);
    }
    node.allowOnly(Set.of("id", "label", "number"));
    String id = node.get("id").string();
    String label = node.opt("label").map(JsonNode::string).orElse(null);
    Double number = node.opt("number").map(JsonNode::number).orElse(null);
    return node.build(() -> new Level(id, label, number));
  }

  private static Party readParty(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("id", "name", "delegation", "profile"));
    String id = node.get("id").string();
    List<String> delegation = new ArrayList<>();
    for (JsonNode member : node.opt("delegation").map(JsonNode::items).orElse(List.of())) {
      delegation.add(member.string());
    }
    Profile profile = readProfile(node.get("profile"), domain);
    return node.build(() -> new Party(id, node.opt("name").map(JsonNode::string).orElse(null),
        delegation, profile));
  }

  static Profile readProfile(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("utility", "reservation", "discount"));
    UtilityFunction utility = readUtility(node.get("utility"), domain);
    JsonNode reservation = node.get("reservation");
    double r = reservation.number();
    reservation.build(() -> new Profile(utility, r, 1.0));
    double discount = node.opt("discount").map(JsonNode::number).orElse(1.0);
    return node.opt("discount").orElse(node).build(() -> new Profile(utility, r, discount));
  }

  private static UtilityFunction readUtility(JsonNode node, Domain domain) {
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
        for (Map.Entry<String, JsonNode> e : node.get("values").fields().entrySet()) {
          e.getValue().build(() -> issue.requireIndexOf(e.getKey()));
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
      String level = levelId(e.getValue());
      e.getValue().build(() -> domain.issue(index).requireIndexOf(level));
      issues.add(e.getKey());
      levels.add(level);
    }
    double delta = node.get("delta").number();
    return node.build(() -> new InteractionTerm(issues.get(0), levels.get(0), issues.get(1),
        levels.get(1), delta));
  }

  private static ReferenceBid readReference(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("id", "name", "kind", "date", "note", "bid"));
    String id = node.get("id").string();
    JsonNode kind = node.get("kind");
    ReferenceBid.Kind k = kind.build(() -> ReferenceBid.Kind.ofKey(kind.string()));
    Bid bid = readBid(node.get("bid"), domain);
    return node.build(() -> new ReferenceBid(id, node.opt("name").map(JsonNode::string).orElse(null),
        k, node.opt("date").map(JsonNode::string).orElse(""),
        node.opt("note").map(JsonNode::string).orElse(""), bid));
  }

  /** A bid written as issue id to level id: {@code {"us_tariff": "30", …}}. */
  static Bid readBid(JsonNode node, Domain domain) {
    Map<String, String> levels = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.fields().entrySet()) {
      int index = e.getValue().build(() -> domain.requireIndexOf(e.getKey()));
      String level = levelId(e.getValue());
      e.getValue().build(() -> domain.issue(index).requireIndexOf(level));
      levels.put(e.getKey(), level);
    }
    return node.build(() -> domain.bid(levels));
  }

  /** Level ids may be written as strings or, for numeric levels, as numbers. */
  private static String levelId(JsonNode node) {
    return node.isNumber() ? Json.plain(node.number()) : node.string();
  }

  static JsonObject writeBid(Domain domain, Bid bid) {
    JsonObject out = new JsonObject();
    domain.levelIds(bid).forEach(out::addProperty);
    return out;
  }

  static JsonObject toJson(Scenario scenario) {
    JsonObject root = new JsonObject();
    root.addProperty("format", FORMAT);
    root.addProperty("id", scenario.id());
    root.addProperty("title", scenario.title());
    root.addProperty("description", scenario.description());
    root.addProperty("protocol", scenario.protocol());
    root.add("deadline", writeDeadline(scenario.deadline()));
    root.add("issues", writeIssues(scenario.domain()));
    JsonArray parties = new JsonArray();
    for (Party party : scenario.parties()) {
      JsonObject p = new JsonObject();
      p.addProperty("id", party.id());
      p.addProperty("name", party.name());
      JsonArray delegation = new JsonArray();
      party.delegation().forEach(delegation::add);
      p.add("delegation", delegation);
      JsonObject profile = new JsonObject();
      profile.addProperty("reservation", party.profile().reservation());
      profile.addProperty("discount", party.profile().discount());
      profile.add("utility", writeUtility(party.profile().utility()));
      p.add("profile", profile);
      parties.add(p);
    }
    root.add("parties", parties);
    JsonArray references = new JsonArray();
    for (ReferenceBid ref : scenario.references()) {
      JsonObject r = new JsonObject();
      r.addProperty("id", ref.id());
      r.addProperty("name", ref.name());
      r.addProperty("kind", ref.kind().key());
      r.addProperty("date", ref.date());
      r.addProperty("note", ref.note());
      r.add("bid", writeBid(scenario.domain(), ref.bid()));
      references.add(r);
    }
    root.add("references", references);
    return root;
  }

  static JsonArray writeIssues(Domain domain) {
    JsonArray issues = new JsonArray();
    for (Issue issue : domain.issues()) {
      JsonObject i = new JsonObject();
      i.addProperty("id", issue.id());
      i.addProperty("name", issue.name());
      if (!issue.unit().isEmpty()) {
        i.addProperty("unit", issue.unit());
      }
      JsonArray levels = new JsonArray();
      for (Level level : issue.levels()) {
        levels.add(writeLevel(level));
      }
      i.add("levels", levels);
      issues.add(i);
    }
    return issues;
  }

  static JsonObject writeDeadline(Deadline deadline) {
    JsonObject out = new JsonObject();
    out.addProperty("rounds", deadline.rounds());
    return out;
  }

  private static com.google.gson.JsonElement writeLevel(Level level) {
    boolean plainLabel = level.label().equals(level.id());
    if (plainLabel && level.number() == null) {
      return new JsonPrimitive(level.id());
    }
    if (plainLabel && level.id().equals(Json.plain(level.number()))) {
      return new JsonPrimitive(level.number());
    }
    JsonObject out = new JsonObject();
    out.addProperty("id", level.id());
    out.addProperty("label", level.label());
    if (level.number() != null) {
      out.addProperty("number", level.number());
    }
    return out;
  }

  static JsonObject writeUtility(UtilityFunction utility) {
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
