package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.parley.engine.scenario.Scenario;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Converts a GENIUS domain and its utility profiles (discrete issues, linear-additive) into a
 * Parley scenario, with GENIUS's own semantics: each issue's evaluations are divided by that
 * issue's largest evaluation, the weights are divided by their sum, and the reservation value and
 * discount factor are kept. Party ids come from the profile names. DTDs and external entities are
 * refused.
 */
public final class GeniusImport {

  /**
   * A GENIUS or GeniusWeb file as a name and its text: what the imports read and
   * {@link GeniusExport} writes. The imports use the name in errors and for the party id.
   */
  public record Source(String name, String text) {
  }

  private GeniusImport() {
  }

  public static Scenario convert(String id, Source domain, List<Source> profiles, int rounds) {
    if (profiles.size() < 2) {
      throw new IllegalArgumentException("a scenario needs at least two profiles, got "
          + profiles.size());
    }
    Element dom = objective(domain);
    List<Element> issueNodes = children(dom, "issue");
    if (issueNodes.isEmpty()) {
      throw new FormatException(domain.name(), "/objective", "no <issue> elements");
    }
    JsonObject scenario = new JsonObject();
    scenario.addProperty("format", ScenarioCodec.FORMAT);
    scenario.addProperty("id", id);
    scenario.addProperty("title", dom.getAttribute("name") + " (imported from GENIUS)");
    scenario.addProperty("description", "Imported from GENIUS: " + domain.name() + " with "
        + String.join(", ", profiles.stream().map(Source::name).toList()) + ".");
    scenario.addProperty("protocol", profiles.size() == 2 ? "alternating-offers"
        : "stacked-alternating-offers");
    JsonObject deadline = new JsonObject();
    deadline.addProperty("rounds", rounds);
    scenario.add("deadline", deadline);
    JsonArray issues = new JsonArray();
    List<String> issueIds = new ArrayList<>();
    List<Map<String, String>> itemsByIssue = new ArrayList<>();
    for (Element issue : issueNodes) {
      String where = "/objective/issue[@index=" + issue.getAttribute("index") + "]";
      if (!issue.getAttribute("type").isEmpty() && !issue.getAttribute("type").equals("discrete")) {
        throw new FormatException(domain.name(), where, "only discrete issues can be imported, "
            + "found type '" + issue.getAttribute("type") + "'");
      }
      String issueId = ImportNames.issueId(issue.getAttribute("name"),
          "issue" + issue.getAttribute("index"), issue.getAttribute("index"), issueIds);
      issueIds.add(issueId);
      JsonObject io = new JsonObject();
      io.addProperty("id", issueId);
      io.addProperty("name", issue.getAttribute("name"));
      JsonArray levels = new JsonArray();
      Map<String, String> items = new LinkedHashMap<>();
      for (Element item : children(issue, "item")) {
        String value = item.getAttribute("value");
        if (value.isBlank() || items.containsKey(value)) {
          throw new FormatException(domain.name(), where, "item value '" + value
              + "' is blank or repeated");
        }
        items.put(value, item.getAttribute("index"));
        JsonObject level = new JsonObject();
        level.addProperty("id", value);
        level.addProperty("label", value);
        levels.add(level);
      }
      io.add("levels", levels);
      issues.add(io);
      itemsByIssue.add(items);
    }
    scenario.add("issues", issues);
    JsonArray parties = new JsonArray();
    List<String> partyIds = new ArrayList<>();
    for (Source profile : profiles) {
      String party = ImportNames.partyId(profile.name(), dom.getAttribute("name"), partyIds);
      partyIds.add(party);
      parties.add(party(profile, party, issueNodes.size(), issueIds, itemsByIssue));
    }
    scenario.add("parties", parties);
    return ScenarioCodec.read(id + " (from " + domain.name() + ")", scenario.toString());
  }

  private static JsonObject party(Source profile, String party, int issueCount,
      List<String> issueIds, List<Map<String, String>> itemsByIssue) {
    Document doc = parse(profile);
    Element root = doc.getDocumentElement();
    Element obj = objective(profile);
    double reservation = attribute(profile, root, "reservation", 0);
    double discount = attribute(profile, root, "discount_factor", 1);
    List<Element> issueNodes = children(obj, "issue");
    List<Element> weightNodes = children(obj, "weight");
    if (issueNodes.size() != issueCount || weightNodes.size() != issueCount) {
      throw new FormatException(profile.name(), "/objective", "has " + issueNodes.size()
          + " issues and " + weightNodes.size() + " weights; the domain has " + issueCount
          + " issues");
    }
    double[] w = new double[issueCount];
    double sum = 0;
    for (int i = 0; i < issueCount; i++) {
      w[i] = number(profile, "/objective/weight[" + (i + 1) + "]",
          weightNodes.get(i).getAttribute("value"));
      if (w[i] < 0) {
        throw new FormatException(profile.name(), "/objective/weight[" + (i + 1) + "]",
            "negative weight " + w[i]);
      }
      sum += w[i];
    }
    if (sum <= 0) {
      throw new FormatException(profile.name(), "/objective", "the weights sum to " + sum);
    }
    JsonObject weights = new JsonObject();
    JsonObject evaluators = new JsonObject();
    for (int i = 0; i < issueCount; i++) {
      weights.addProperty(issueIds.get(i), w[i] / sum);
      String where = "/objective/issue[" + (i + 1) + "]";
      Map<String, Double> values = new LinkedHashMap<>();
      double max = 0;
      for (Element item : children(issueNodes.get(i), "item")) {
        String value = item.getAttribute("value");
        if (!itemsByIssue.get(i).containsKey(value)) {
          throw new FormatException(profile.name(), where, "item '" + value
              + "' is not in the domain's issue; it has " + itemsByIssue.get(i).keySet());
        }
        double e = number(profile, where + "/item[@value='" + value + "']",
            item.getAttribute("evaluation"));
        if (e < 0) {
          throw new FormatException(profile.name(), where, "negative evaluation " + e);
        }
        values.put(value, e);
        max = Math.max(max, e);
      }
      if (!values.keySet().equals(itemsByIssue.get(i).keySet())) {
        throw new FormatException(profile.name(), where, "evaluates " + values.keySet()
            + " but the domain's issue has " + itemsByIssue.get(i).keySet());
      }
      JsonObject table = new JsonObject();
      table.addProperty("type", "table");
      JsonObject v = new JsonObject();
      for (Map.Entry<String, Double> e : values.entrySet()) {
        v.addProperty(e.getKey(), max == 0 ? 0 : e.getValue() / max);
      }
      table.add("values", v);
      evaluators.add(issueIds.get(i), table);
    }
    JsonObject utility = new JsonObject();
    utility.addProperty("type", "linear-additive");
    utility.add("weights", weights);
    utility.add("evaluators", evaluators);
    JsonObject p = new JsonObject();
    p.addProperty("reservation", reservation);
    p.addProperty("discount", discount);
    p.add("utility", utility);
    JsonObject po = new JsonObject();
    po.addProperty("id", party);
    po.addProperty("name", profile.name());
    po.add("delegation", new JsonArray());
    po.add("profile", p);
    return po;
  }

  private static double attribute(Source s, Element root, String tag, double fallback) {
    NodeList nodes = root.getElementsByTagName(tag);
    if (nodes.getLength() == 0) {
      return fallback;
    }
    return number(s, "/" + tag, ((Element) nodes.item(0)).getAttribute("value"));
  }

  private static double number(Source s, String where, String text) {
    try {
      double v = Double.parseDouble(text.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new FormatException(s.name(), where, "expected a number, found '" + text + "'");
    }
  }

  private static Element objective(Source s) {
    NodeList nodes = parse(s).getElementsByTagName("objective");
    if (nodes.getLength() == 0) {
      throw new FormatException(s.name(), "/", "no <objective> element: not a GENIUS domain or "
          + "profile");
    }
    return (Element) nodes.item(0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Document parse(Source s) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(s.text())));
    } catch (SAXException e) {
      throw new FormatException(s.name(), "/", "not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("cannot parse " + s.name() + ": " + e.getMessage(), e);
    }
  }
}
