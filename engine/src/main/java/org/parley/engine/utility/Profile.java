package org.parley.engine.utility;

import java.util.Objects;

/**
 * One party's private preferences.
 *
 * @param utility the utility function, values in [0,1]
 * @param reservation utility of no agreement, in [0,1]
 * @param discount δ in (0,1]; utility at progress t is U·δ^t, and so is the reservation value
 *     (GENIUS convention). 1 means no discounting.
 */
public record Profile(UtilityFunction utility, double reservation, double discount) {

  public Profile {
    Objects.requireNonNull(utility, "utility");
    if (!(reservation >= 0.0 && reservation <= 1.0)) {
      throw new IllegalArgumentException("reservation value " + reservation + " must be in [0,1]");
    }
    if (!(discount > 0.0 && discount <= 1.0)) {
      throw new IllegalArgumentException("discount factor " + discount + " must be in (0,1]");
    }
  }

  /** U·δ^t for progress t in [0,1]. */
  public double discounted(double utility, double t) {
    return discount == 1.0 ? utility : utility * Math.pow(discount, t);
  }

  /** The reservation value as it stands at progress t: r·δ^t. */
  public double effectiveReservation(double t) {
    return discounted(reservation, t);
  }
}
