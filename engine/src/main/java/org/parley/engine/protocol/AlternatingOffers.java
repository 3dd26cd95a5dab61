package org.parley.engine.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Violation.Kind;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;

/**
 * The stacked alternating offers protocol (Aydoğan et al. 2017, SAOP): parties move in a fixed
 * cycle; a party offers a bid, accepts the standing bid, or ends the negotiation. A counter-offer
 * restarts the acceptance count; the standing bid is agreed once every other party has accepted it
 * in turn. With two parties this is Rubinstein's bilateral alternating offers. The first mover
 * cannot accept (nothing stands yet). The session ends without agreement after
 * {@code deadline.roundLimit()} full rounds, or when the clock of a deadline in seconds reaches
 * it (see {@link #clock}).
 */
public final class AlternatingOffers implements Protocol {

  public static final String BILATERAL = "alternating-offers";
  public static final String STACKED = "stacked-alternating-offers";

  private final String name;
  private final int maxParties;

  private AlternatingOffers(String name, int maxParties) {
    this.name = name;
    this.maxParties = maxParties;
  }

  /** Exactly two parties. */
  public static AlternatingOffers bilateral() {
    return new AlternatingOffers(BILATERAL, 2);
  }

  /** Two or more parties. */
  public static AlternatingOffers stacked() {
    return new AlternatingOffers(STACKED, Integer.MAX_VALUE);
  }

  /** The protocol with this name, or empty. */
  public static Optional<Protocol> named(String name) {
    return switch (name) {
      case BILATERAL -> Optional.of(bilateral());
      case STACKED -> Optional.of(stacked());
      default -> Optional.empty();
    };
  }

  @Override
  public String name() {
    return name;
  }

  /** Why this many parties cannot use the protocol, or empty. */
  public Optional<String> checkPartyCount(int n) {
    if (n < 2 || n > maxParties) {
      return Optional.of("protocol '" + name + "' needs " + (maxParties == 2 ? "exactly 2"
          : "at least 2") + " parties, got " + n);
    }
    return Optional.empty();
  }

  @Override
  public ProtocolState start(List<String> parties, Deadline deadline) {
    checkPartyCount(parties.size()).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    for (int i = 0; i < parties.size(); i++) {
      if (parties.indexOf(parties.get(i)) != i) { // a handful of parties: no set needed
        throw new IllegalArgumentException("party ids repeat: " + parties);
      }
    }
    return new ProtocolState(parties, deadline, 0, null, null, 0, null, 0.0);
  }

  @Override
  public Optional<Violation> check(Domain domain, ProtocolState state, Action action) {
    if (action == null) {
      return Optional.of(new Violation(Kind.NO_ACTION, state.isOver() ? null : state.toMove(),
          "no action was given"));
    }
    String party = action.party();
    if (state.isOver()) {
      return Optional.of(new Violation(Kind.SESSION_OVER, party, "the session has ended"));
    }
    if (!party.equals(state.toMove()) && !state.parties().contains(party)) {
      return Optional.of(new Violation(Kind.UNKNOWN_PARTY, party,
          "party '" + party + "' is not in this session " + state.parties()));
    }
    if (!party.equals(state.toMove())) {
      return Optional.of(new Violation(Kind.NOT_YOUR_TURN, party,
          "it is '" + state.toMove() + "'s turn, not '" + party + "'s"));
    }
    if (action instanceof Offer offer) {
      Optional<String> problem = domain.check(offer.bid()); // no lambda: this runs every action
      return problem.isEmpty() ? Optional.empty()
          : Optional.of(new Violation(Kind.INVALID_BID, party, problem.get()));
    }
    if (action instanceof Accept accept) {
      if (state.standingBid() == null) {
        return Optional.of(new Violation(Kind.NOTHING_TO_ACCEPT, party,
            "there is no offer to accept yet"));
      }
      if (!state.standingBid().equals(accept.bid())) {
        return Optional.of(new Violation(Kind.ACCEPT_MISMATCH, party,
            "accepts " + levels(domain, accept.bid()) + " but the standing offer is "
                + levels(domain, state.standingBid())));
      }
    }
    return Optional.empty();
  }

  @Override
  public ProtocolState apply(Domain domain, ProtocolState state, Action action) {
    Optional<Violation> violation = check(domain, state, action);
    if (violation.isPresent()) {
      throw new IllegalActionException(violation.get());
    }
    int round = state.round();
    int next = state.turn() + 1;
    Bid standing = state.standingBid();
    String bidder = state.standingBidder();
    int acceptances = state.acceptances();
    SessionOutcome outcome = null;
    if (action instanceof Offer offer) {
      standing = offer.bid();
      bidder = offer.party();
      acceptances = 1;
    } else if (action instanceof Accept) {
      acceptances++;
      if (acceptances == state.parties().size()) {
        outcome = new Agreement(standing, round);
      }
    } else if (action instanceof EndNegotiation end) {
      outcome = new NoAgreement(Reason.WALKED_AWAY, round, end.party(),
          "'" + end.party() + "' ended the negotiation");
    } else {
      throw new IllegalStateException("unhandled action type " + action.getClass());
    }
    if (outcome == null && next >= state.deadline().roundLimit() * state.parties().size()) {
      outcome = new NoAgreement(Reason.DEADLINE, round, null,
          "no agreement within " + state.deadline().roundLimit() + " rounds");
    }
    return new ProtocolState(state.parties(), state.deadline(), next, standing, bidder,
        acceptances, outcome, state.timeProgress());
  }

  @Override
  public ProtocolState clock(ProtocolState state, double timeProgress) {
    requireRunningOnTime(state);
    if (!(timeProgress >= 0) || Double.isInfinite(timeProgress)) {
      throw new IllegalArgumentException("time progress must be 0 or more, got " + timeProgress);
    }
    if (timeProgress >= 1) {
      return timeUp(state, null, "no agreement within " + state.deadline().seconds() + " s");
    }
    return new ProtocolState(state.parties(), state.deadline(), state.turn(), state.standingBid(),
        state.standingBidder(), state.acceptances(), null,
        Math.max(state.timeProgress(), timeProgress));
  }

  @Override
  public ProtocolState late(ProtocolState state) {
    requireRunningOnTime(state);
    return timeUp(state, state.toMove(), "no agreement within " + state.deadline().seconds()
        + " s; '" + state.toMove() + "' answered after the time was up and its answer was refused");
  }

  private static void requireRunningOnTime(ProtocolState state) {
    if (!state.deadline().hasSeconds()) {
      throw new IllegalStateException("a deadline of " + state.deadline().describe()
          + " has no clock");
    }
    if (state.isOver()) {
      throw new IllegalStateException("the session has already ended: " + state.outcome());
    }
  }

  private static ProtocolState timeUp(ProtocolState state, String party, String detail) {
    return new ProtocolState(state.parties(), state.deadline(), state.turn(), state.standingBid(),
        state.standingBidder(), state.acceptances(),
        new NoAgreement(Reason.DEADLINE, state.round(), party, detail), 1.0);
  }

  @Override
  public ProtocolState breakOff(ProtocolState state, NoAgreement outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (state.isOver()) {
      throw new IllegalStateException("the session has already ended: " + state.outcome());
    }
    return new ProtocolState(state.parties(), state.deadline(), state.turn(), state.standingBid(),
        state.standingBidder(), state.acceptances(), outcome, state.timeProgress());
  }

  /** A bid as people can read it in an error: {@code us_tariff=30 cn_tariff=10 …}. */
  private static String levels(Domain domain, Bid bid) {
    if (domain.check(bid).isPresent()) {
      return java.util.Arrays.toString(bid.toArray());
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < domain.issueCount(); i++) {
      out.append(i == 0 ? "" : " ").append(domain.issue(i).id()).append('=')
          .append(domain.issue(i).levelIds().get(bid.level(i)));
    }
    return out.toString();
  }
}
