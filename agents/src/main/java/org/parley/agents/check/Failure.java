package org.parley.agents.check;

import java.util.Objects;
import org.parley.engine.scenario.Scenario;

/**
 * One session in which the checked strategy showed a {@link Problem}: enough to play it again
 * ({@code parley run} on the scenario, with these seats and seed).
 *
 * @param party the side the checked strategy played (p0 moves first)
 * @param opponent the preset on the other side
 * @param detail what happened, in one line or a stack trace
 */
public record Failure(Problem problem, Scenario scenario, String party, String opponent, long seed,
    String detail) {

  public Failure {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(opponent, "opponent");
    detail = detail == null ? "" : detail;
  }

  /** The other party's id. */
  public String opponentParty() {
    return scenario.partyIds().stream().filter(p -> !p.equals(party)).findFirst().orElseThrow();
  }
}
