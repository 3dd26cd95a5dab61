package org.parley.agents.strategy.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.LineDomain;
import org.parley.engine.domain.Bid;
import org.parley.engine.session.NegotiationView;
import org.parley.agents.strategy.bidding.BiddingStrategy;

/** AC_next(a, b) at its boundary: accept iff a·u(x_opp) + b ≥ u(x_next). */
class AcceptNextTest {

  private final NegotiationView view = LineDomain.view(0, 0, 10);

  private static BiddingStrategy.Planned next(double u) {
    return new BiddingStrategy.Planned(Bid.of((int) Math.round(u * 100)), u, u);
  }

  @Test
  void acceptsAtEqualityAndNotJustBelow() {
    AcceptNext ac = new AcceptNext(1, 0);
    assertTrue(ac.accept(view, Bid.of(60), next(0.60)).isPresent());
    assertTrue(ac.accept(view, Bid.of(59), next(0.60)).isEmpty());
    assertEquals("AC_next", ac.accept(view, Bid.of(61), next(0.60)).orElseThrow().rule());
    assertEquals(0.61, ac.accept(view, Bid.of(61), next(0.60)).orElseThrow().figures()
        .get("offered"), 1e-12);
  }

  @Test
  void scaleAndOffsetShiftTheBoundary() {
    AcceptNext ac = new AcceptNext(1.2, -0.1);
    // 1.2 × 0.60 − 0.1 = 0.62
    assertTrue(ac.accept(view, Bid.of(60), next(0.62)).isPresent());
    assertTrue(ac.accept(view, Bid.of(60), next(0.63)).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new AcceptNext(0, 0));
    assertThrows(IllegalArgumentException.class, () -> new AcceptNext(1, 2));
  }
}
