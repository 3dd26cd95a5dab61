package org.parley.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.InteractionTerm;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.PairwiseInteractionUtility;
import org.parley.engine.utility.UtilityFunction;

/**
 * Writes a scenario as GENIUS XML: a domain file ({@code ID_domain.xml}) and one discrete,
 * linear-additive profile per party ({@code ID_PARTY.xml}), the layout of GENIUS's own domains,
 * which GENIUS, NegMAS and {@link GeniusImport} read back to the same utility for every bid.
 *
 * <p>Issue ids become GENIUS issue names and level ids item values, so the import gives the same
 * ids again; names and labels go in GENIUS's {@code description} attributes. Each issue's
 * evaluations are the levels' evaluations as Parley computes them (a table as given, linear and
 * peak evaluators level by level), weights, reservation value and discount factor as they are.
 *
 * <p>GENIUS divides each issue's evaluations by the largest one, and its profiles have no
 * interaction terms, so a profile is refused, in one line naming the party, when it has interaction
 * terms or an issue of positive weight whose best level scores neither 1 nor 0. GENIUS's own XML
 * reader decodes no entities ({@code &amp;} stays as written) and ends a tag at the first '>',
 * so an id with &amp;, &lt;, &gt;, a double quote or a control character is refused too; a name or
 * label with one is left out.
 */
public final class GeniusExport {

  private static final String OBJECTIVE = "<objective index=\"0\" etype=\"objective\" "
      + "type=\"objective\" description=\"%s\" name=\"%s\">\n";
  private static final String ISSUE = "  <issue index=\"%d\" etype=\"discrete\" type=\"discrete\" "
      + "vtype=\"discrete\" name=\"%s\"%s>\n";

  private GeniusExport() {
  }

  /** The files, domain first, then the parties' profiles in party order. */
  public static List<GeniusImport.Source> files(Scenario scenario) {
    List<double[][]> evaluations = new ArrayList<>();
    for (Party party : scenario.parties()) {
      evaluations.add(evaluations(scenario.id(), party));
    }
    List<GeniusImport.Source> out = new ArrayList<>();
    out.add(new GeniusImport.Source(scenario.id() + "_domain.xml", domain(scenario)));
    for (int p = 0; p < scenario.parties().size(); p++) {
      Party party = scenario.parties().get(p);
      out.add(new GeniusImport.Source(scenario.id() + "_" + party.id() + ".xml",
          profile(scenario, party, evaluations.get(p))));
    }
    return out;
  }

  /** evaluations[k][level] of the party's issue k, or the reason GENIUS cannot hold them. */
  private static double[][] evaluations(String scenarioId, Party party) {
    UtilityFunction u = party.profile().utility();
    if (u instanceof PairwiseInteractionUtility pi && !pi.terms().isEmpty()) {
      InteractionTerm t = pi.terms().get(0);
      throw new IllegalArgumentException(scenarioId + ": party '" + party.id() + "' has the "
          + "interaction term " + t.issueA() + "=" + t.levelA() + " with " + t.issueB() + "="
          + t.levelB() + " (" + Json.plain(t.delta()) + "); GENIUS profiles are linear-additive, "
          + "without interaction terms");
    }
    if (!(u instanceof LinearAdditiveUtility) && !(u instanceof PairwiseInteractionUtility)) {
      throw new IllegalArgumentException(scenarioId + ": party '" + party.id() + "' has a "
          + "utility function GENIUS cannot hold (" + u.getClass().getSimpleName() + ")");
    }
    LinearAdditiveUtility additive = additive(u);
    Domain domain = additive.domain();
    double[][] out = new double[domain.issueCount()][];
    for (int k = 0; k < domain.issueCount(); k++) {
      Issue issue = domain.issue(k);
      out[k] = additive.evaluators().get(issue.id()).evaluate(issue);
      double best = 0;
      for (double e : out[k]) {
        best = Math.max(best, e);
      }
      if (additive.weights().get(issue.id()) > 0 && best != 1 && best != 0) {
        throw new IllegalArgumentException(scenarioId + ": party '" + party.id() + "', issue '"
            + issue.id() + "': the best level scores " + Json.plain(best) + ", and GENIUS divides "
            + "an issue's evaluations by the best one, which would change this party's utilities");
      }
    }
    return out;
  }

  /** The linear-additive part; {@link #evaluations} has refused every other kind. */
  private static LinearAdditiveUtility additive(UtilityFunction u) {
    return u instanceof PairwiseInteractionUtility pi ? pi.additive() : (LinearAdditiveUtility) u;
  }

  private static String domain(Scenario s) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<negotiation_template>\n");
    xml.append(String.format("<utility_space number_of_issues=\"%d\">\n",
        s.domain().issueCount()));
    xml.append(String.format(OBJECTIVE, description(s.title()), value(s.id(), "scenario id")));
    for (int k = 0; k < s.domain().issueCount(); k++) {
      Issue issue = s.domain().issue(k);
      xml.append(issueStart(k, issue, issue.name()));
      for (int l = 0; l < issue.size(); l++) {
        Level level = issue.level(l);
        xml.append(String.format("    <item index=\"%d\" value=\"%s\"%s />\n", l + 1,
            value(level.id(), "level of issue '" + issue.id() + "'"),
            descriptionAttribute(level.label(), level.id())));
      }
      xml.append("  </issue>\n");
    }
    return xml.append("</objective>\n</utility_space>\n</negotiation_template>\n").toString();
  }

  private static String profile(Scenario s, Party party, double[][] evaluations) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<utility_space>\n");
    xml.append("<discount_factor value=\"").append(Json.plain(party.profile().discount()))
        .append("\" />\n");
    xml.append("<reservation value=\"").append(Json.plain(party.profile().reservation()))
        .append("\" />\n");
    xml.append(String.format(OBJECTIVE, description(party.name()), value(s.id(), "scenario id")));
    Domain domain = s.domain();
    for (int k = 0; k < domain.issueCount(); k++) {
      Issue issue = domain.issue(k);
      xml.append(issueStart(k, issue, issue.name()));
      for (int l = 0; l < issue.size(); l++) {
        xml.append(String.format("    <item index=\"%d\" value=\"%s\" evaluation=\"%s\" />\n",
            l + 1, value(issue.level(l).id(), "level of issue '" + issue.id() + "'"),
            Json.plain(evaluations[k][l])));
      }
      xml.append("  </issue>\n");
    }
    LinearAdditiveUtility additive = additive(party.profile().utility());
    for (int k = 0; k < domain.issueCount(); k++) {
      xml.append(String.format("  <weight index=\"%d\" value=\"%s\" />\n", k + 1,
          Json.plain(additive.weights().get(domain.issue(k).id()))));
    }
    return xml.append("</objective>\n</utility_space>\n").toString();
  }

  private static String issueStart(int k, Issue issue, String name) {
    return String.format(ISSUE, k + 1, value(issue.id(), "issue id"),
        descriptionAttribute(name, issue.id()));
  }

  /** An id as GENIUS will read it back: exactly, or refused. */
  private static String value(String id, String what) {
    if (!safe(id)) {
      throw new IllegalArgumentException(what + " '" + id + "' has &, <, >, a double quote or "
          + "a control character, which GENIUS's XML reader cannot read back");
    }
    return id;
  }

  /** {@code  description="text"} when it says more than the id and GENIUS can read it back. */
  private static String descriptionAttribute(String text, String id) {
    return text.equals(id) || !safe(text) ? "" : " description=\"" + text + "\"";
  }

  private static String description(String text) {
    return safe(text) ? text : "";
  }

  private static boolean safe(String text) {
    return text.chars().noneMatch(c -> c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"');
  }
}
