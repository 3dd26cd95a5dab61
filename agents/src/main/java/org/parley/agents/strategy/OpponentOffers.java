package org.parley.agents.strategy;

import java.util.ArrayList;
import java.util.List;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;

/**
 * The public history read the way strategies need it: the other parties' offers and our own, each
 * with the progress t at which it was made (from its turn index, the number of parties and the
 * deadline).
 */
final class OpponentOffers {

  private OpponentOffers() {
  }

  /** An offer and the progress t at which it was made. */
  record Timed(Bid bid, double t) {
  }

  static List<Timed> theirs(NegotiationView view, int parties) {
    return offers(view, parties, false);
  }

  static List<Timed> ours(NegotiationView view, int parties) {
    return offers(view, parties, true);
  }

  private static List<Timed> offers(NegotiationView view, int parties, boolean own) {
    List<Action> history = view.history();
    List<Timed> out = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i) instanceof Offer o && o.party().equals(view.party()) == own) {
        out.add(new Timed(o.bid(), view.deadline().progress(Math.min(i / parties,
            view.deadline().rounds() - 1))));
      }
    }
    return out;
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
  static Bid lastOwn(NegotiationView view) {
    List<Action> history = view.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof Offer o && o.party().equals(view.party())) {
        return o.bid();
      }
    }
    return null;
  }
}
