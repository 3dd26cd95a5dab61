package org.parley.engine.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Violation.Kind;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;

class AlternatingOffersTest {

  private final Domain domain = Fixtures.domain("d", 3, 2);
  private final Bid x = Bid.of(0, 0);
  private final Bid y = Bid.of(2, 1);

  private static Kind kind(Protocol p, Domain d, ProtocolState s, Action a) {
    return p.check(d, s, a).orElseThrow().kind();
  }

  @Test
  void firstMoverCannotAcceptAndOthersMustWait() {
    Protocol p = AlternatingOffers.bilateral();
    ProtocolState s = p.start(List.of("a", "b"), new Deadline(3));
    assertEquals("a", s.toMove());
    assertEquals(Kind.NOTHING_TO_ACCEPT, kind(p, domain, s, new Accept("a", x)));
    assertEquals(Kind.NOT_YOUR_TURN, kind(p, domain, s, new Offer("b", x)));
    assertEquals(Kind.UNKNOWN_PARTY, kind(p, domain, s, new Offer("c", x)));
    assertEquals(Kind.INVALID_BID, kind(p, domain, s, new Offer("a", Bid.of(3, 0))));
    assertEquals(Kind.INVALID_BID, kind(p, domain, s, new Offer("a", Bid.of(0))));
    assertEquals(Kind.NO_ACTION, kind(p, domain, s, null));
    IllegalActionException e = assertThrows(IllegalActionException.class,
        () -> p.apply(domain, s, new Offer("b", x)));
    assertEquals(Kind.NOT_YOUR_TURN, e.violation().kind());
  }

  @Test
  void acceptMustNameTheStandingBid() {
    Protocol p = AlternatingOffers.bilateral();
    ProtocolState s = p.apply(domain, p.start(List.of("a", "b"), new Deadline(3)),
        new Offer("a", x));
    assertEquals(Kind.ACCEPT_MISMATCH, kind(p, domain, s, new Accept("b", y)));
    ProtocolState done = p.apply(domain, s, new Accept("b", x));
    assertEquals(new Agreement(x, 0), done.outcome());
    assertEquals(Kind.SESSION_OVER, kind(p, domain, done, new Offer("a", x)));
  }

  @Test
  void deadlineEndsAfterEveryPartyHadItsTurnsInTheLastRound() {
    Protocol p = AlternatingOffers.bilateral();
    ProtocolState s = p.start(List.of("a", "b"), new Deadline(2));
    s = p.apply(domain, s, new Offer("a", x));
    s = p.apply(domain, s, new Offer("b", y));
    assertEquals(1, s.round());
    assertEquals(1.0, s.progress());
    s = p.apply(domain, s, new Offer("a", x));
    assertFalse(s.isOver());
    s = p.apply(domain, s, new Offer("b", y));
    SessionOutcome o = s.outcome();
    assertEquals(Reason.DEADLINE, ((NoAgreement) o).reason());
    assertEquals(1, o.round());
  }

  @Test
  void stackedNeedsEveryOtherPartyAndACounterOfferRestartsTheCount() {
    Protocol p = AlternatingOffers.stacked();
    ProtocolState s = p.start(List.of("a", "b", "c"), new Deadline(5));
    s = p.apply(domain, s, new Offer("a", x));
    s = p.apply(domain, s, new Accept("b", x));
    assertFalse(s.isOver());
    s = p.apply(domain, s, new Offer("c", y));
    s = p.apply(domain, s, new Accept("a", y));
    assertFalse(s.isOver(), "b has not accepted y yet");
    s = p.apply(domain, s, new Accept("b", y));
    assertEquals(new Agreement(y, 1), s.outcome());
  }

  @Test
  void walkingAwayEndsForEveryoneAndBreakOffRecordsTheReason() {
    Protocol p = AlternatingOffers.stacked();
    ProtocolState s = p.start(List.of("a", "b", "c"), new Deadline(5));
    ProtocolState walked = p.apply(domain, s, new EndNegotiation("a"));
    assertEquals(Reason.WALKED_AWAY, ((NoAgreement) walked.outcome()).reason());
    assertEquals("a", ((NoAgreement) walked.outcome()).party());
    ProtocolState broken = p.breakOff(s, new NoAgreement(Reason.TIMEOUT, 0, "a", "silent"));
    assertTrue(broken.isOver());
    assertThrows(IllegalStateException.class,
        () -> p.breakOff(broken, new NoAgreement(Reason.TIMEOUT, 0, "a", "again")));
  }

  @Test
  void bilateralRefusesThreePartiesAndDuplicateIds() {
    assertThrows(IllegalArgumentException.class,
        () -> AlternatingOffers.bilateral().start(List.of("a", "b", "c"), new Deadline(1)));
    assertThrows(IllegalArgumentException.class,
        () -> AlternatingOffers.stacked().start(List.of("a", "a"), new Deadline(1)));
    assertTrue(AlternatingOffers.named("no-such-protocol").isEmpty());
  }

  @Test
  void progressRunsFromZeroAtTheFirstRoundToOneAtTheLast() {
    Deadline d = new Deadline(5);
    assertEquals(0.0, d.progress(0));
    assertEquals(0.5, d.progress(2));
    assertEquals(1.0, d.progress(4));
    assertEquals(1.0, new Deadline(1).progress(0));
    assertThrows(IllegalArgumentException.class, () -> d.progress(5));
    assertThrows(IllegalArgumentException.class, () -> new Deadline(0));
  }

  @Test
  void everyActionTypeIsKnownToTheProtocol() {
    // A new Action subtype must be handled in AlternatingOffers.apply and the codecs.
    assertEquals(List.of(Offer.class, Accept.class, EndNegotiation.class),
        List.of(Action.class.getPermittedSubclasses()));
    assertEquals(List.of(Agreement.class, NoAgreement.class),
        List.of(SessionOutcome.class.getPermittedSubclasses()));
  }
}
