package org.parley.agents.tournament;

import java.util.function.Consumer;
import org.parley.engine.tournament.PlannedSession;

/**
 * Where a tournament's sessions run: on this machine ({@link LocalSessions}) or on workers that
 * joined a JADE main container ({@code cluster.Master}).
 */
public interface SessionRunner extends AutoCloseable {

  /** Runs a session; exactly one of the two is called, once, from any thread. */
  void submit(PlannedSession s, Consumer<SessionResult> done, Consumer<Throwable> failed);

  @Override
  void close();
}
