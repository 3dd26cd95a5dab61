package org.parley.engine.transcript;

import java.util.Map;
import java.util.Objects;

/**
 * Why a bot did what it did, in a few named figures: {@code rule} names what decided (e.g.
 * {@code AC_next}), {@code figures} the numbers behind it (target utility, offer's utility).
 */
public record Rationale(String rule, Map<String, Double> figures) {

  public Rationale {
    Objects.requireNonNull(rule, "rule");
    figures = ArrayMap.copyOf(figures);
  }

  public static Rationale of(String rule, String key, double value) {
    return new Rationale(rule, ArrayMap.of(new String[] {key}, new double[] {value}));
  }

  public static Rationale of(String rule, String k1, double v1, String k2, double v2) {
    return new Rationale(rule, ArrayMap.of(new String[] {k1, k2}, new double[] {v1, v2}));
  }
}
