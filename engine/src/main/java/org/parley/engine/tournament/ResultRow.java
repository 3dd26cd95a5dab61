package org.parley.engine.tournament;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.Metrics;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Decimals;

/**
 * One party's line of one finished session: the tidy unit of tournament and sweep results (one
 * row per party per session, every cell one value). A function of the session alone (no timing),
 * so results from any parallelism, order, runtime or resume history are equal once sorted.
 *
 * <p>Conventions, the same in every results file: {@code rounds} is the round the session ended
 * in, counted from 1 as people read it (also the number of rounds held; a transcript's own
 * {@code round} fields count from 0). Without agreement {@code utility} and
 * {@code discountedUtility} hold the party's reservation value as the protocol records it, and
 * {@code socialWelfare} is always the sum of the session's {@code utility} column (to the 12
 * places of {@link Decimals}), so a failed
 * session shows the welfare of no deal, not 0. A session {@code failed} when the runtime broke it
 * off (a {@linkplain SessionOutcome.Reason#isBreakOff() break-off}: agent error, timeout,
 * violation, cancelled): it is a result of the software, not of the negotiation.
 *
 * @param session the session id, the same on each of its parties' rows
 * @param opponents the other parties' strategies in party order, joined by {@code " + "} (one
 *     name in a two-party session)
 * @param outcome {@code agreement} or the no-agreement reason ({@code deadline}, ...)
 * @param causedBy the party that ended the session without agreement (walked away, failed), or
 *     null
 * @param error what went wrong in a failed session (for an agent error, the stack trace), or null
 * @param nashDistance distance of the agreement to the Nash point; null without agreement
 * @param paretoDistance distance of the agreement to the Pareto frontier; null without agreement
 */
public record ResultRow(String session, String scenario, int repetition, long seed, String party,
    String strategy, String opponents, double utility, double discountedUtility,
    double reservationValue, boolean agreement, String outcome, boolean failed, String causedBy,
    String error, int rounds, double socialWelfare, Double nashDistance, Double paretoDistance) {

  public ResultRow {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(opponents, "opponents");
    Objects.requireNonNull(outcome, "outcome");
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds counts from 1, found " + rounds);
    }
    if (agreement != outcome.equals("agreement")) {
      throw new IllegalArgumentException("agreement " + agreement + " but outcome '" + outcome
          + "'");
    }
  }

  /** The rows of a planned tournament session, one per party in party order. */
  public static List<ResultRow> of(PlannedSession s, Transcript t) {
    return of(s.id(), s.scenario(), s.repetition(), s.seed(),
        s.strategies().stream().map(TournamentSpec.Entry::name).toList(), t);
  }

  /**
   * The rows of any finished session, one per party in party order.
   *
   * @param strategies each party's strategy name, in party order
   */
  public static List<ResultRow> of(String session, String scenario, int repetition, long seed,
      List<String> strategies, Transcript t) {
    List<String> parties = t.scenario().partyIds();
    if (strategies.size() != parties.size()) {
      throw new IllegalArgumentException(strategies.size() + " strategies for the "
          + parties.size() + " parties " + parties);
    }
    Metrics m = t.metrics();
    String outcome = "agreement";
    boolean failed = false;
    String causedBy = null;
    String error = null;
    if (t.outcome() instanceof SessionOutcome.NoAgreement n) {
      outcome = n.reason().key();
      failed = n.reason().isBreakOff();
      causedBy = n.party();
      error = failed && !n.detail().isEmpty() ? n.detail() : null;
    }
    double welfare = Decimals.utility(parties.stream().mapToDouble(p -> m.utilities().get(p))
        .sum()); // 1.421, not 1.4209999999999998: recorded utilities have 12 places
    List<ResultRow> rows = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      String p = parties.get(i);
      List<String> others = new ArrayList<>(strategies);
      others.remove(i);
      rows.add(new ResultRow(session, scenario, repetition, seed, p, strategies.get(i),
          String.join(" + ", others), m.utilities().get(p), m.discountedUtilities().get(p),
          t.scenario().requireParty(p).profile().reservation(), m.agreement(), outcome, failed,
          causedBy, error, t.outcome().round() + 1, welfare, m.nashDistance(),
          m.paretoDistance()));
    }
    return rows;
  }
}
