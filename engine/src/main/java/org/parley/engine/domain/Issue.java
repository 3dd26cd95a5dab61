package org.parley.engine.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named dimension of the agreement with an ordered list of discrete levels. An issue is numeric
 * when every level carries a number (numeric issues are discretised into levels by the scenario).
 *
 * @param id short key used in bids and files ({@code us_tariff})
 * @param name readable name ({@code US tariff on Chinese goods})
 * @param unit unit appended to numeric labels that have no explicit label ({@code %}), may be empty
 * @param levels at least two levels, ids unique
 */
public record Issue(String id, String name, String unit, List<Level> levels) {

  public Issue {
    Objects.requireNonNull(id, "issue id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("issue id is blank");
    }
    name = name == null || name.isBlank() ? id : name;
    unit = unit == null ? "" : unit;
    levels = List.copyOf(Objects.requireNonNull(levels, "levels of issue '" + id + "'"));
    if (levels.size() < 2) {
      throw new IllegalArgumentException(
          "issue '" + id + "' has " + levels.size() + " level(s); it needs at least 2");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      Integer before = seen.put(levels.get(i).id(), i);
      if (before != null) {
        throw new IllegalArgumentException(
            "issue '" + id + "' lists level '" + levels.get(i).id() + "' twice");
      }
    }
  }

  public int size() {
    return levels.size();
  }

  public Level level(int index) {
    return levels.get(index);
  }

  /** Index of the level with this id, or empty when the issue has no such level. */
  public Optional<Integer> indexOf(String levelId) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).id().equals(levelId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public int requireIndexOf(String levelId) {
    return indexOf(levelId)
        .orElseThrow(() -> new IllegalArgumentException(
            "issue '" + id + "' has no level '" + levelId + "'; levels are " + (levels.size() <= 20
                ? levelIds().toString() : levelIds().subList(0, 20) + " … (" + levels.size()
                + " in all)")));
  }

  public List<String> levelIds() {
    return levels.stream().map(Level::id).toList();
  }

  public boolean isNumeric() {
    return levels.stream().allMatch(l -> l.number() != null);
  }

  /** How a person reads a level: its label, or its id with the unit when the file gave no label. */
  public String display(int index) {
    Level level = levels.get(index);
    return level.label().equals(level.id()) ? level.id() + unit : level.label();
  }
}
