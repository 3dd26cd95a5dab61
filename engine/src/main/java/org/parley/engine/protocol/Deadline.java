package org.parley.engine.protocol;

import java.time.Duration;

/**
 * When a session ends without agreement: after {@code rounds} rounds (a round is one turn for every
 * party), after {@code seconds} of wall time from the first turn, or whichever comes first when both
 * are given (GeniusWeb's DeadlineRounds and DeadlineTime). Rounds are virtual time, so a session on
 * rounds alone does not depend on the machine's speed; time is measured by the runtime and each
 * turn's progress is recorded, so a transcript still replays exactly.
 *
 * @param rounds 1 to {@link #MAX_ROUNDS}, or 0 for no limit in rounds (a session still stops after
 *     {@link #SAFETY_ROUNDS} rounds, so that fast bots cannot fill the memory with a transcript of
 *     a million rounds before the clock runs out)
 * @param seconds 1 to {@link #MAX_SECONDS}, or 0 for no limit in time
 */
public record Deadline(int rounds, int seconds) {

  public static final int MAX_ROUNDS = 1_000_000;
  /** Where a deadline in seconds alone also stops (2 s of fast bots made 129,603 rounds). */
  public static final int SAFETY_ROUNDS = 10_000;
  /** One day. */
  public static final int MAX_SECONDS = 86_400;

  public Deadline {
    if (rounds < 0 || rounds > MAX_ROUNDS) {
      throw new IllegalArgumentException(
          "deadline must be 1 to " + MAX_ROUNDS + " rounds, got " + rounds);
    }
    if (seconds < 0 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(
          "deadline must be 1 to " + MAX_SECONDS + " seconds (one day), got " + seconds);
    }
    if (rounds == 0 && seconds == 0) {
      throw new IllegalArgumentException("deadline must be 1 to " + MAX_ROUNDS + " rounds, 1 to "
          + MAX_SECONDS + " seconds, or both; got neither");
    }
  }

  /** A deadline in rounds only. */
  public Deadline(int rounds) {
    this(rounds, 0);
  }

  /**
   * A deadline from optional parts, as files and command lines give them: null for a part not
   * given. A part given as 0 or less is refused, naming it.
   */
  public static Deadline of(Integer rounds, Integer seconds) {
    if (rounds != null && rounds < 1) {
      throw new IllegalArgumentException(
          "deadline must be 1 to " + MAX_ROUNDS + " rounds, got " + rounds);
    }
    if (seconds != null && seconds < 1) {
      throw new IllegalArgumentException(
          "deadline must be 1 to " + MAX_SECONDS + " seconds (one day), got " + seconds);
    }
    return new Deadline(rounds == null ? 0 : rounds, seconds == null ? 0 : seconds);
  }

  public boolean hasRounds() {
    return rounds > 0;
  }

  /** True when wall time counts: the runtime must measure it and tell the session each turn. */
  public boolean hasSeconds() {
    return seconds > 0;
  }

  /** Rounds after which the session ends: {@code rounds}, or {@link #SAFETY_ROUNDS} without. */
  public int roundLimit() {
    return hasRounds() ? rounds : SAFETY_ROUNDS;
  }

  /**
   * Normalised time of a 0-based round: t = round / (rounds − 1), so the first round is t = 0 and
   * the last t = 1. A one-round deadline is t = 1 (the deadline is now). Without a limit in rounds,
   * rounds do not advance time: t = 0.
   */
  public double progress(int round) {
    if (round < 0 || round >= roundLimit()) {
      throw new IllegalArgumentException("round " + round + " outside 0.." + (roundLimit() - 1));
    }
    if (!hasRounds()) {
      return 0.0;
    }
    return rounds == 1 ? 1.0 : (double) round / (rounds - 1);
  }

  /**
   * Normalised time of a turn in {@code round} when the clock reads {@code timeProgress}: the later
   * of the two, t = max(round t, time t), as GeniusWeb does for a combined deadline.
   */
  public double progress(int round, double timeProgress) {
    return Math.max(progress(round), timeProgress);
  }

  /** Time progress after {@code elapsed} of a deadline in seconds: elapsed / seconds, unclamped. */
  public double timeProgress(Duration elapsed) {
    if (!hasSeconds()) {
      throw new IllegalStateException("a deadline of " + this.describe() + " has no time limit");
    }
    return elapsed.toNanos() / (seconds * 1e9);
  }

  /** For people: {@code 100 rounds}, {@code 60 s}, {@code 100 rounds or 60 s}. */
  public String describe() {
    String r = rounds + (rounds == 1 ? " round" : " rounds");
    String s = seconds + " s";
    return !hasSeconds() ? r : !hasRounds() ? s : r + " or " + s;
  }
}
