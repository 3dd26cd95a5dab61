package org.parley.engine.utility;

import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;

/**
 * A party's private valuation of bids. Implementations return a utility in [0,1] for every bid of
 * their domain and are immutable, so one instance can serve many sessions and threads.
 */
public interface UtilityFunction {

  Domain domain();

  /** Utility of a bid of {@link #domain()}, in [0,1], undiscounted. */
  double utility(Bid bid);
}
