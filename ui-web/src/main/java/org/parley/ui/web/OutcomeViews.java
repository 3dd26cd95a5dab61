package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.parley.engine.analysis.OutcomeSpace;
import org.parley.engine.analysis.ParetoFrontier;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.scenario.Scenario;

/**
 * The outcome space as the pages draw it: one view per pair of parties whose utilities form the
 * two axes (one view for two parties, three for three). Each view holds the bid cloud (bids closer
 * than {@link #CLOUD_STEP} in both utilities share a dot) and a frontier line. With two parties the
 * line is the exact Pareto frontier; with three it is the frontier of the pair alone (the best
 * those two can do for each other, the third ignored), which is a line, where the three-party
 * frontier seen through two axes is a cloud of its own.
 */
final class OutcomeViews {

  static final double CLOUD_STEP = 0.004;
  /** Frontier points sent to draw its line: a page need not receive a million. */
  static final int MAX_DRAWN_FRONTIER = 4000;
  private static final int CELLS = (int) Math.ceil(1 / CLOUD_STEP) + 1;

  private OutcomeViews() {
  }

  static JsonArray of(ScenarioAnalysis analysis) {
    Scenario sc = analysis.scenario();
    OutcomeSpace space = analysis.space();
    int n = space.parties();
    JsonArray views = new JsonArray();
    for (int x = 0; x < n - 1; x++) {
      for (int y = x + 1; y < n; y++) {
        JsonObject v = new JsonObject();
        JsonArray axes = new JsonArray();
        axes.add(sc.parties().get(x).id());
        axes.add(sc.parties().get(y).id());
        v.add("axes", axes);
        BitSet cells = cells(space, x, y);
        v.add("cloud", cloud(cells));
        v.add("frontier", n == 2 ? exactFrontier(analysis.frontier(), x, y) : pairFrontier(cells));
        v.addProperty("exact", n == 2);
        views.add(v);
      }
    }
    return views;
  }

  private static BitSet cells(OutcomeSpace space, int x, int y) {
    BitSet seen = new BitSet(CELLS * CELLS);
    for (int b = 0; b < space.size(); b++) {
      int cx = (int) Math.round(space.utility(x, b) / CLOUD_STEP);
      int cy = (int) Math.round(space.utility(y, b) / CLOUD_STEP);
      seen.set(cx * CELLS + cy);
    }
    return seen;
  }

  private static JsonArray cloud(BitSet cells) {
    JsonArray cloud = new JsonArray();
    for (int c = cells.nextSetBit(0); c >= 0; c = cells.nextSetBit(c + 1)) {
      cloud.add(ScenarioDocuments.r(c / CELLS * CLOUD_STEP));
      cloud.add(ScenarioDocuments.r(c % CELLS * CLOUD_STEP));
    }
    return cloud;
  }

  /** The undominated cells, by x ascending: from the right, a cell is kept if it is higher. */
  private static JsonArray pairFrontier(BitSet cells) {
    List<int[]> kept = new ArrayList<>();
    int best = -1;
    for (int cx = CELLS - 1; cx >= 0; cx--) {
      int top = -1;
      for (int cy = CELLS - 1; cy > best && top < 0; cy--) {
        if (cells.get(cx * CELLS + cy)) {
          top = cy;
        }
      }
      if (top > best) {
        kept.add(0, new int[] {cx, top});
        best = top;
      }
    }
    JsonArray line = new JsonArray();
    for (int[] c : kept) {
      line.add(ScenarioDocuments.r(c[0] * CLOUD_STEP));
      line.add(ScenarioDocuments.r(c[1] * CLOUD_STEP));
    }
    return line;
  }

  /** Evenly spaced points of the exact frontier, by x ascending, first and last kept. */
  private static JsonArray exactFrontier(ParetoFrontier frontier, int x, int y) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < frontier.size(); i++) {
      points.add(frontier.point(i));
    }
    points.sort((a, b) -> Double.compare(a[x], b[x]));
    JsonArray front = new JsonArray();
    int n = points.size();
    int drawn = Math.min(n, MAX_DRAWN_FRONTIER);
    for (int k = 0; k < drawn; k++) {
      double[] p = points.get(drawn == 1 ? 0 : (int) ((long) k * (n - 1) / (drawn - 1)));
      front.add(ScenarioDocuments.r(p[x]));
      front.add(ScenarioDocuments.r(p[y]));
    }
    return front;
  }
}
