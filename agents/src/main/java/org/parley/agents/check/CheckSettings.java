package org.parley.agents.check;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How hard {@link StrategyCheck} looks.
 *
 * @param scenarios random two-party scenarios to play, each against every preset on both sides
 * @param seed master seed: it fixes every scenario and session seed
 * @param rounds every scenario's deadline, or empty for a deadline of 10-60 rounds drawn per
 *     scenario
 * @param turnLimit longer over one turn is a {@link Problem#TOO_SLOW}
 * @param maxFailures the check stops after this many failing sessions
 */
public record CheckSettings(int scenarios, long seed, OptionalInt rounds, Duration turnLimit,
    int maxFailures) {

  public static final int DEFAULT_SCENARIOS = 50;
  public static final Duration DEFAULT_TURN_LIMIT = Duration.ofSeconds(1);
  public static final int DEFAULT_MAX_FAILURES = 25;

  public CheckSettings {
    if (scenarios < 1 || scenarios > 100_000) {
      throw new IllegalArgumentException("scenarios must be 1-100000, got " + scenarios);
    }
    Objects.requireNonNull(rounds, "rounds");
    if (rounds.isPresent() && (rounds.getAsInt() < 1 || rounds.getAsInt() > 10_000)) {
      throw new IllegalArgumentException("rounds must be 1-10000, got " + rounds.getAsInt());
    }
    Objects.requireNonNull(turnLimit, "turn limit");
    if (turnLimit.toMillis() < 10) {
      throw new IllegalArgumentException("the turn limit must be at least 10 ms, got "
          + turnLimit.toMillis() + " ms");
    }
    if (maxFailures < 1) {
      throw new IllegalArgumentException("max failures must be at least 1, got " + maxFailures);
    }
  }
}
