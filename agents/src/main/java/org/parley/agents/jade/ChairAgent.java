package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import java.util.Optional;
import org.parley.engine.protocol.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.WireCodec;
import org.parley.engine.session.Decision;
import org.parley.engine.session.Session;
import org.parley.engine.session.SessionClock;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;

/**
 * The chair of one session: briefs each delegation with its own profile only, gives turns, has
 * the engine's {@link Session} check every action, and records the transcript. Each turn is one
 * CFP to the party to move carrying the actions it has not seen yet; the reply is the action. A
 * delegation that fails, stays silent past its time limit, sends garbage, acts out of turn or in
 * another conversation ends this session, with that reason recorded; nothing else stops. A
 * person's seat is the exception for illegal moves: the chair refuses the move (DISCONFIRM, with
 * the protocol's violation) and the person tries again; a legal move is confirmed (CONFIRM). The
 * chair owns the clock of a deadline in seconds: it reads it when it gives a turn and when an
 * answer arrives (see {@link SessionClock}); a party that does not answer at all is ended by its
 * turn limit, as on any deadline.
 */
final class ChairAgent extends Agent {

  private static final long serialVersionUID = 1L;

  private final transient Session session;
  private final transient Map<String, AID> delegations;
  private final transient Map<AID, String> parties = new HashMap<>();
  private final transient Map<String, Duration> turnLimits;
  /** Parties played by people: an illegal move of theirs is refused, not the end of the game. */
  private final transient Set<String> humans;
  private final transient Consumer<Event> observer;
  private final transient CompletableFuture<Transcript> result;
  private final transient InstantSource clock;
  private final transient SessionClock time;
  private final String conversation;
  private final transient Map<String, Integer> heard = new HashMap<>();
  private final transient Set<String> awaitingBriefing = new HashSet<>();
  private final transient TurnWatchdog watchdog;
  private final transient java.util.function.Consumer<java.util.List<String>> retire;
  private final transient java.util.List<String> ownAgents;
  /** Every message sent and received, for the pages that show JADE at work; or null. */
  private final transient MessageLog messages;
  private transient Instant started;
  /** When the current wait ends (System.nanoTime); read by the watchdog thread. */
  private volatile long deadlineNanos;
  private volatile long wokenFor;
  private transient String mover;
  private transient int turnCount;

  ChairAgent(Session session, Map<String, AID> delegations, Map<String, Duration> turnLimits,
      Set<String> humans, Consumer<Event> observer, CompletableFuture<Transcript> result, InstantSource clock,
      String conversation, TurnWatchdog watchdog,
      java.util.function.Consumer<java.util.List<String>> retire,
      java.util.List<String> ownAgents, MessageLog messages) {
    this.messages = messages;
    // jade-notes O2A: enable in the constructor; the watchdog's wake-ups come this way.
    setEnabledO2ACommunication(true, 0);
    this.watchdog = watchdog;
    this.retire = retire;
    this.ownAgents = java.util.List.copyOf(ownAgents);
    this.session = session;
    this.delegations = new LinkedHashMap<>(delegations);
    this.turnLimits = Map.copyOf(turnLimits);
    this.humans = Set.copyOf(humans);
    this.observer = observer;
    this.result = result;
    this.clock = clock;
    this.time = new SessionClock(session, clock);
    this.conversation = conversation;
    delegations.forEach((party, aid) -> parties.put(aid, party));
  }

  /** Sends, and records what was sent. */
  private void tell(ACLMessage msg) {
    if (msg.getSender() == null) {
      msg.setSender(getAID());
    }
    send(msg);
    if (messages != null) {
      messages.record(session.state().round(), msg);
    }
  }

  /** Briefs the delegations; runs once the runtime has posted START (all agents created). */
  private void open() {
    started = clock.instant();
    for (Map.Entry<String, AID> d : delegations.entrySet()) {
      tell(Messages.message(ACLMessage.INFORM, d.getValue(), conversation, Messages.BRIEFING,
          WireCodec.briefing(session.briefing(d.getKey()))));
      heard.put(d.getKey(), 0);
      awaitingBriefing.add(d.getKey());
    }
    deadlineNanos = System.nanoTime() + maxLimit().toNanos();
    watchdog.watch(this);
  }

  @Override
  protected void setup() {
    addBehaviour(new CyclicBehaviour(this) {
      private static final long serialVersionUID = 1L;

      @Override
      public void action() {
        if (session.isOver()) {
          return;
        }
        if (started == null) {
          // Nothing is sent before the runtime has finished creating this session's agents.
          if (getO2AObject() != JadeRuntime.START) {
            block();
            return;
          }
          open();
          return;
        }
        try {
          step();
        } catch (RuntimeException e) {
          // a bug in Parley, not in a delegation: the caller must hear of it, not wait forever
          watchdog.forget(ChairAgent.this);
          retireAll();
          result.completeExceptionally(e);
        }
      }

      private void step() {
        ACLMessage msg = receive();
        if (msg != null) {
          if (messages != null) {
            messages.record(session.state().round(), msg);
          }
          onMessage(msg);
        } else {
          Object o;
          while ((o = getO2AObject()) != null) {
            // wake-ups from the watchdog carry nothing; a cancellation ends the session
            if (o instanceof Cancel c && !session.isOver()) {
              session.fail(c.party(), c.reason(), c.detail());
            }
          }
          if (session.isOver()) {
            // cancelled: finished below
          } else if (System.nanoTime() - deadlineNanos >= 0) {
            timeout();
          } else {
            // No timed block: JADE's timers cost a thread wake-up per turn; the watchdog wakes
            // this agent instead once the deadline has passed.
            block();
          }
        }
        if (session.isOver()) {
          finish();
        }
      }
    });
  }

  /** This session's own delegations and this chair leave through the runtime's lifecycle. */
  private void retireAll() {
    java.util.List<String> names = new java.util.ArrayList<>(ownAgents);
    names.add(getLocalName());
    retire.accept(names);
  }

  /** Called by the watchdog thread: true once the current wait has run past its deadline. */
  boolean overdue(long now) {
    return now - deadlineNanos >= 0 && wokenFor != deadlineNanos;
  }

  private record Cancel(String party, Reason reason, String detail) {
  }

  /** Called from any thread: ends the session with {@code reason} at this agent's next step. */
  void cancel(String party, Reason reason, String detail) {
    try {
      putO2AObject(new Cancel(party, reason, detail), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Called by the watchdog thread: wakes this agent so that it notices the timeout. */
  void wake() {
    wokenFor = deadlineNanos;
    try {
      putO2AObject(Boolean.TRUE, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Duration maxLimit() {
    return turnLimits.values().stream().max(Duration::compareTo).orElseThrow();
  }

  private void onMessage(ACLMessage msg) {
    AID sender = msg.getSender();
    if (sender.equals(getAMS()) && msg.getPerformative() == ACLMessage.FAILURE) {
      String who = mover != null ? mover : awaitingBriefing.stream().findFirst().orElse(null);
      session.fail(who, Reason.AGENT_ERROR, "the delegation of '" + who
          + "' is unreachable (its container may have died): " + Messages.content(msg));
      return;
    }
    String party = parties.get(sender);
    if (party == null) {
      return;
    }
    if (!conversation.equals(msg.getConversationId())) {
      session.fail(party, Reason.VIOLATION, "sent a message for another conversation '"
          + msg.getConversationId() + "'");
      return;
    }
    if (!awaitingBriefing.isEmpty()) {
      briefingAnswer(party, msg);
      return;
    }
    if (!party.equals(mover)) {
      session.fail(party, Reason.VIOLATION, "NOT_YOUR_TURN: '" + party
          + "' sent " + ACLMessage.getPerformative(msg.getPerformative()) + " out of turn; it is '"
          + mover + "'s turn");
      return;
    }
    String content = Messages.content(msg);
    switch (msg.getPerformative()) {
      case ACLMessage.FAILURE -> session.fail(party, Reason.AGENT_ERROR, content);
      case ACLMessage.PROPOSE, ACLMessage.ACCEPT_PROPOSAL, ACLMessage.REFUSE -> move(party, msg,
          content);
      default -> session.fail(party, Reason.VIOLATION, "answered its turn with "
          + ACLMessage.getPerformative(msg.getPerformative()) + ": " + content);
    }
  }

  private void briefingAnswer(String party, ACLMessage msg) {
    if (!awaitingBriefing.remove(party)) {
      session.fail(party, Reason.VIOLATION, "sent " + ACLMessage.getPerformative(
          msg.getPerformative()) + " before the session started");
      return;
    }
    switch (msg.getPerformative()) {
      case ACLMessage.AGREE -> {
        if (awaitingBriefing.isEmpty()) {
          nextTurn();
        }
      }
      case ACLMessage.FAILURE -> session.fail(party, Reason.AGENT_ERROR,
          "could not create negotiator '" + session.briefing(party).spec() + "': "
              + Messages.content(msg));
      default -> session.fail(party, Reason.AGENT_ERROR, "refused its briefing: "
          + ACLMessage.getPerformative(msg.getPerformative()) + " " + Messages.content(msg));
    }
  }

  private void move(String party, ACLMessage msg, String content) {
    if (!time.inTime(party)) {
      return; // refused as late: the session ended at its deadline in seconds
    }
    Decision decision = null;
    if (!content.isEmpty()) {
      try {
        decision = WireCodec.readDecision("move of '" + party + "'", content,
            session.scenario().domain());
      } catch (FormatException e) {
        session.fail(party, Reason.VIOLATION, "malformed content: " + e.getMessage());
        return;
      }
      if (Messages.performativeOf(decision.action()) != msg.getPerformative()) {
        session.fail(party, Reason.VIOLATION, "sent a " + decision.action().getClass()
            .getSimpleName() + " as " + ACLMessage.getPerformative(msg.getPerformative()));
        return;
      }
    }
    if (humans.contains(party)) {
      // A person's illegal move is refused with the protocol's own violation; the turn (and its
      // time limit) goes on. A legal one is confirmed, so the person hears it was taken.
      Optional<Violation> violation = session.check(party, decision);
      if (violation.isPresent()) {
        tell(Messages.reply(msg, ACLMessage.DISCONFIRM, Messages.MOVE,
            WireCodec.violation(violation.get())));
        return;
      }
      tell(Messages.reply(msg, ACLMessage.CONFIRM, Messages.MOVE, "{}"));
    }
    int before = session.actionCount();
    session.submit(party, decision);
    if (session.actionCount() > before && observer != null) {
      observer.accept(session.events().get(session.events().size() - 1));
    }
    if (!session.isOver()) {
      nextTurn();
    }
  }

  private void nextTurn() {
    time.turnStarts();
    if (session.isOver()) {
      return; // the time of a deadline in seconds is up
    }
    mover = session.toMove();
    int from = heard.get(mover);
    heard.put(mover, session.actionCount());
    turnCount++;
    ACLMessage cfp = Messages.message(ACLMessage.CFP, delegations.get(mover), conversation,
        Messages.TURN, WireCodec.turn(session.turn(from)));
    cfp.setReplyWith("turn-" + turnCount);
    tell(cfp);
    deadlineNanos = System.nanoTime() + turnLimits.get(mover).toNanos();
  }

  private void timeout() {
    if (!awaitingBriefing.isEmpty()) {
      String party = awaitingBriefing.iterator().next();
      session.fail(party, Reason.TIMEOUT, "no answer to the briefing within "
          + maxLimit().toMillis() + " ms");
    } else {
      session.fail(mover, Reason.TIMEOUT, "no answer within the turn limit of "
          + turnLimits.get(mover).toMillis() + " ms");
    }
  }

  private void finish() {
    Instant end = clock.instant();
    Transcript transcript = session.transcript(JadeRuntime.RUNTIME, new Timing(started,
        Duration.between(started, end).toNanos() / 1000));
    for (Map.Entry<String, AID> d : delegations.entrySet()) {
      tell(Messages.message(ACLMessage.INFORM, d.getValue(), conversation, Messages.END,
          WireCodec.end(session.scenario().domain(), session.actionsSince(heard.get(d.getKey())),
              session.state().outcome())));
    }
    watchdog.forget(this);
    // queue this session's removal before anyone hears the result and closes the runtime
    retireAll();
    result.complete(transcript);
  }
}
