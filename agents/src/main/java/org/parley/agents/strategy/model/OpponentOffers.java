package org.parley.agents.strategy.model;

import java.util.List;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;

/**
 * The public history read the way strategies need it: the other parties' offers and our own, the
 * progress t of an offer coming from its turn index, the number of parties and the deadline.
 */
public final class OpponentOffers {

  private OpponentOffers() {
  }

  /**
   * The other parties' offer {@code back} places before their latest (0: their latest), or null
   * when they have made fewer offers. Walks back from the end: no list is made.
   */
  public static Bid theirs(NegotiationView view, int back) {
    List<Action> history = view.history();
    int left = back;
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof Offer o && !o.party().equals(view.party()) && left-- == 0) {
        return o.bid();
      }
    }
    return null;
  }

  /**
   * The best utility, to this party, of the opponents' offers made in round {@code sinceRound} or
   * later (rounds counted whole, so a window edge never depends on floating-point noise);
   * -infinity if there is none. History index i belongs to round i / parties.
   */
  public static double bestTheirsSince(NegotiationView view, int parties, int sinceRound) {
    List<Action> history = view.history();
    var utility = view.profile().utility();
    double best = Double.NEGATIVE_INFINITY;
    for (int i = history.size() - 1; i >= 0 && i / parties >= sinceRound; i--) {
      if (history.get(i) instanceof Offer o && !o.party().equals(view.party())) {
        best = Math.max(best, utility.utility(o.bid()));
      }
    }
    return best;
  }

  /**
   * Hands each opponent offer from history index {@code seen} on to {@code learn}; returns the
   * new index, so a model learns every offer exactly once.
   */
  static int learnNew(NegotiationView view, int seen, java.util.function.Consumer<Bid> learn) {
    List<Action> history = view.history();
    for (int i = seen; i < history.size(); i++) {
      if (history.get(i) instanceof Offer o && !o.party().equals(view.party())) {
        learn.accept(o.bid());
      }
    }
    return history.size();
  }

  /** Our last offer, or null. */
  public static Bid lastOwn(NegotiationView view) {
    List<Action> history = view.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof Offer o && o.party().equals(view.party())) {
        return o.bid();
      }
    }
    return null;
  }
}
