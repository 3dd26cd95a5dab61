package org.parley.engine.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a bot did what it did, in a few named figures: {@code rule} names what decided (e.g.
 * {@code AC_next}), {@code figures} the numbers behind it (target utility, offer's utility).
 */
public record Rationale(String rule, Map<String, Double> figures) {

  public Rationale {
    Objects.requireNonNull(rule, "rule");
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  public static Rationale of(String rule, String key, double value) {
    return new Rationale(rule, Map.of(key, value));
  }

  public static Rationale of(String rule, String k1, double v1, String k2, double v2) {
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put(k1, v1);
    figures.put(k2, v2);
    return new Rationale(rule, figures);
  }
}
