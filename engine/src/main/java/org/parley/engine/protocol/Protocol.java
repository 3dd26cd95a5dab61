package org.parley.engine.protocol;

import java.util.List;
import java.util.Optional;
import org.parley.engine.domain.Domain;

/**
 * Who may act, what is legal, when it ends: a pure state machine. Rules are checked here once;
 * runtimes never fix up an illegal action, they end the session with the violation.
 */
public interface Protocol {

  /** The name used in scenario files and transcripts. */
  String name();

  ProtocolState start(List<String> parties, Deadline deadline);

  /** Why {@code action} is illegal in {@code state}, or empty when it is legal. */
  Optional<Violation> check(Domain domain, ProtocolState state, Action action);

  /** The state after a legal action; throws {@link IllegalActionException} on an illegal one. */
  ProtocolState apply(Domain domain, ProtocolState state, Action action);

  /**
   * The state once the clock of a deadline in seconds reads {@code timeProgress} = elapsed /
   * duration, as the runtime measures it when it gives a turn (a replay passes the recorded t).
   * Time never goes back: an earlier reading is ignored. At 1 or more the session ends at the
   * deadline in the current round.
   */
  ProtocolState clock(ProtocolState state, double timeProgress);

  /**
   * The party to move answered after the time of a deadline in seconds was up: its answer is
   * refused and the session ends at the deadline, naming that party.
   */
  ProtocolState late(ProtocolState state);

  /** Ends a running session without agreement (violation, timeout, agent error). */
  ProtocolState breakOff(ProtocolState state, SessionOutcome.NoAgreement outcome);
}
