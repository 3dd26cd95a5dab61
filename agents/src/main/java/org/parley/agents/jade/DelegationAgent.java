package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.domain.DFService;
import jade.domain.FIPAAgentManagement.DFAgentDescription;
import jade.domain.FIPAAgentManagement.FIPAManagementVocabulary;
import jade.domain.FIPAAgentManagement.Property;
import jade.domain.FIPAAgentManagement.ServiceDescription;
import jade.lang.acl.ACLMessage;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.protocol.IllegalActionException;
import org.parley.engine.protocol.Violation;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.WireCodec;
import org.parley.engine.protocol.Action;
import org.parley.engine.session.ActionLog;
import org.parley.engine.session.Briefing;
import org.parley.engine.session.Decision;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.session.Turn;

/**
 * A delegation: hosts the negotiator of one party and answers the chair's turns. A bot delegation
 * calls its negotiator; a human seat hands the view to a {@link HumanSeat} and answers when the
 * person's decision arrives (O2A). A session delegation serves one session and leaves with it; a
 * joined delegation ({@code parley join}) serves every session it is briefed for, one negotiator
 * per conversation. Registers in the DF under {@link #SERVICE_TYPE} with scenario, side,
 * strategy and mode.
 */
public final class DelegationAgent extends Agent {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DelegationAgent.class.getName());

  public static final String SERVICE_TYPE = "parley-delegation";
  public static final String MODE_JOINED = "joined";
  public static final String MODE_SESSION = "session";

  private final String party;
  private final String scenarioId;
  private final String strategy;
  private final boolean joined;
  private final transient NegotiatorFactory factory;
  private final transient HumanSeat human;
  /** The ranking of the briefed profile's bids: the session's own for a local bot. */
  private final transient java.util.function.Function<Briefing, BidRanking> rankings;
  private final transient Map<String, Seat> seats = new HashMap<>();

  /** A session's state at this delegation. */
  private static final class Seat {
    final Briefing briefing;
    /** The bot's negotiator; for a person's seat, null until a bot takes it over. */
    Negotiator negotiator;
    final ActionLog log = new ActionLog();
    /** A person's seat: every view the person was given, for a bot that takes over. */
    final java.util.List<NegotiationView> seen = new java.util.ArrayList<>();
    /** A person's seat: the turn being answered, its view, and the move awaiting the chair. */
    ACLMessage pendingTurn;
    NegotiationView pendingView;
    HumanSeat.Move sentMove;

    Seat(Briefing briefing, Negotiator negotiator) {
      this.briefing = briefing;
      this.negotiator = negotiator;
    }
  }

  private DelegationAgent(String party, String scenarioId, String strategy, boolean joined,
      NegotiatorFactory factory, HumanSeat human,
      java.util.function.Function<Briefing, BidRanking> rankings) {
    this.party = Objects.requireNonNull(party, "party");
    this.scenarioId = scenarioId;
    this.strategy = strategy;
    this.joined = joined;
    this.factory = factory;
    this.human = human;
    this.rankings = rankings;
    // jade-notes O2A: enable in the constructor, or objects put right after start are dropped.
    // The runtime's START object comes this way, and a person's decisions.
    setEnabledO2ACommunication(true, 0);
  }

  /** A bot for one session; its negotiator is built from the spec in the briefing. */
  static DelegationAgent bot(String party, String scenarioId, NegotiatorFactory factory,
      BidRanking ranking) {
    return new DelegationAgent(party, scenarioId, "", false, factory, null, b -> ranking);
  }

  /**
   * A person's seat for one session; {@code factory} and {@code ranking} make the bot that takes
   * the seat over if the person leaves.
   */
  static DelegationAgent human(String party, String scenarioId, HumanSeat seat,
      NegotiatorFactory factory, BidRanking ranking) {
    DelegationAgent agent = new DelegationAgent(party, scenarioId, "human", false, factory, seat,
        b -> ranking);
    seat.attach(agent);
    return agent;
  }

  /** A bot that stays on the platform and plays {@code strategy} in every session it joins. */
  public static DelegationAgent joined(String party, String strategy, NegotiatorFactory factory) {
    return new DelegationAgent(party, "*", strategy, true, factory, null,
        b -> RankingCache.ranking(b.profile().utility()));
  }

  @Override
  protected void setup() {
    addBehaviour(new CyclicBehaviour(this) {
      private static final long serialVersionUID = 1L;
      private boolean started;

      @Override
      public void action() {
        if (!started) {
          // Nothing is sent before the runtime has finished creating this session's agents
          // (see JadeRuntime.START); then registration, fire-and-forget.
          if (getO2AObject() != JadeRuntime.START) {
            block();
            return;
          }
          started = true;
          send(DFService.createRequestMessage(DelegationAgent.this, getDefaultDF(),
              FIPAManagementVocabulary.REGISTER, description(), null));
        }
        ACLMessage msg = receive();
        if (msg != null) {
          onMessage(msg);
          return;
        }
        if (human != null && deliverHumanDecision()) {
          return;
        }
        block();
      }
    });
  }

  @Override
  protected void takeDown() {
    send(DFService.createRequestMessage(this, getDefaultDF(), FIPAManagementVocabulary.DEREGISTER,
        description(), null));
  }

  DFAgentDescription description() {
    DFAgentDescription dfd = new DFAgentDescription();
    dfd.setName(getAID());
    ServiceDescription sd = new ServiceDescription();
    sd.setType(SERVICE_TYPE);
    sd.setName(party);
    sd.addProperties(new Property("scenario", scenarioId));
    sd.addProperties(new Property("side", party));
    sd.addProperties(new Property("strategy", strategy));
    sd.addProperties(new Property("mode", joined ? MODE_JOINED : MODE_SESSION));
    dfd.addServices(sd);
    return dfd;
  }

  private void onMessage(ACLMessage msg) {
    AID sender = msg.getSender();
    if (sender.equals(getDefaultDF()) || sender.equals(getAMS())) {
      return;
    }
    String ontology = String.valueOf(msg.getOntology());
    try {
      switch (ontology) {
        case Messages.BRIEFING -> brief(msg);
        case Messages.TURN -> turn(msg);
        case Messages.END -> end(msg);
        case Messages.MOVE -> verdict(msg);
        default -> send(Messages.reply(msg, ACLMessage.NOT_UNDERSTOOD, ontology,
            "unknown ontology '" + ontology + "'"));
      }
    } catch (FormatException e) {
      send(Messages.reply(msg, ACLMessage.NOT_UNDERSTOOD, ontology, e.getMessage()));
    } catch (RuntimeException e) {
      // never die silently: the chair records the failure and ends only this session
      send(Messages.reply(msg, ACLMessage.FAILURE, ontology, DirectRunner.stackTrace(e)));
    }
  }

  private void brief(ACLMessage msg) {
    Briefing briefing = WireCodec.readBriefing("briefing", Messages.content(msg));
    if (!briefing.party().equals(party)) {
      send(Messages.reply(msg, ACLMessage.REFUSE, Messages.BRIEFING,
          "this delegation plays '" + party + "', not '" + briefing.party() + "'"));
      return;
    }
    if (joined && !briefing.spec().text().equals(strategy)) {
      send(Messages.reply(msg, ACLMessage.FAILURE, Messages.BRIEFING, "this delegation plays '"
          + strategy + "', not '" + briefing.spec() + "'"));
      return;
    }
    Negotiator negotiator = null;
    if (human == null) {
      try {
        negotiator = Objects.requireNonNull(factory.create(briefing.spec(),
            briefing.setup(rankings.apply(briefing))),
            "the factory returned no negotiator");
      } catch (RuntimeException e) {
        send(Messages.reply(msg, ACLMessage.FAILURE, Messages.BRIEFING,
            DirectRunner.stackTrace(e)));
        return;
      }
    }
    seats.put(msg.getConversationId(), new Seat(briefing, negotiator));
    send(Messages.reply(msg, ACLMessage.AGREE, Messages.BRIEFING, "{}"));
  }

  private void turn(ACLMessage msg) {
    Seat seat = seats.get(msg.getConversationId());
    if (seat == null) {
      send(Messages.reply(msg, ACLMessage.NOT_UNDERSTOOD, Messages.TURN,
          "no briefing for conversation '" + msg.getConversationId() + "'"));
      return;
    }
    Briefing b = seat.briefing;
    Turn turn = WireCodec.readTurn("turn", Messages.content(msg), b.domain());
    for (Action a : turn.actions()) {
      seat.log.append(a);
    }
    NegotiationView view = new NegotiationView(party, b.domain(), b.profile(), b.deadline(),
        turn.round(), turn.progress(), seat.log.snapshot(), turn.standingBid());
    if (human != null && seat.negotiator == null) {
      seat.pendingTurn = msg;
      seat.pendingView = view;
      seat.seen.add(view);
      if (human.handOverRequested() != null) {
        takeOver(seat, human.handOverRequested());
        return;
      }
      human.offer(msg.getConversationId(), view);
      return;
    }
    Decision decision;
    try {
      decision = seat.negotiator.act(view);
    } catch (RuntimeException | StackOverflowError e) {
      send(Messages.reply(msg, ACLMessage.FAILURE, Messages.MOVE, DirectRunner.stackTrace(e)));
      return;
    }
    answer(msg, b, decision);
  }

  private void answer(ACLMessage turn, Briefing b, Decision decision) {
    if (decision == null) {
      // the chair records this as a violation (no action), as the direct runtime does
      send(Messages.reply(turn, ACLMessage.PROPOSE, Messages.MOVE, ""));
      return;
    }
    send(Messages.reply(turn, Messages.performativeOf(decision.action()), Messages.MOVE,
        WireCodec.decision(decision)));
  }

  /** The chair's word on a person's move: taken, or refused with the protocol's violation. */
  private void verdict(ACLMessage msg) {
    Seat seat = seats.get(msg.getConversationId());
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

  private void end(ACLMessage msg) {
    seats.remove(msg.getConversationId());
    // a person's seat hears the outcome from the runtime (JadeRuntime.start);
    // a session delegation is removed by the runtime (AgentLifecycle), never by itself
  }

  /**
   * A bot takes the person's seat over at the pending turn: it is shown every view the person
   * was given, in order (so it builds the state it would have, from what it would have seen),
   * and answers the pending one. The seat is a bot's from then on.
   */
  private void takeOver(Seat seat, org.parley.engine.transcript.NegotiatorSpec spec) {
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
      send(Messages.reply(turn, ACLMessage.FAILURE, Messages.MOVE, DirectRunner.stackTrace(e)));
      return;
    }
    human.tookOver(seat.pendingView.history().size()); // the turn the bot first answers
    seat.pendingTurn = null;
    seat.pendingView = null;
    answer(turn, seat.briefing, decision);
  }

  /** Answers the pending turn with a person's decision, if one has arrived. */
  private boolean deliverHumanDecision() {
    Object o = getO2AObject();
    if (o == null) {
      return false;
    }
    if (o instanceof HumanSeat.HandOver handOver) {
      for (Seat seat : seats.values()) {
        if (seat.negotiator == null && seat.pendingTurn != null && seat.sentMove == null) {
          takeOver(seat, handOver.spec()); // at once if it is the seat's turn; else at its next
        }
      }
      return true;
    }
    if (!(o instanceof HumanSeat.Move move)) {
      LOG.log(Level.WARNING, "ignoring an O2A object of type {0}", o.getClass());
      return true;
    }
    Seat seat = seats.get(move.conversation());
    if (seat == null || seat.pendingTurn == null) {
      move.result().completeExceptionally(new IllegalStateException("it is not your turn"));
      return true;
    }
    if (seat.sentMove != null) {
      move.result().completeExceptionally(new IllegalStateException("a move is already on its "
          + "way to the chair"));
      return true;
    }
    seat.sentMove = move;
    answer(seat.pendingTurn, seat.briefing, move.decision());
    return true;
  }
}
