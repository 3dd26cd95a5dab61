package org.parley.engine.protocol;

/**
 * A deadline in rounds; a round is one turn for every party. Rounds are virtual time, so a session
 * does not depend on the machine's speed.
 */
public record Deadline(int rounds) {

  public static final int MAX_ROUNDS = 1_000_000;

  public Deadline {
    if (rounds < 1 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "deadline must be 1 to " + MAX_ROUNDS + " rounds, got " + rounds);
    }
  }

  /**
   * Normalised time of a 0-based round: t = round / (rounds − 1), so the first round is t = 0 and
   * the last t = 1. A one-round deadline is t = 1 (the deadline is now).
   */
  public double progress(int round) {
    if (round < 0 || round >= rounds) {
      throw new IllegalArgumentException("round " + round + " outside 0.." + (rounds - 1));
    }
    return rounds == 1 ? 1.0 : (double) round / (rounds - 1);
  }
}
