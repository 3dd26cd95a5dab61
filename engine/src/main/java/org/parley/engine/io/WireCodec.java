package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.protocol.Action;
import org.parley.engine.session.Briefing;
import org.parley.engine.session.Decision;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Rationale;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.protocol.Violation;
import org.parley.engine.session.Turn;
import org.parley.engine.utility.Profile;

/**
 * The JSON content of the messages between a referee and the negotiators it talks to over a
 * transport (the JADE runtime's FIPA-ACL messages): briefing, turn, decision and outcome. Same
 * Gson configuration as transcripts; bids travel as arrays of level indices ({@code [0, 2, 1]}),
 * compact and able to carry a bid that fits no level, so that the referee's protocol, not the
 * codec, rules on it. Every read validates and names the path of the first problem.
 */
public final class WireCodec {

  private WireCodec() {
  }

  public static String briefing(Briefing b) {
    JsonObject root = new JsonObject();
    root.addProperty("session", b.sessionId());
    root.addProperty("party", b.party());
    JsonArray parties = new JsonArray();
    b.parties().forEach(parties::add);
    root.add("parties", parties);
    JsonObject domain = new JsonObject();
    domain.addProperty("name", b.domain().name());
    domain.add("issues", ScenarioCodec.writeIssues(b.domain()));
    root.add("domain", domain);
    JsonObject profile = new JsonObject();
    profile.addProperty("reservation", b.profile().reservation());
    profile.addProperty("discount", b.profile().discount());
    profile.add("utility", UtilityCodec.write(b.profile().utility()));
    root.add("profile", profile);
    root.add("deadline", ScenarioCodec.writeDeadline(b.deadline()));
    root.addProperty("randomSeed", b.randomSeed());
    root.addProperty("negotiator", b.spec().text());
    return Json.compact(root);
  }

  public static Briefing readBriefing(String source, String json) {
    JsonNode root = JsonNode.parse(source, json);
    root.allowOnly(Set.of("session", "party", "parties", "domain", "profile", "deadline",
        "randomSeed", "negotiator"));
    JsonNode domainNode = root.get("domain").allowOnly(Set.of("name", "issues"));
    List<Issue> issues = new ArrayList<>();
    for (JsonNode issue : domainNode.get("issues").items()) {
      issues.add(ScenarioCodec.readIssue(issue));
    }
    String name = domainNode.get("name").string();
    Domain domain = domainNode.build(() -> new Domain(name, issues));
    Profile profile = ScenarioCodec.readProfile(root.get("profile"), domain);
    List<String> parties = new ArrayList<>();
    root.get("parties").items().forEach(p -> parties.add(p.string()));
    String session = root.get("session").string();
    String party = root.get("party").string();
    long seed = root.get("randomSeed").longValue();
    String spec = root.get("negotiator").string();
    var deadline = ScenarioCodec.readDeadline(root.get("deadline"));
    return root.build(() -> new Briefing(session, party, parties, domain, profile, deadline, seed,
        new NegotiatorSpec(spec)));
  }

  /** Written by hand, not through a Gson tree: one per action, on the JADE runtime's hot path. */
  public static String turn(Turn turn) {
    StringBuilder out = new StringBuilder(64 + 64 * turn.actions().size());
    out.append("{\"round\":").append(turn.round()).append(",\"t\":");
    number(out, turn.progress());
    out.append(",\"actions\":[");
    for (int i = 0; i < turn.actions().size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('{');
      action(out, turn.actions().get(i));
      out.append('}');
    }
    out.append(']');
    if (turn.standingBid() != null) {
      out.append(",\"standing\":");
      levels(out, turn.standingBid());
    }
    return out.append('}').toString();
  }

  public static Turn readTurn(String source, String json, Domain domain) {
    JsonNode root = JsonNode.parse(source, json);
    root.allowOnly(Set.of("round", "t", "actions", "standing"));
    return new Turn(root.get("round").integer(), root.get("t").number(),
        readActions(root.get("actions"), domain),
        root.opt("standing").map(s -> s.build(() -> domain.requireValid(
            ActionCodec.readIndices(s)))).orElse(null));
  }

  /** A move the chair refused: the protocol's typed violation. */
  public static String violation(Violation v) {
    JsonObject o = new JsonObject();
    o.addProperty("kind", v.kind().name());
    o.addProperty("party", v.party());
    o.addProperty("message", v.message());
    return Json.compact(o);
  }

  public static Violation readViolation(String source, String json) {
    JsonNode root = JsonNode.parse(source, json);
    root.allowOnly(Set.of("kind", "party", "message"));
    JsonNode kind = root.get("kind");
    Violation.Kind k;
    try {
      k = Violation.Kind.valueOf(kind.string());
    } catch (IllegalArgumentException e) {
      throw kind.fail("unknown violation '" + kind.string() + "'");
    }
    return new Violation(k, root.opt("party").map(JsonNode::string).orElse(null),
        root.get("message").string());
  }

  /** Written by hand, as {@link #turn}: one per action. */
  public static String decision(Decision decision) {
    StringBuilder out = new StringBuilder(160).append('{');
    action(out, decision.action());
    Rationale why = decision.rationale();
    if (why != null) {
      out.append(",\"rationale\":{\"rule\":");
      string(out, why.rule());
      for (Map.Entry<String, Double> figure : why.figures().entrySet()) {
        out.append(',');
        string(out, figure.getKey());
        out.append(':');
        number(out, figure.getValue());
      }
      out.append('}');
    }
    return out.append('}').toString();
  }

  public static Decision readDecision(String source, String json, Domain domain) {
    JsonNode root = JsonNode.parse(source, json);
    root.allowOnly(Set.of("party", "action", "bid", "rationale"));
    return new Decision(readAction(root), TranscriptCodec.readRationale(root));
  }

  /** The end of a session: the actions a party has not heard of yet, and the outcome. */
  public static String end(Domain domain, List<Action> missed, SessionOutcome outcome) {
    JsonObject root = new JsonObject();
    root.add("actions", actions(domain, missed));
    root.add("outcome", TranscriptCodec.writeOutcome(domain, outcome));
    return Json.compact(root);
  }

  private static JsonArray actions(Domain domain, List<Action> actions) {
    JsonArray out = new JsonArray();
    for (Action a : actions) {
      JsonObject o = new JsonObject();
      ActionCodec.write(o, a, ActionCodec::indices);
      out.add(o);
    }
    return out;
  }

  private static List<Action> readActions(JsonNode node, Domain domain) {
    List<Action> out = new ArrayList<>();
    for (JsonNode a : node.items()) {
      a.allowOnly(Set.of("party", "action", "bid"));
      Action action = readAction(a);
      if (ActionCodec.bidOf(action) != null) {
        a.build(() -> domain.requireValid(ActionCodec.bidOf(action)));
      }
      out.add(action);
    }
    return out;
  }

  /** The members of an action object, as {@link ActionCodec#write} writes them. */
  private static void action(StringBuilder out, Action action) {
    out.append("\"party\":");
    string(out, action.party());
    out.append(",\"action\":\"").append(ActionCodec.name(action)).append('"');
    org.parley.engine.domain.Bid bid = ActionCodec.bidOf(action);
    if (bid != null) {
      out.append(",\"bid\":");
      levels(out, bid);
    }
  }

  /** A bid as {@link ActionCodec#indices} writes it. */
  private static void levels(StringBuilder out, org.parley.engine.domain.Bid bid) {
    out.append('[');
    for (int i = 0; i < bid.issueCount(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(bid.level(i));
    }
    out.append(']');
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** A number as Gson writes it; like Gson, refuses NaN and infinities, which JSON lacks. */
  private static void number(StringBuilder out, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON forbids NaN and infinities: " + value);
    }
    out.append(value);
  }

  private static Action readAction(JsonNode node) {
    return ActionCodec.read(node, node.get("party").string(), ActionCodec::readIndices);
  }
}
