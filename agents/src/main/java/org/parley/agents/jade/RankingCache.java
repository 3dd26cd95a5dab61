package org.parley.agents.jade;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.utility.UtilityFunction;

/**
 * Bid rankings by utility function (compared by value), so a joined delegation ({@code parley
 * join}, {@code parley worker}), briefed over messages from another JVM, ranks a profile's bids once
 * per JVM rather than once per session. Local bots use their session's own ranking instead. Bounded (least recently used
 * goes first); thread-safe.
 */
public final class RankingCache {

  private static final int CAPACITY = 32;
  private static final Map<UtilityFunction, BidRanking> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UtilityFunction, BidRanking> eldest) {
          return size() > CAPACITY;
        }
      };

  private RankingCache() {
  }

  public static BidRanking ranking(UtilityFunction utility) {
    synchronized (CACHE) {
      BidRanking cached = CACHE.get(utility);
      if (cached != null) {
        return cached;
      }
    }
    BidRanking ranking = BidRanking.of(utility);
    synchronized (CACHE) {
      CACHE.putIfAbsent(utility, ranking);
      return CACHE.get(utility);
    }
  }
}
