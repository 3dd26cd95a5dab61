package org.parley.engine.domain;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One value an {@link Issue} can take. {@code id} is what bids and scenario files use; {@code label}
 * is what people read. Numeric issues carry the level's {@code number} (e.g. a tariff of 30 percent),
 * which linear and peak evaluators use.
 */
public record Level(String id, String label, Double number) {

  public Level {
    Objects.requireNonNull(id, "level id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("level id is blank");
    }
    label = label == null || label.isBlank() ? id : label;
    if (number != null && !Double.isFinite(number)) {
      throw new IllegalArgumentException("level '" + id + "' has a non-finite number " + number);
    }
  }

  public static Level of(String id) {
    return new Level(id, id, null);
  }

  public OptionalDouble numeric() {
    return number == null ? OptionalDouble.empty() : OptionalDouble.of(number);
  }
}
