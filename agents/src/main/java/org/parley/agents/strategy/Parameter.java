package org.parley.agents.strategy;

/**
 * A named, documented parameter of a strategy part or plug-in, with its default and range.
 *
 * @param whole only whole numbers are allowed (a mode, a count, a 0/1 choice)
 */
public record Parameter(String name, double defaultValue, double min, double max,
    String description, boolean whole) {

  /** A parameter that takes any number in its range. */
  public Parameter(String name, double defaultValue, double min, double max, String description) {
    this(name, defaultValue, min, max, description, false);
  }
}
