package org.parley.engine.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.Evaluator;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.Profile;
import org.parley.engine.utility.TableEvaluator;

/**
 * Converts GeniusWeb profiles ({@code {"LinearAdditiveUtilitySpace": …}} with discrete value
 * sets) into a Parley scenario, with GeniusWeb's semantics: U(bid) = Σ issueWeights[i] ·
 * valueUtilities[i][bid_i], nothing normalised (the weights must sum to 1, each utility lie in
 * [0,1]); the reservation value is the profile's utility of its {@code reservationBid} (0 without
 * one); no discount. The domain comes from the profiles, which embed it; a GeniusWeb domain file
 * ({@code {"name": …, "issuesValues": …}}) may be given too, and every profile's domain must then
 * be that one. Issue and value order follow the first domain read. Errors name the file and the
 * JSON path.
 */
public final class GeniusWebImport {

  private static final String PROFILE = "LinearAdditiveUtilitySpace";
  /** The discrete value-set utilities' JSON names: GeniusWeb's Java, then its Python port. */
  private static final Set<String> DISCRETE = Set.of("discreteutils",
      "DiscreteValueSetUtilities");
  private static final Set<String> NUMBER = Set.of("numberutils", "NumberValueSetUtilities");

  /** A GeniusWeb domain: its name and each issue's values, in file order. */
  private record GwDomain(String name, Map<String, List<String>> issues) {
  }

  private GeniusWebImport() {
  }

  /** The scenario, its id made from the domain's name. */
  public static Scenario convert(List<GeniusImport.Source> files, int rounds) {
    return convert(Optional.empty(), files, rounds);
  }

  /** The scenario with this id. */
  public static Scenario convert(String id, List<GeniusImport.Source> files, int rounds) {
    return convert(Optional.of(id), files, rounds);
  }

  private static Scenario convert(Optional<String> id, List<GeniusImport.Source> files,
      int rounds) {
    Optional<JsonNode> domainFile = Optional.empty();
    String domainFileName = null;
    List<JsonNode> profiles = new ArrayList<>();
    List<String> profileFiles = new ArrayList<>();
    for (GeniusImport.Source file : files) {
      JsonNode root = JsonNode.parse(file.name(), file.text());
      if (root.opt("issuesValues").isPresent()) {
        if (domainFile.isPresent()) {
          throw root.fail("a second domain file (the first was " + domainFileName
              + "); give at most one");
        }
        domainFile = Optional.of(root);
        domainFileName = file.name();
      } else {
        profiles.add(profile(root));
        profileFiles.add(file.name());
      }
    }
    if (profiles.size() < 2) {
      throw new IllegalArgumentException("a scenario needs at least two profiles, got "
          + profiles.size());
    }
    JsonNode domainNode = domainFile.orElseGet(() -> profiles.get(0).get("domain"));
    GwDomain gw = readDomain(domainNode);
    String from = domainFile.isPresent() ? domainFileName : profileFiles.get(0);
    String scenarioId = id.orElseGet(() -> ImportNames.scenarioId(gw.name()));
    Domain domain = domain(scenarioId, gw, domainNode);
    List<Party> parties = new ArrayList<>();
    List<String> partyIds = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      JsonNode p = profiles.get(i);
      JsonNode embedded = p.get("domain");
      difference(gw, readDomain(embedded)).ifPresent(d -> {
        throw embedded.fail("not the domain of " + from + ": " + d);
      });
      String partyId = ImportNames.partyId(profileFiles.get(i), gw.name(), partyIds);
      partyIds.add(partyId);
      String name = p.opt("name").map(JsonNode::string).orElse(profileFiles.get(i));
      parties.add(new Party(partyId, name, List.of(), profile(p, gw, domain)));
    }
    return new Scenario(scenarioId, gw.name() + " (imported from GeniusWeb)",
        "Imported from GeniusWeb: " + String.join(", ", files.stream()
            .map(GeniusImport.Source::name).toList()) + ".", domain, parties,
        parties.size() == 2 ? AlternatingOffers.BILATERAL : AlternatingOffers.STACKED,
        new Deadline(rounds), List.of());
  }

  /** The {@code LinearAdditiveUtilitySpace} object of a profile file, or why it is not one. */
  private static JsonNode profile(JsonNode root) {
    Map<String, JsonNode> fields = root.fields();
    if (fields.size() == 1 && fields.containsKey(PROFILE)) {
      JsonNode p = root.get(PROFILE);
      p.allowOnly(Set.of("domain", "name", "issueUtilities", "issueWeights", "reservationBid"));
      return p;
    }
    if (fields.size() == 1 && fields.keySet().iterator().next().endsWith("UtilitySpace")) {
      throw root.fail("a " + fields.keySet().iterator().next() + " profile; only "
          + PROFILE + " profiles can be imported");
    }
    throw root.fail("neither a GeniusWeb profile {\"" + PROFILE + "\": …} nor a GeniusWeb "
        + "domain {\"name\": …, \"issuesValues\": …}");
  }

  private static GwDomain readDomain(JsonNode node) {
    node.allowOnly(Set.of("name", "issuesValues"));
    String name = node.get("name").string();
    JsonNode issuesNode = node.get("issuesValues");
    Map<String, List<String>> issues = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : issuesNode.fields().entrySet()) {
      JsonNode set = e.getValue();
      if (set.opt("range").isPresent()) {
        throw set.fail("issue '" + e.getKey() + "' has a number range; only discrete value sets "
            + "({\"values\": […]}) can be imported");
      }
      set.allowOnly(Set.of("values"));
      List<String> values = new ArrayList<>();
      for (JsonNode v : set.get("values").items()) {
        String value = v.string();
        if (value.isBlank() || values.contains(value)) {
          throw v.fail("value '" + value + "' is blank or repeated");
        }
        values.add(value);
      }
      issues.put(e.getKey(), List.copyOf(values));
    }
    if (issues.isEmpty()) {
      throw issuesNode.fail("the domain has no issues");
    }
    return new GwDomain(name, issues);
  }

  /** How {@code other} differs from {@code gw} (values compared as sets), or empty. */
  private static Optional<String> difference(GwDomain gw, GwDomain other) {
    if (!gw.name().equals(other.name())) {
      return Optional.of("it is named '" + other.name() + "', not '" + gw.name() + "'");
    }
    if (!gw.issues().keySet().equals(other.issues().keySet())) {
      return Optional.of("its issues are " + other.issues().keySet() + ", not "
          + gw.issues().keySet());
    }
    for (Map.Entry<String, List<String>> e : gw.issues().entrySet()) {
      if (!Set.copyOf(e.getValue()).equals(Set.copyOf(other.issues().get(e.getKey())))) {
        return Optional.of("issue '" + e.getKey() + "' has values "
            + other.issues().get(e.getKey()) + ", not " + e.getValue());
      }
    }
    return Optional.empty();
  }

  private static Domain domain(String id, GwDomain gw, JsonNode where) {
    List<Issue> issues = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : gw.issues().entrySet()) {
      String issueId = ImportNames.issueId(e.getKey(), "issue" + (ids.size() + 1),
          String.valueOf(ids.size() + 1), ids);
      ids.add(issueId);
      issues.add(where.build(() -> new Issue(issueId, e.getKey(), "",
          e.getValue().stream().map(Level::of).toList())));
    }
    return where.build(() -> new Domain(id, issues));
  }

  private static Profile profile(JsonNode p, GwDomain gw, Domain domain) {
    List<String> names = List.copyOf(gw.issues().keySet());
    JsonNode weightsNode = p.get("issueWeights");
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : weightsNode.fields().entrySet()) {
      weights.put(issueId(e.getKey(), e.getValue(), names, domain), e.getValue().number());
    }
    JsonNode utilsNode = p.get("issueUtilities");
    Map<String, Evaluator> evaluators = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : utilsNode.fields().entrySet()) {
      String issueId = issueId(e.getKey(), e.getValue(), names, domain);
      evaluators.put(issueId, table(e.getValue(), e.getKey(), gw.issues().get(e.getKey())));
    }
    for (int k = 0; k < names.size(); k++) {
      if (!weights.containsKey(domain.issue(k).id())) {
        throw weightsNode.fail("no weight for issue '" + names.get(k) + "'");
      }
      if (!evaluators.containsKey(domain.issue(k).id())) {
        throw utilsNode.fail("no utilities for issue '" + names.get(k) + "'");
      }
    }
    LinearAdditiveUtility utility = weightsNode.build(() -> new LinearAdditiveUtility(domain,
        weights, evaluators));
    double reservation = p.opt("reservationBid")
        .map(r -> utility.utility(reservationBid(r, gw, names, domain))).orElse(0.0);
    return new Profile(utility, reservation, 1.0);
  }

  private static TableEvaluator table(JsonNode node, String issue, List<String> values) {
    Map<String, JsonNode> kinds = node.fields();
    String kind = kinds.size() == 1 ? kinds.keySet().iterator().next() : "";
    if (NUMBER.contains(kind)) {
      throw node.fail("issue '" + issue + "' has number utilities; only discrete value-set "
          + "utilities can be imported");
    }
    if (!DISCRETE.contains(kind)) {
      throw node.fail("expected {\"discreteutils\": {\"valueUtilities\": …}} (or "
          + "\"DiscreteValueSetUtilities\"), found keys " + kinds.keySet());
    }
    JsonNode inner = node.get(kind).allowOnly(Set.of("valueUtilities"));
    JsonNode utilities = inner.get("valueUtilities");
    Map<String, Double> table = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : utilities.fields().entrySet()) {
      if (!values.contains(e.getKey())) {
        throw e.getValue().fail("issue '" + issue + "' has no value '" + e.getKey()
            + "'; its values are " + values);
      }
      double u = e.getValue().number();
      if (!(u >= 0 && u <= 1)) {
        throw e.getValue().fail("utility " + u + " must be in [0,1]");
      }
      table.put(e.getKey(), u);
    }
    for (String v : values) {
      if (!table.containsKey(v)) {
        throw utilities.fail("no utility for value '" + v + "' of issue '" + issue + "'");
      }
    }
    return new TableEvaluator(table);
  }

  private static Bid reservationBid(JsonNode node, GwDomain gw, List<String> names,
      Domain domain) {
    JsonNode values = node.allowOnly(Set.of("issuevalues")).get("issuevalues");
    Map<String, String> levels = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : values.fields().entrySet()) {
      String issueId = issueId(e.getKey(), e.getValue(), names, domain);
      String value = e.getValue().string();
      if (!gw.issues().get(e.getKey()).contains(value)) {
        throw e.getValue().fail("issue '" + e.getKey() + "' has no value '" + value
            + "'; its values are " + gw.issues().get(e.getKey()));
      }
      levels.put(issueId, value);
    }
    Set<String> missing = new HashSet<>(names);
    missing.removeAll(values.fields().keySet());
    if (!missing.isEmpty()) {
      throw values.fail("the reservation bid has no value for " + missing.stream().sorted()
          .toList() + "; only complete bids can be imported");
    }
    return values.build(() -> domain.bid(levels));
  }

  /** The Parley id of the GeniusWeb issue {@code name}, or an error at {@code where}. */
  private static String issueId(String name, JsonNode where, List<String> names, Domain domain) {
    int k = names.indexOf(name);
    if (k < 0) {
      throw where.fail("the domain has no issue '" + name + "'; its issues are " + names);
    }
    return domain.issue(k).id();
  }
}
