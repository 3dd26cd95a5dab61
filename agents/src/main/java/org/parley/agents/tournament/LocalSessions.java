package org.parley.agents.tournament;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.tournament.PlannedSession;

/** Runs a tournament's sessions on this machine, on a {@link SessionPool}. */
final class LocalSessions implements SessionRunner {

  private final Map<String, ScenarioAnalysis> analyses;
  private final SessionPool pool;
  private final boolean transcripts;

  /** @param transcripts whether each result carries its transcript text */
  LocalSessions(Map<String, ScenarioAnalysis> analyses, String runtime, int parallelism,
      Duration turnLimit, StrategyCatalog catalog, boolean transcripts) {
    this.analyses = analyses;
    this.pool = new SessionPool(runtime, parallelism, turnLimit, catalog, null);
    this.transcripts = transcripts;
  }

  @Override
  public void submit(PlannedSession s, Consumer<SessionResult> done, Consumer<Throwable> failed) {
    ScenarioAnalysis analysis = analyses.get(s.scenario());
    pool.submit(analysis, s.sessionSpec(analysis.scenario().deadline()), t -> {
      SessionResult r;
      try {
        r = SessionResult.of(s, t, transcripts);
      } catch (RuntimeException e) {
        failed.accept(e);
        return;
      }
      done.accept(r);
    }, failed);
  }

  @Override
  public void close() {
    pool.close();
  }
}
