package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.parley.engine.analysis.ParetoFrontier;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.Transcript;

/**
 * What a finished negotiation teaches, as figures the debrief turns into words: for a deal, what
 * each issue's agreed level cost each party (its best level on that issue, the rest of the deal
 * kept, minus the deal) and the deal on the Pareto frontier that would have given every party the
 * most more (value left on the table). Utilities are undiscounted, in [0, 1].
 */
final class Lessons {

  private Lessons() {
  }

  /** {@code {}} without a deal; else {@code issues} and {@code better} (null on the frontier). */
  static JsonObject of(Transcript t, ScenarioAnalysis analysis) {
    JsonObject o = new JsonObject();
    if (!(t.outcome() instanceof SessionOutcome.Agreement deal)) {
      return o;
    }
    Scenario sc = t.scenario();
    Bid bid = deal.bid();
    JsonArray issues = new JsonArray();
    for (int i = 0; i < sc.domain().issueCount(); i++) {
      JsonObject io = new JsonObject();
      io.addProperty("issue", sc.domain().issue(i).id());
      JsonObject cost = new JsonObject();
      for (Party p : sc.parties()) {
        cost.addProperty(p.id(), ScenarioDocuments.r(cost(p, bid, i, sc.domain().issue(i).size())));
      }
      io.add("cost", cost);
      issues.add(io);
    }
    o.add("issues", issues);
    o.add("better", better(analysis, analysis.utilities(bid)));
    return o;
  }

  /** What party p gives up on issue i: its best level there, the rest of the bid kept. */
  private static double cost(Party p, Bid bid, int issue, int levelCount) {
    int[] levels = bid.toArray();
    double u = p.profile().utility().utility(bid);
    double best = u;
    for (int l = 0; l < levelCount; l++) {
      levels[issue] = l;
      best = Math.max(best, p.profile().utility().utility(Bid.of(levels)));
    }
    return best - u;
  }

  /**
   * The frontier deal that raises the smallest gain over {@code deal} the most, with that gain;
   * null when no frontier deal is better for every party by more than 0.005.
   */
  private static JsonObject better(ScenarioAnalysis analysis, double[] deal) {
    ParetoFrontier frontier = analysis.frontier();
    double bestGain = 0.005;
    double[] best = null;
    for (int i = 0; i < frontier.size(); i++) {
      double[] point = frontier.point(i);
      double gain = Double.MAX_VALUE;
      for (int p = 0; p < deal.length; p++) {
        gain = Math.min(gain, point[p] - deal[p]);
      }
      if (gain > bestGain) {
        bestGain = gain;
        best = point;
      }
    }
    if (best == null) {
      return null;
    }
    JsonObject o = new JsonObject();
    o.addProperty("gain", ScenarioDocuments.r(bestGain));
    JsonObject u = new JsonObject();
    for (int p = 0; p < deal.length; p++) {
      u.addProperty(analysis.partyIds().get(p), ScenarioDocuments.r(best[p]));
    }
    o.add("u", u);
    return o;
  }
}
