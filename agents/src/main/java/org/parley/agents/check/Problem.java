package org.parley.agents.check;

import java.util.Locale;

/** A way a strategy can break the library's invariants, as {@link StrategyCheck} finds it. */
public enum Problem {
  ACCEPTS_BELOW_RESERVATION("accepted an offer worth less than its reservation value"),
  NOT_DETERMINISTIC("played the same session (scenario, opponent, side, seed) differently twice"),
  THROWS("threw an exception"),
  TOO_SLOW("took longer than the turn limit over one turn"),
  INVALID_ACTION("made an action the protocol refused (an invalid bid, an accept of another "
      + "bid than the one on the table, acting for another party)");

  private final String description;

  Problem(String description) {
    this.description = description;
  }

  /** One line saying what the strategy did. */
  public String description() {
    return description;
  }

  /** The name shown on screen: {@code accepts-below-reservation}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
