package org.parley.agents.jade;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.WireCodec;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.protocol.Violation;
import org.parley.engine.session.Decision;
import org.parley.engine.session.Session;
import org.parley.engine.session.SessionClock;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;

/**
 * What the chair of one session says and decides, message by message; {@link ChairAgent} runs it
 * on JADE. It briefs each delegation with its own profile only and waits for every AGREE; then
 * each turn is one CFP to the party to move carrying the actions it has not seen yet, and the
 * reply is the action, which the engine's {@link Session} checks. A delegation that fails, sends
 * garbage, acts out of turn or in another conversation ends the session with that reason recorded.
 * A person's seat is the exception for illegal moves: the move is refused (DISCONFIRM, with the
 * protocol's violation) and the person tries again; a legal move is confirmed (CONFIRM). It reads
 * the clock of a deadline in seconds when it gives a turn and when an answer arrives (see
 * {@link SessionClock}).
 *
 * <p>Each wait it starts (for the briefings, or for one turn's answer) is announced to
 * {@code waitAtMost} with its limit; the agent calls {@link #timeout()} when that passes. Not
 * thread-safe: only the chair's own thread calls it.
 */
final class ChairConversation {

  private final Session session;
  private final Map<String, AID> delegations;
  private final Map<AID, String> parties = new HashMap<>();
  private final Map<String, Duration> turnLimits;
  /** Parties played by people: an illegal move of theirs is refused, not the end of the game. */
  private final Set<String> humans;
  private final Consumer<Event> observer;
  private final InstantSource clock;
  private final SessionClock time;
  private final String conversation;
  private final Consumer<ACLMessage> tell;
  private final Consumer<Duration> waitAtMost;
  /** Per party, how many of the session's actions it has been sent. */
  private final Map<String, Integer> heard = new HashMap<>();
  /** Parties briefed that have not answered yet; empty once the turns have begun. */
  private final Set<String> awaitingBriefing = new HashSet<>();
  private Instant started;
  /** The party whose turn it is; null until the first turn. */
  private String mover;
  private int turnCount;

  /**
   * A conversation that sends through {@code tell} and announces each wait to
   * {@code waitAtMost}; {@code observer} (may be null) hears each action the session takes.
   */
  ChairConversation(Session session, Map<String, AID> delegations,
      Map<String, Duration> turnLimits, Set<String> humans, Consumer<Event> observer,
      InstantSource clock, String conversation, Consumer<ACLMessage> tell,
      Consumer<Duration> waitAtMost) {
    this.session = session;
    this.delegations = new LinkedHashMap<>(delegations);
    this.turnLimits = Map.copyOf(turnLimits);
    this.humans = Set.copyOf(humans);
    this.observer = observer;
    this.clock = clock;
    this.time = new SessionClock(session, clock);
    this.conversation = conversation;
    this.tell = tell;
    this.waitAtMost = waitAtMost;
    delegations.forEach((party, aid) -> parties.put(aid, party));
  }

  /** Briefs every delegation; the first wait (for all the answers) takes the longest limit. */
  void open() {
    started = clock.instant();
    for (Map.Entry<String, AID> d : delegations.entrySet()) {
      tell.accept(Messages.message(ACLMessage.INFORM, d.getValue(), conversation,
          Messages.BRIEFING, WireCodec.briefing(session.briefing(d.getKey()))));
      heard.put(d.getKey(), 0);
      awaitingBriefing.add(d.getKey());
    }
    waitAtMost.accept(maxLimit());
  }

  private Duration maxLimit() {
    return turnLimits.values().stream().max(Duration::compareTo).orElseThrow();
  }

  /**
   * JADE could not deliver to a delegation (the AMS's FAILURE): the party being waited for is
   * blamed, as its container may have died.
   */
  void unreachable(String detail) {
    String who = mover != null ? mover : awaitingBriefing.stream().findFirst().orElse(null);
    session.fail(who, Reason.AGENT_ERROR, "the delegation of '" + who
        + "' is unreachable (its container may have died): " + detail);
  }

  /** A message from anyone: those not from this session's delegations are ignored. */
  void onMessage(ACLMessage msg) {
    String party = parties.get(msg.getSender());
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
        tell.accept(Messages.reply(msg, ACLMessage.DISCONFIRM, Messages.MOVE,
            WireCodec.violation(violation.get())));
        return;
      }
      tell.accept(Messages.reply(msg, ACLMessage.CONFIRM, Messages.MOVE, "{}"));
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
    tell.accept(cfp);
    waitAtMost.accept(turnLimits.get(mover));
  }

  /** The current wait ran past its limit: the party waited for is blamed. */
  void timeout() {
    if (!awaitingBriefing.isEmpty()) {
      String party = awaitingBriefing.iterator().next();
      session.fail(party, Reason.TIMEOUT, "no answer to the briefing within "
          + maxLimit().toMillis() + " ms");
    } else {
      session.fail(mover, Reason.TIMEOUT, "no answer within the turn limit of "
          + turnLimits.get(mover).toMillis() + " ms");
    }
  }

  /**
   * Once the session is over: tells every delegation the end (with the actions it has not seen)
   * and returns the transcript, timed from {@link #open()} to now.
   */
  Transcript end() {
    Instant end = clock.instant();
    Transcript transcript = session.transcript(JadeRuntime.RUNTIME, new Timing(started,
        Duration.between(started, end).toNanos() / 1000));
    for (Map.Entry<String, AID> d : delegations.entrySet()) {
      tell.accept(Messages.message(ACLMessage.INFORM, d.getValue(), conversation, Messages.END,
          WireCodec.end(session.scenario().domain(), session.actionsSince(heard.get(d.getKey())),
              session.state().outcome())));
    }
    return transcript;
  }
}
