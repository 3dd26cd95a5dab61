package org.parley.agents.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.engine.tournament.ResultRow;

/**
 * The sessions that failed (the runtime broke them off: agent error, timeout, violation), counted
 * by the strategy that caused them and the reason, each with its first error message: what ends
 * every tournament and sweep, so that a strategy that crashes is seen, not averaged.
 *
 * @param sessions every session the rows hold
 * @param failed the sessions among them that failed
 * @param counts one per (strategy, reason), most sessions first
 */
public record Failures(int sessions, int failed, List<Count> counts) {

  /**
   * @param strategy the strategy of the party that caused the failure, or {@code –} when no party
   *     did
   * @param firstError the first line of the error of the first such session (by session id)
   */
  public record Count(String strategy, String reason, int sessions, String firstError) {
  }

  static Failures of(List<ResultRow> rows) {
    Map<String, List<ResultRow>> bySession = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(ResultRow::session))
        .forEach(r -> bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r));
    Map<List<String>, Count> counts = new LinkedHashMap<>();
    int failed = 0;
    for (List<ResultRow> session : bySession.values()) {
      ResultRow first = session.get(0);
      if (!first.failed()) {
        continue;
      }
      failed++;
      String culprit = session.stream().filter(r -> r.party().equals(first.causedBy()))
          .map(ResultRow::strategy).findFirst().orElse("–");
      counts.merge(List.of(culprit, first.outcome()), new Count(culprit, first.outcome(), 1,
          firstLine(first.error())), (a, b) -> new Count(a.strategy(), a.reason(),
              a.sessions() + 1, a.firstError()));
    }
    List<Count> sorted = new ArrayList<>(counts.values());
    sorted.sort(Comparator.comparingInt((Count c) -> -c.sessions()).thenComparing(Count::strategy)
        .thenComparing(Count::reason));
    return new Failures(bySession.size(), failed, sorted);
  }

  private static String firstLine(String error) {
    if (error == null || error.isBlank()) {
      return "";
    }
    String line = error.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }

  /** The {@code ## Failures} section of {@code leaderboard.md} and of a sweep's table. */
  String markdown() {
    StringBuilder b = new StringBuilder("## Failures\n\n");
    if (failed == 0) {
      return b.append(String.format(Locale.ROOT, "None: the negotiation itself ended all %d "
          + "sessions.%n", sessions)).toString();
    }
    b.append(String.format(Locale.ROOT, "%d of %d sessions failed: the runtime, not the "
        + "negotiation, ended them. They are marked `failed` in the results, with the reason in "
        + "`outcome` and the text in `error`, and are left out of every mean and interval; each "
        + "strategy's seats in them are its `failed` seats.%n%n", failed, sessions));
    b.append("| strategy | reason | sessions | first error |\n|---|---|---|---|\n");
    for (Count c : counts) {
      b.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n", cell(c.strategy()),
          c.reason(), c.sessions(), cell(c.firstError())));
    }
    return b.toString();
  }

  /** Text safe inside a Markdown table cell. */
  static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|");
  }
}
