package org.parley.agents.tournament.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.RunStoppedException;
import org.parley.agents.tournament.SessionRunner;
import org.parley.agents.tournament.Tournament;

/**
 * Spreads a tournament's sessions over workers ({@code parley worker}) that join a JADE main
 * container at {@code host:port} and give {@code secret}; the run starts once {@code workers}
 * have joined. If every worker is lost with sessions left, the run waits up to {@code joinWait}
 * again for one to join, and then stops with a {@link RunStoppedException} naming {@code resume}.
 *
 * @param port 0 for a free port
 * @param secret what a worker must give to join (JADE has no authentication of its own)
 * @param joinWait how long to wait for the workers at the start, and for one when all are gone
 * @param resume the command that finishes the run on this machine (said when all workers are
 *     gone), or null
 * @param onListening told the main container's port once it is up (useful with port 0), or null
 */
public record Distribution(String host, int port, String secret, int workers, Duration joinWait,
    String resume, IntConsumer onListening) implements Tournament.Remote {

  /** A distribution that names no resume command ({@code --resume} is described instead). */
  public Distribution(String host, int port, String secret, int workers, Duration joinWait,
      IntConsumer onListening) {
    this(host, port, secret, workers, joinWait, null, onListening);
  }

  @Override
  public String where() {
    return "on " + workers + "+ workers";
  }

  @Override
  public SessionRunner start(Tournament t, boolean transcripts, RunListener listener) {
    Master m = new Master(host, port, secret, t.scenarioTexts(), t.spec().runtime(),
        t.spec().turnLimitMs(), transcripts, joinWait, resume, listener);
    try {
      listener.say(String.format(Locale.ROOT, "master listening on %s:%d; waiting for %d "
          + "worker(s): parley worker --main %s:%d --secret %s", host, m.port(), workers, host,
          m.port(), secret));
      if (onListening != null) {
        onListening.accept(m.port());
      }
      if (!m.awaitWorkers(workers, joinWait)) {
        throw new RunStoppedException("fewer than " + workers + " worker(s) joined within "
            + Vacancy.human(joinWait) + "; no session has run");
      }
      return m;
    } catch (InterruptedException e) {
      m.close();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for workers", e);
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }
}
