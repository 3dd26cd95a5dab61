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
import org.parley.engine.utility.Profile;
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
    if (root.opt("LinearAdditiveUtilitySpace").isPresent()
        || root.opt("issuesValues").isPresent()) {
      throw root.fail("this is a GeniusWeb profile or domain, not a Parley scenario; it is "
          + "converted with 'parley scenario import-geniusweb'");
    }
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
    node.allowOnly(Set.of("rounds", "seconds"));
    Integer rounds = node.opt("rounds").map(JsonNode::integer).orElse(null);
    Integer seconds = node.opt("seconds").map(JsonNode::integer).orElse(null);
    return node.build(() -> Deadline.of(rounds, seconds));
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
    node.allowOnly(Set.of("id", "name", "delegation", "profile", "briefing"));
    String id = node.get("id").string();
    List<String> delegation = new ArrayList<>();
    for (JsonNode member : node.opt("delegation").map(JsonNode::items).orElse(List.of())) {
      delegation.add(member.string());
    }
    Profile profile = readProfile(node.get("profile"), domain);
    String briefing = node.opt("briefing").map(JsonNode::string).orElse(null);
    if (briefing != null && briefing.length() > 20_000) {
      throw node.get("briefing").fail("a briefing of " + briefing.length() + " characters; "
          + "the most is 20,000");
    }
    return node.build(() -> new Party(id, node.opt("name").map(JsonNode::string).orElse(null),
        delegation, profile, briefing));
  }

  static Profile readProfile(JsonNode node, Domain domain) {
    node.allowOnly(Set.of("utility", "reservation", "discount"));
    UtilityFunction utility = UtilityCodec.read(node.get("utility"), domain);
    JsonNode reservation = node.get("reservation");
    double r = reservation.number();
    reservation.build(() -> new Profile(utility, r, 1.0));
    double discount = node.opt("discount").map(JsonNode::number).orElse(1.0);
    return node.opt("discount").orElse(node).build(() -> new Profile(utility, r, discount));
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
  static String levelId(JsonNode node) {
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
      if (party.briefing() != null) {
        p.addProperty("briefing", party.briefing());
      }
      JsonObject profile = new JsonObject();
      profile.addProperty("reservation", party.profile().reservation());
      profile.addProperty("discount", party.profile().discount());
      profile.add("utility", UtilityCodec.write(party.profile().utility()));
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
    if (deadline.hasRounds()) {
      out.addProperty("rounds", deadline.rounds());
    }
    if (deadline.hasSeconds()) {
      out.addProperty("seconds", deadline.seconds());
    }
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


}
