package org.parley.agents.tournament;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/** Runs a tournament's sessions on this machine, on a {@link SessionPool}. */
final class LocalSessions implements SessionRunner {

  private final Map<String, ScenarioAnalysis> analyses;
  private final SessionPool pool;

  LocalSessions(Map<String, ScenarioAnalysis> analyses, String runtime, int parallelism,
      Duration turnLimit, StrategyCatalog catalog) {
    this.analyses = analyses;
    this.pool = new SessionPool(runtime, parallelism, turnLimit, catalog, null);
  }

  @Override
  public void submit(PlannedSession s, Consumer<Transcript> done, Consumer<Throwable> failed) {
    ScenarioAnalysis analysis = analyses.get(s.scenario());
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < s.parties().size(); i++) {
      seats.add(new Seat(s.parties().get(i), s.strategies().get(i).spec()));
    }
    pool.submit(analysis, new SessionSpec(s.id(), seats, s.seed(),
        analysis.scenario().deadline()), done, failed);
  }

  @Override
  public void close() {
    pool.close();
  }
}
