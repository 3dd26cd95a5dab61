package org.parley.engine.utility;

/**
 * Parley's one rule for equal utilities: every utility that is recorded or compared (the outcome
 * space, the Pareto frontier and the solutions, distances, transcripts' utilities and so move
 * classes) is first rounded to {@link #PLACES} decimal places. Scenario numbers are short decimals,
 * so two utilities equal on paper (0.5 × 0.2 + 0.5 × 0.4 and 0.5 × 0.6 + 0.5 × 0) become the same
 * double instead of differing by 1e-16, and utilities that differ on paper stay apart.
 */
public final class Decimals {

  public static final int PLACES = 12;
  private static final double SCALE = 1e12;

  private Decimals() {
  }

  /** {@code u} rounded to {@link #PLACES} decimal places (to the nearest; ties to even). */
  public static double utility(double u) {
    return Math.rint(u * SCALE) / SCALE; // rint is one instruction; Math.round is several
  }
}
