package org.parley.engine.tournament;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.Transcript;

/**
 * One finished tournament session as a results line: a function of the session alone (no timing),
 * so results files from any parallelism, order, runtime or resume history are equal once sorted.
 */
public record ResultRow(String id, String scenario, int repetition, long seed,
    Map<String, String> strategies, String outcome, int round, boolean agreement,
    Map<String, Double> utilities, double socialWelfare, Double paretoDistance,
    Double nashDistance, String failedParty, String detail) {

  public static ResultRow of(PlannedSession s, Transcript t) {
    Map<String, String> strategies = new LinkedHashMap<>();
    for (int i = 0; i < s.parties().size(); i++) {
      strategies.put(s.parties().get(i), s.strategies().get(i).name());
    }
    String outcome = "agreement";
    String failed = null;
    String detail = null;
    if (t.outcome() instanceof SessionOutcome.NoAgreement n) {
      outcome = n.reason().key();
      failed = n.party();
      detail = n.detail().isEmpty() ? null : n.detail();
    }
    return new ResultRow(s.id(), s.scenario(), s.repetition(), s.seed(), strategies, outcome,
        t.outcome().round(), t.metrics().agreement(), t.metrics().utilities(),
        t.metrics().socialWelfare(), t.metrics().paretoDistance(), t.metrics().nashDistance(),
        failed, detail);
  }
}
