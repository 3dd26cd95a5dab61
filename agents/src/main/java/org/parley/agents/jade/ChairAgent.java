package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.Session;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;

/**
 * The JADE agent that chairs one session; what it says and decides is its
 * {@link ChairConversation}'s. This class runs that conversation on JADE: nothing is sent before
 * the runtime posts START (all the session's agents exist); every message received is handed to
 * the conversation; a wait past its limit ends the session, noticed when the
 * {@link TurnWatchdog} wakes this agent (a party that does not answer at all is ended by its turn
 * limit, as on any deadline); other threads end the session by {@link #cancel}. Once the session
 * is over, this session's agents are queued for removal before the result completes with the
 * transcript; a bug in Parley completes it exceptionally instead, so no caller waits forever.
 */
final class ChairAgent extends Agent {

  private static final long serialVersionUID = 1L;

  private final transient Session session;
  private final transient ChairConversation conversation;
  private final transient CompletableFuture<Transcript> result;
  private final transient TurnWatchdog watchdog;
  private final transient Consumer<List<String>> retire;
  private final transient List<String> ownAgents;
  /** Every message sent and received, for the pages that show JADE at work; or null. */
  private final transient MessageLog messages;
  /** Whether the runtime's START has come and the briefings are sent. */
  private transient boolean opened;
  /** When the current wait ends (System.nanoTime); read by the watchdog thread. */
  private volatile long deadlineNanos;
  private volatile long wokenFor;

  ChairAgent(Session session, Map<String, AID> delegations, Map<String, Duration> turnLimits,
      Set<String> humans, Consumer<Event> observer, CompletableFuture<Transcript> result,
      InstantSource clock, String conversation, TurnWatchdog watchdog,
      Consumer<List<String>> retire, List<String> ownAgents, MessageLog messages) {
    this.messages = messages;
    // jade-notes O2A: enable in the constructor; the watchdog's wake-ups come this way.
    setEnabledO2ACommunication(true, 0);
    this.watchdog = watchdog;
    this.retire = retire;
    this.ownAgents = List.copyOf(ownAgents);
    this.session = session;
    this.result = result;
    this.conversation = new ChairConversation(session, delegations, turnLimits, humans,
        observer, clock, conversation, this::tell, this::waitAtMost);
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

  /** A new wait begins: it is overdue {@code limit} from now. */
  private void waitAtMost(Duration limit) {
    deadlineNanos = System.nanoTime() + limit.toNanos();
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
        if (!opened) {
          // Nothing is sent before the runtime has finished creating this session's agents.
          if (getO2AObject() != JadeRuntime.START) {
            block();
            return;
          }
          opened = true;
          conversation.open();
          watchdog.watch(ChairAgent.this);
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
          if (msg.getSender().equals(getAMS()) && msg.getPerformative() == ACLMessage.FAILURE) {
            conversation.unreachable(Messages.content(msg));
          } else {
            conversation.onMessage(msg);
          }
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
            conversation.timeout();
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
    List<String> names = new ArrayList<>(ownAgents);
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

  private void finish() {
    Transcript transcript = conversation.end();
    watchdog.forget(this);
    // queue this session's removal before anyone hears the result and closes the runtime
    retireAll();
    result.complete(transcript);
  }
}
