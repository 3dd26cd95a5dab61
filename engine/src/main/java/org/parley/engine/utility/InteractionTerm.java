package org.parley.engine.utility;

import java.util.Objects;

/**
 * A bonus (positive) or penalty (negative) added to the utility when issue {@code issueA} is at
 * {@code levelA} and issue {@code issueB} at {@code levelB} in the same bid: two measures that
 * complement or undercut each other.
 */
public record InteractionTerm(String issueA, String levelA, String issueB, String levelB,
    double delta) {

  public InteractionTerm {
    Objects.requireNonNull(issueA, "issueA");
    Objects.requireNonNull(levelA, "levelA");
    Objects.requireNonNull(issueB, "issueB");
    Objects.requireNonNull(levelB, "levelB");
    if (issueA.equals(issueB)) {
      throw new IllegalArgumentException(
          "an interaction names issue '" + issueA + "' twice; it needs two different issues");
    }
    if (!(delta >= -1.0 && delta <= 1.0)) {
      throw new IllegalArgumentException("interaction delta " + delta + " must be in [-1,1]");
    }
  }
}
