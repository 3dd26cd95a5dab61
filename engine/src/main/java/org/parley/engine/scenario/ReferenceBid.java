package org.parley.engine.scenario;

import java.util.Locale;
import java.util.Objects;
import org.parley.engine.domain.Bid;

/**
 * A named point of the outcome space worth comparing against: a historical deal, the disagreement
 * point, a hypothetical. {@code date} is free text (ISO date where known), may be empty.
 */
public record ReferenceBid(String id, String name, Kind kind, String date, String note, Bid bid) {

  public enum Kind {
    HISTORICAL, DISAGREEMENT, HYPOTHETICAL;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Kind ofKey(String key) {
      for (Kind k : values()) {
        if (k.key().equals(key)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown reference kind '" + key
          + "'; expected historical, disagreement or hypothetical");
    }
  }

  public ReferenceBid {
    Objects.requireNonNull(id, "reference id");
    name = name == null || name.isBlank() ? id : name;
    Objects.requireNonNull(kind, "kind of reference '" + id + "'");
    date = date == null ? "" : date;
    note = note == null ? "" : note;
    Objects.requireNonNull(bid, "bid of reference '" + id + "'");
  }
}
