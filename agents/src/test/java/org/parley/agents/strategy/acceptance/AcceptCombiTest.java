package org.parley.agents.strategy.acceptance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.LineDomain;
import org.parley.agents.strategy.bidding.BiddingStrategy;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.utility.Profile;

/**
 * AC_combi exactly at the edges of its window. "them" opens each round, "me" answers; on the line
 * domain an offer of level L is worth L/100 to "me", whose own next bid is worth 1.0 (so AC_next
 * never fires). With R = 100 rounds and T = 0.95 (from round 95 on), at round r the window
 * starts at round 2r − 99.
 */
class AcceptCombiTest {

  private static final Deadline HUNDRED = new Deadline(100);
  private static final BiddingStrategy.Planned FIRM = new BiddingStrategy.Planned(Bid.of(100),
      1.0, 1.0);

  /** My view at {@code round} after their offer of that round; their offers by round. */
  private static NegotiationView at(int round, IntUnaryOperator theirLevel) {
    List<Action> history = new ArrayList<>();
    for (int r = 0; r < round; r++) {
      history.add(new Offer("them", Bid.of(theirLevel.applyAsInt(r))));
      history.add(new Offer("me", Bid.of(100)));
    }
    Bid now = Bid.of(theirLevel.applyAsInt(round));
    history.add(new Offer("them", now));
    return new NegotiationView("me", LineDomain.LINE, new Profile(LineDomain.UP, 0, 1), HUNDRED,
        round, HUNDRED.progress(round), history, now);
  }

  private static boolean accepts(int round, IntUnaryOperator theirLevel) {
    NegotiationView view = at(round, theirLevel);
    return new AcceptCombi(0.95, 2).accept(view, view.standingBid(), FIRM).isPresent();
  }

  @Test
  void anOfferInTheWindowsFirstRoundCounts() {
    // round 98: the window starts at round 97, whose offer (0.62) beats today's 0.50
    assertFalse(accepts(98, r -> r == 97 ? 62 : r == 98 ? 50 : 10));
    // round 97: the window starts at round 95
    assertFalse(accepts(97, r -> r == 95 ? 62 : r == 97 ? 50 : 10));
  }

  @Test
  void anOfferJustBeforeTheWindowDoesNot() {
    assertTrue(accepts(98, r -> r == 96 ? 90 : r == 98 ? 50 : 10));
    assertTrue(accepts(97, r -> r == 94 ? 90 : r == 97 ? 50 : 10));
  }

  @Test
  void beforeTOnlyAcNextDecides() {
    // round 93: t = 93/99 < T = 0.95; a window rule would accept 0.99 here
    assertFalse(accepts(93, r -> r == 93 ? 99 : 10));
    assertTrue(HUNDRED.progress(93) < 0.95 && HUNDRED.progress(95) >= 0.95);
    assertTrue(accepts(95, r -> r == 95 ? 99 : 10), "from T on, the window rule applies");
  }
}
