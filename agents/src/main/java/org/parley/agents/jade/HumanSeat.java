package org.parley.agents.jade;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.parley.engine.protocol.IllegalActionException;
import org.parley.engine.protocol.Violation;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * The outside end of a person's seat: the web UI (or a test's scripted driver) waits for its turn,
 * sees exactly its own {@link NegotiationView}, and sends a {@link Decision}. The decision goes to
 * the delegation agent by an asynchronous O2A put (never a synchronous one, which can block the
 * agent: jade-notes "O2A"); the returned future completes once the agent has answered the chair.
 */
public final class HumanSeat {

  /** A decision on its way to the agent. */
  record Move(String conversation, Decision decision, CompletableFuture<Void> result) {
  }

  private record Pending(String conversation, NegotiationView view) {
  }

  /** A bot is to play this seat from now on (the person left). */
  record HandOver(NegotiatorSpec spec) {
  }

  private final BlockingQueue<Pending> turns = new LinkedBlockingQueue<>();
  private final CompletableFuture<SessionOutcome> outcome = new CompletableFuture<>();
  /** The session's record once it has ended (null when it failed). */
  private final CompletableFuture<org.parley.engine.transcript.Transcript> record =
      new CompletableFuture<>();
  private volatile DelegationAgent agent;
  private volatile Pending current;
  private volatile Runnable onTurn = () -> { };
  private volatile NegotiatorSpec handOver;
  private final CompletableFuture<Integer> tookOver = new CompletableFuture<>();
  private final java.time.Duration turnLimit;

  /** A seat whose person has {@link JadeRuntime#DEFAULT_HUMAN_TURN_LIMIT} for each turn. */
  public HumanSeat() {
    this(JadeRuntime.DEFAULT_HUMAN_TURN_LIMIT);
  }

  /** A seat whose person has {@code turnLimit} for each turn; silent longer, the game ends. */
  public HumanSeat(java.time.Duration turnLimit) {
    if (turnLimit.isNegative() || turnLimit.isZero()) {
      throw new IllegalArgumentException("turn limit must be positive, got " + turnLimit);
    }
    this.turnLimit = turnLimit;
  }

  public java.time.Duration turnLimit() {
    return turnLimit;
  }

  void attach(DelegationAgent delegation) {
    this.agent = delegation;
  }

  void offer(String conversation, NegotiationView view) {
    turns.add(new Pending(conversation, view));
    onTurn.run();
  }

  /** Runs {@code listener} (in the agent's thread; keep it short) each time a turn arrives. */
  public void onTurn(Runnable listener) {
    this.onTurn = Objects.requireNonNull(listener, "listener");
  }

  /** The session ended with {@code transcript}, or failed with {@code failure}. */
  void finish(org.parley.engine.transcript.Transcript transcript, Throwable failure) {
    record.complete(failure != null ? null : transcript);
    if (failure != null) {
      outcome.completeExceptionally(failure);
    } else {
      outcome.complete(transcript.outcome());
    }
  }

  /** The next turn's view, or empty when none came within {@code timeout} or the game ended. */
  public Optional<NegotiationView> awaitTurn(Duration timeout) throws InterruptedException {
    if (handOver != null) {
      return Optional.empty();
    }
    Pending open = current;
    if (open != null && !outcome.isDone()) {
      return Optional.of(open.view()); // a turn still unanswered, or reopened after a refusal
    }
    long end = System.nanoTime() + timeout.toNanos();
    while (!outcome.isDone()) {
      Pending p = turns.poll(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)),
          TimeUnit.MILLISECONDS);
      if (p != null) {
        current = p;
        return Optional.of(p.view());
      }
      if (System.nanoTime() >= end) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Hands the seat to a bot playing {@code spec}: at once if it is the person's turn, else at the
   * seat's next turn. The bot is first shown every view the person was given, then answers; the
   * person can no longer move. The future tells the turn at which the bot first answered.
   */
  public CompletableFuture<Integer> handOver(NegotiatorSpec spec) {
    handOver = Objects.requireNonNull(spec, "spec");
    current = null;
    turns.clear();
    try {
      agent.putO2AObject(new HandOver(spec), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return tookOver;
  }

  /** The bot asked for, if the seat is handed over. */
  NegotiatorSpec handOverRequested() {
    return handOver;
  }

  /** Called by the agent: the bot answered its first turn, turn {@code index} of the session. */
  void tookOver(int index) {
    tookOver.complete(index);
  }

  /** Whether a bot plays this seat now (or will at its next turn). */
  public boolean handedOver() {
    return handOver != null;
  }

  /** The conversation of the open turn, or null: what a forger would have to guess. */
  String openConversation() {
    Pending p = current;
    return p == null ? null : p.conversation();
  }

  /** The chair refused the move just sent: the same turn is the person's again. */
  void reopen(String conversation, NegotiationView view) {
    current = new Pending(conversation, view);
  }

  /**
   * Sends the person's decision for the current turn. The future completes once the chair has
   * taken the move, or fails with an {@link org.parley.engine.protocol.IllegalActionException}
   * carrying the protocol's violation when it refused it: the turn is then the person's again.
   */
  public CompletableFuture<Void> decide(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    Pending p = current;
    if (handOver != null) {
      return CompletableFuture.failedFuture(new IllegalStateException("a bot plays this seat "
          + "now"));
    }
    if (p == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("it is not your turn"));
    }
    current = null;
    Move move = new Move(p.conversation(), decision, new CompletableFuture<>());
    // The game may end before the verdict arrives: the record then says whether the move was the
    // action that came after this turn's history (it ended the game) or never played (a timeout).
    int index = p.view().history().size();
    record.whenComplete((t, e) -> {
      if (t != null && t.events().size() > index
          && t.events().get(index).action().equals(decision.action())) {
        move.result().complete(null);
      } else {
        move.result().completeExceptionally(new IllegalActionException(new Violation(
            Violation.Kind.SESSION_OVER, null, "the game ended before your move was taken")));
      }
    });
    try {
      agent.putO2AObject(move, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
    return move.result();
  }

  /** Completes when the session has ended, with how it ended. */
  public CompletableFuture<SessionOutcome> outcome() {
    return outcome;
  }
}
