package org.parley.agents.strategy;

/** A named, documented parameter of a strategy part or plug-in, with its default and range. */
public record Parameter(String name, double defaultValue, double min, double max,
    String description) {
}
