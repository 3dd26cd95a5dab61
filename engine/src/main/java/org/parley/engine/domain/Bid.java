package org.parley.engine.domain;

import java.util.Arrays;

/**
 * A complete assignment of one level to every issue of a {@link Domain}, held as level indices in
 * the domain's issue order. Immutable: the indices are copied in and never exposed.
 *
 * <p>Not a record: a record with an array component compares by array identity, and a bid must
 * compare by content.
 */
public final class Bid {

  private final int[] levels;
  private final int hash;

  private Bid(int[] levels) {
    this.levels = levels;
    this.hash = Arrays.hashCode(levels);
  }

  /** A bid from level indices; {@link Domain#check(Bid)} tells whether it fits a domain. */
  public static Bid of(int... levels) {
    for (int level : levels) {
      if (level < 0) {
        throw new IllegalArgumentException("level index " + level + " is negative");
      }
    }
    return new Bid(levels.clone());
  }

  /** A bid over {@code levels}, already checked and owned by the caller, who must not change it. */
  static Bid wrap(int[] levels) {
    return new Bid(levels);
  }

  /** Level index chosen for the issue at position {@code issue}. */
  public int level(int issue) {
    return levels[issue];
  }

  public int issueCount() {
    return levels.length;
  }

  public int[] toArray() {
    return levels.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bid bid && hash == bid.hash && Arrays.equals(levels, bid.levels);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Bid" + Arrays.toString(levels);
  }
}
