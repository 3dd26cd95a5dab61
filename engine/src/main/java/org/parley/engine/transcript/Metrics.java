package org.parley.engine.transcript;

import java.util.Map;

/**
 * Figures of a finished session, derived from the scenario and the outcome only.
 *
 * @param utilities each party's undiscounted utility of the agreement, or its reservation value
 *     without one
 * @param discountedUtilities the same discounted at the end, U·δ^t and r·δ^t with t from
 *     {@link Transcript#endProgress}: the final round's t, or the recorded time on a deadline in
 *     seconds
 * @param socialWelfare Σ utilities of the agreement; 0 without agreement
 * @param paretoDistance Euclidean distance of the agreement's utility vector to the Pareto
 *     frontier, or null without agreement
 * @param nashDistance distance to the Nash point, or null without agreement or Nash point
 */
public record Metrics(boolean agreement, Map<String, Double> utilities,
    Map<String, Double> discountedUtilities, double socialWelfare, Double paretoDistance,
    Double nashDistance) {

  public Metrics {
    utilities = ArrayMap.copyOf(utilities);
    discountedUtilities = ArrayMap.copyOf(discountedUtilities);
  }
}
