package org.parley.engine.session;

import java.util.function.Supplier;
import org.parley.engine.transcript.Transcript;

/**
 * Lets the code that owns threads watch the turns of a {@link DirectRunner} session, for example to
 * cut a turn that does not return (a watchdog lives outside the engine). The runner calls
 * {@link #attach} once, then {@link #enter} before and {@link #leave} after each turn (creating a
 * negotiator counts as a turn).
 */
public interface TurnHook {

  /**
   * Called once before the first turn.
   *
   * @param finish ends the record of the session: its transcript as it stands now
   */
  void attach(Session session, Supplier<Transcript> finish);

  /** Called by the runner just before {@code party}'s turn. */
  void enter(String party);

  /**
   * Called by the runner just after a turn. False when the hook has taken the session over: the
   * runner must then not touch the session again and returns no transcript.
   */
  boolean leave();
}
