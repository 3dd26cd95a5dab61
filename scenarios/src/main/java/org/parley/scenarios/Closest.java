package org.parley.scenarios;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name a mistyped one was most likely meant to be, for "did you mean …?" hints. */
public final class Closest {

  private Closest() {
  }

  /**
   * The name in {@code known} nearest to {@code typed} by edits (case ignored), if it is near:
   * at most a third of the longer name's letters apart, and at least one edit fewer than that.
   */
  public static Optional<String> to(String typed, Collection<String> known) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String t = typed.toLowerCase(java.util.Locale.ROOT);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return known.stream()
        .filter(k -> distance.apply(t, k.toLowerCase(java.util.Locale.ROOT))
            <= Math.max(1, Math.max(t.length(), k.length()) / 3))
        .min(Comparator.comparingInt((String k) -> distance.apply(t,
            k.toLowerCase(java.util.Locale.ROOT))).thenComparing(k -> k));
  }

  /** " (did you mean 'X'?)" when there is a near name, else "". */
  public static String hint(String typed, Collection<String> known) {
    return to(typed, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }
}
