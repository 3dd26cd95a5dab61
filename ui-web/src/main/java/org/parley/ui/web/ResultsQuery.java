package org.parley.ui.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.engine.tournament.ResultRow;

/**
 * Which seats a figure of the results page is made of, from the request's query: each given field
 * must match, an absent one matches all. {@code strategy}, {@code opponent} (the leaderboard's
 * opponents text, such as {@code conceder}) and {@code scenario} pick a strategy's seats as the
 * leaderboard and the matrix group them; {@code failed} picks failed or finished sessions.
 * {@code failedBy} and {@code reason} pick the failed sessions of one line of the failure summary,
 * one seat each: the seat of the party that caused the failure ({@code –}: no party did).
 * {@code candidate} picks a sweep's sessions of one candidate (both seats; with {@code strategy}
 * the same name, the candidate's own); in a tournament it matches nothing.
 */
record ResultsQuery(String strategy, String opponent, String scenario, Boolean failed,
    String failedBy, String reason, String candidate) {

  static final Set<String> PARAMS = Set.of("strategy", "opponent", "scenario", "failed",
      "failedBy", "reason", "candidate");
  /** The longest value accepted: names in results files are far shorter. */
  static final int MAX_VALUE = 200;
  /** A culprit that is no party: the failure summary's {@code –}. */
  static final String NO_PARTY = "–";

  /** The query of a request; an unknown, repeated, overlong or mistyped parameter is a 400. */
  static ResultsQuery of(Map<String, List<String>> params) {
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      if (!PARAMS.contains(e.getKey())) {
        throw ApiError.badRequest("unknown parameter '" + TranscriptStore.abbreviate(e.getKey())
            + "'; use " + String.join(", ", PARAMS.stream().sorted().toList()));
      }
      if (e.getValue().size() != 1) {
        throw ApiError.badRequest("parameter '" + e.getKey() + "' given "
            + e.getValue().size() + " times; give it once");
      }
      if (e.getValue().get(0).length() > MAX_VALUE) {
        throw ApiError.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_VALUE
            + " characters");
      }
    }
    String failed = value(params, "failed");
    if (failed != null && !failed.equals("true") && !failed.equals("false")) {
      throw ApiError.badRequest("parameter 'failed' must be true or false, got '"
          + TranscriptStore.abbreviate(failed) + "'");
    }
    return new ResultsQuery(value(params, "strategy"), value(params, "opponent"),
        value(params, "scenario"), failed == null ? null : Boolean.valueOf(failed),
        value(params, "failedBy"), value(params, "reason"), value(params, "candidate"));
  }

  private static String value(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    return v == null ? null : v.get(0);
  }

  /**
   * Whether {@code row}, one seat of {@code session} (all its rows), is asked for;
   * {@code candidateOf}: the session's candidate in a sweep.
   */
  boolean test(ResultRow row, List<ResultRow> session, Optional<String> candidateOf) {
    if (candidate != null && !candidateOf.map(candidate::equals).orElse(false)) {
      return false;
    }
    if (failedBy != null && !(row.failed() && row == culpritSeat(session)
        && strategyOf(row, session).equals(failedBy))) {
      return false;
    }
    return matches(strategy, row.strategy()) && matches(opponent, row.opponents())
        && matches(scenario, row.scenario()) && matches(reason, row.outcome())
        && (failed == null || failed == row.failed());
  }

  private static boolean matches(String wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  /** The seat of the party that ended the session, or its first seat when no party did. */
  private static ResultRow culpritSeat(List<ResultRow> session) {
    String party = session.get(0).causedBy();
    return session.stream().filter(r -> r.party().equals(party)).findFirst()
        .orElse(session.get(0));
  }

  /** The culprit's strategy as the failure summary names it ({@code Failures}). */
  private static String strategyOf(ResultRow culprit, List<ResultRow> session) {
    return culprit.party().equals(session.get(0).causedBy()) ? culprit.strategy() : NO_PARTY;
  }
}
