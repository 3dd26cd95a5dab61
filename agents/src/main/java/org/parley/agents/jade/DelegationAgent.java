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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
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
 * calls its negotiator; a person's seat hands its turns to {@link HumanTurns}, which offers them
 * through the {@link HumanSeat} and answers when the person's decision arrives (O2A). A session
 * delegation serves one session and leaves with it; a joined delegation ({@code parley join})
 * serves every session it is briefed for, one negotiator per conversation. Registers in the DF
 * under {@link #SERVICE_TYPE} with scenario, side, strategy and mode.
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
  /** A person's turns; null for a bot delegation. */
  private final transient HumanTurns human;
  /** The ranking of the briefed profile's bids: the session's own for a local bot. */
  private final transient Function<Briefing, BidRanking> rankings;
  /** Per conversation briefed and not yet ended, its seat. */
  private final transient Map<String, Seat> seats = new HashMap<>();

  /** A session's state at this delegation; a person's seat also uses the fields below the log. */
  static final class Seat {
    final Briefing briefing;
    /** The bot's negotiator; for a person's seat, null until a bot takes it over. */
    Negotiator negotiator;
    final ActionLog log = new ActionLog();
    /** Every view the person was given, for a bot that takes over. */
    final List<NegotiationView> seen = new ArrayList<>();
    /** The turn being answered (null when none), its view, and the move awaiting the chair. */
    ACLMessage pendingTurn;
    NegotiationView pendingView;
    HumanSeat.Move sentMove;

    Seat(Briefing briefing, Negotiator negotiator) {
      this.briefing = briefing;
      this.negotiator = negotiator;
    }
  }

  private DelegationAgent(String party, String scenarioId, String strategy, boolean joined,
      NegotiatorFactory factory, HumanSeat human, Function<Briefing, BidRanking> rankings) {
    this.party = Objects.requireNonNull(party, "party");
    this.scenarioId = scenarioId;
    this.strategy = strategy;
    this.joined = joined;
    this.factory = factory;
    this.human = human == null ? null : new HumanTurns(human, factory, rankings, this::send);
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
        case Messages.MOVE -> {
          if (human != null) {
            human.verdict(seats.get(msg.getConversationId()), msg);
          }
        }
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
      human.turn(seat, msg, view);
      return;
    }
    Decision decision;
    try {
      decision = seat.negotiator.act(view);
    } catch (RuntimeException | StackOverflowError e) {
      send(Messages.reply(msg, ACLMessage.FAILURE, Messages.MOVE, DirectRunner.stackTrace(e)));
      return;
    }
    send(Messages.answer(msg, decision));
  }

  private void end(ACLMessage msg) {
    seats.remove(msg.getConversationId());
    // a person's seat hears the outcome from the runtime (JadeRuntime.start);
    // a session delegation is removed by the runtime (AgentLifecycle), never by itself
  }

  /** Hands the person's move or a hand-over to {@link HumanTurns}, if one has arrived. */
  private boolean deliverHumanDecision() {
    Object o = getO2AObject();
    if (o == null) {
      return false;
    }
    if (o instanceof HumanSeat.HandOver handOver) {
      human.handOver(seats.values(), handOver.spec());
    } else if (o instanceof HumanSeat.Move move) {
      human.move(seats.get(move.conversation()), move);
    } else {
      LOG.log(Level.WARNING, "ignoring an O2A object of type {0}", o.getClass());
    }
    return true;
  }
}
