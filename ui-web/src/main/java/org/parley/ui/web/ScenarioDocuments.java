package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.analysis.SolutionPoint;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.ReferenceBid;
import org.parley.engine.scenario.Scenario;

/**
 * The JSON documents of a scenario that the pages draw: what anyone may see of it, and its outcome
 * space (bid cloud, Pareto frontier, reference deals and solutions). Bids travel as arrays of level
 * indices ({@link ActionCodec#indices}); the issue list of each document turns them into readable
 * values. Numbers are rounded to 4 decimals.
 */
final class ScenarioDocuments {

  private static final int CACHE = 16;
  private static final Map<Scenario, JsonObject> SPACES = Collections.synchronizedMap(
      new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scenario, JsonObject> eldest) {
          return size() > CACHE;
        }
      });

  private ScenarioDocuments() {
  }

  /** A scenario without its profiles: what anyone may see, the student included. */
  static JsonObject publicScenario(Scenario sc) {
    JsonObject o = new JsonObject();
    o.addProperty("id", sc.id());
    o.addProperty("title", sc.title());
    o.addProperty("description", sc.description());
    o.addProperty("protocol", sc.protocol());
    o.addProperty("rounds", Games.roomRounds(sc));
    o.addProperty("bids", sc.domain().size());
    JsonArray parties = new JsonArray();
    for (Party p : sc.parties()) {
      JsonObject po = new JsonObject();
      po.addProperty("id", p.id());
      po.addProperty("name", p.name());
      parties.add(po);
    }
    o.add("parties", parties);
    o.add("issues", issues(sc.domain()));
    return o;
  }

  static JsonArray issues(Domain domain) {
    JsonArray out = new JsonArray();
    for (Issue issue : domain.issues()) {
      JsonObject io = new JsonObject();
      io.addProperty("id", issue.id());
      io.addProperty("name", issue.name());
      JsonArray levels = new JsonArray();
      for (int i = 0; i < issue.size(); i++) {
        levels.add(issue.display(i));
      }
      io.add("levels", levels);
      out.add(io);
    }
    return out;
  }

  /**
   * The whole board, profiles included: the outcome space seen through each pair of parties'
   * utilities ({@link OutcomeViews}), Nash and Kalai–Smorodinsky points, reservation values and reference bids.
   */
  static JsonObject space(ScenarioAnalysis analysis) {
    Scenario sc = analysis.scenario();
    JsonObject cached = SPACES.get(sc);
    if (cached != null) {
      return cached;
    }
    JsonObject o = publicScenario(sc);
    JsonArray parties = o.getAsJsonArray("parties");
    for (int i = 0; i < sc.parties().size(); i++) {
      Party p = sc.parties().get(i);
      JsonObject po = parties.get(i).getAsJsonObject();
      po.addProperty("reservation", r(p.profile().reservation()));
      po.addProperty("discount", r(p.profile().discount()));
      po.add("wants", wants(analysis, p));
    }
    o.add("views", OutcomeViews.of(analysis));
    o.addProperty("frontierSize", analysis.frontier().size());
    o.add("nash", solution(sc, analysis.nash().orElse(null)));
    o.add("ks", solution(sc, analysis.kalaiSmorodinsky().orElse(null)));
    JsonArray refs = new JsonArray();
    for (ReferenceBid ref : sc.references()) {
      JsonObject ro = new JsonObject();
      ro.addProperty("id", ref.id());
      ro.addProperty("name", ref.name());
      ro.addProperty("kind", ref.kind().key());
      ro.addProperty("date", ref.date());
      ro.addProperty("note", ref.note());
      ro.add("bid", ActionCodec.indices(ref.bid()));
      ro.add("u", utilities(sc, analysis.utilities(ref.bid())));
      refs.add(ro);
    }
    o.add("references", refs);
    SPACES.put(sc, o);
    return o;
  }

  /**
   * What a party wants, issue by issue: its level in its own best bid, and how far its utility
   * moves over that issue's levels with the rest of that bid kept (how much the issue matters).
   */
  private static JsonArray wants(ScenarioAnalysis analysis, Party p) {
    var ranking = analysis.ranking(p.id());
    Bid best = ranking.bidAt(ranking.size() - 1);
    int[] levels = best.toArray();
    JsonArray out = new JsonArray();
    Domain domain = analysis.scenario().domain();
    for (int i = 0; i < domain.issueCount(); i++) {
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      int keep = levels[i];
      for (int l = 0; l < domain.issue(i).size(); l++) {
        levels[i] = l;
        double u = p.profile().utility().utility(Bid.of(levels));
        min = Math.min(min, u);
        max = Math.max(max, u);
      }
      levels[i] = keep;
      JsonObject o = new JsonObject();
      o.addProperty("best", keep);
      o.addProperty("spread", r(max - min));
      out.add(o);
    }
    return out;
  }

  private static JsonObject utilities(Scenario sc, double[] u) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < u.length; i++) {
      o.addProperty(sc.parties().get(i).id(), r(u[i]));
    }
    return o;
  }

  private static com.google.gson.JsonElement solution(Scenario sc, SolutionPoint p) {
    if (p == null) {
      return JsonNull.INSTANCE;
    }
    JsonObject o = new JsonObject();
    o.add("bid", ActionCodec.indices(p.bid()));
    o.add("u", utilities(sc, p.utilities()));
    return o;
  }

  static double r(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
