package org.parley.agents.jade;

import jade.lang.acl.ACLMessage;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.agents.jade.DelegationAgent.Seat;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.io.WireCodec;
import org.parley.engine.protocol.IllegalActionException;
import org.parley.engine.protocol.Violation;
import org.parley.engine.session.Briefing;
import org.parley.engine.session.Decision;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * A person's turns at a {@link DelegationAgent}, whose outside end is the {@link HumanSeat}: each
 * turn is offered to the person and held open until the person's move comes (O2A); the move goes
 * to the chair, which confirms it (the turn is done) or refuses it with the protocol's violation
 * (the same turn is the person's again). At most one move per seat is on its way to the chair.
 * When the person leaves, a bot takes the seat over at its pending turn and plays it from then on.
 * Runs only in the delegation agent's thread.
 */
final class HumanTurns {

  private final HumanSeat human;
  private final NegotiatorFactory factory;
  private final Function<Briefing, BidRanking> rankings;
  private final Consumer<ACLMessage> send;

  /** Turns of {@code human}; {@code factory} and {@code rankings} make the bot that takes over. */
  HumanTurns(HumanSeat human, NegotiatorFactory factory,
      Function<Briefing, BidRanking> rankings, Consumer<ACLMessage> send) {
    this.human = human;
    this.factory = factory;
    this.rankings = rankings;
    this.send = send;
  }

  /** The chair's {@code turn} for a seat the person still plays, with the person's view. */
  void turn(Seat seat, ACLMessage turn, NegotiationView view) {
    seat.pendingTurn = turn;
    seat.pendingView = view;
    seat.seen.add(view);
    if (human.handOverRequested() != null) {
      takeOver(seat, human.handOverRequested());
      return;
    }
    human.offer(turn.getConversationId(), view);
  }

  /** The person's move for the seat of its conversation ({@code seat} null: none here). */
  void move(Seat seat, HumanSeat.Move move) {
    if (seat == null || seat.pendingTurn == null) {
      move.result().completeExceptionally(new IllegalStateException("it is not your turn"));
      return;
    }
    if (seat.sentMove != null) {
      move.result().completeExceptionally(new IllegalStateException("a move is already on its "
          + "way to the chair"));
      return;
    }
    seat.sentMove = move;
    send.accept(Messages.answer(seat.pendingTurn, move.decision()));
  }

  /** The chair's word on a person's move: taken, or refused with the protocol's violation. */
  void verdict(Seat seat, ACLMessage msg) {
    if (seat == null || seat.sentMove == null) {
      return;
    }
    HumanSeat.Move move = seat.sentMove;
    seat.sentMove = null;
    if (msg.getPerformative() == ACLMessage.DISCONFIRM) {
      Violation v = WireCodec.readViolation("the chair's refusal", Messages.content(msg));
      human.reopen(msg.getConversationId(), seat.pendingView); // before the person hears
      move.result().completeExceptionally(new IllegalActionException(v));
      return;
    }
    seat.pendingTurn = null;
    seat.pendingView = null;
    move.result().complete(null);
  }

  /**
   * The person left: a bot playing {@code spec} takes each seat over at once where it is the
   * person's turn and no move is on its way; the others at their next turn.
   */
  void handOver(Collection<Seat> seats, NegotiatorSpec spec) {
    for (Seat seat : seats) {
      if (seat.negotiator == null && seat.pendingTurn != null && seat.sentMove == null) {
        takeOver(seat, spec);
      }
    }
  }

  /**
   * A bot takes the person's seat over at the pending turn: it is shown every view the person
   * was given, in order (so it builds the state it would have, from what it would have seen),
   * and answers the pending one. The seat is a bot's from then on.
   */
  private void takeOver(Seat seat, NegotiatorSpec spec) {
    ACLMessage turn = seat.pendingTurn;
    Decision decision;
    try {
      Negotiator bot = Objects.requireNonNull(factory.create(spec,
          seat.briefing.setup(rankings.apply(seat.briefing))), "the factory returned no bot");
      for (NegotiationView earlier : seat.seen.subList(0, seat.seen.size() - 1)) {
        bot.act(earlier);
      }
      decision = bot.act(seat.pendingView);
      seat.negotiator = bot;
    } catch (RuntimeException | StackOverflowError e) {
      send.accept(Messages.reply(turn, ACLMessage.FAILURE, Messages.MOVE,
          DirectRunner.stackTrace(e)));
      return;
    }
    human.tookOver(seat.pendingView.history().size()); // the turn the bot first answers
    seat.pendingTurn = null;
    seat.pendingView = null;
    send.accept(Messages.answer(turn, decision));
  }
}
