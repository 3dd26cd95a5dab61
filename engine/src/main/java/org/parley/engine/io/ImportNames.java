package org.parley.engine.io;

import java.util.List;
import java.util.Locale;

/**
 * The ids the GENIUS and GeniusWeb imports give what they import: a scenario id from a domain's
 * name, issue ids from issue names, party ids from profile file names. One rule for both imports,
 * so the same domain gets the same ids whichever format it came in.
 */
public final class ImportNames {

  private ImportNames() {
  }

  /**
   * A valid scenario id from free text ({@code "Laptop Deal"} gives {@code laptop-deal}): lower
   * case, runs of other characters as '-', at most 64 characters; {@code imported} if nothing is
   * left.
   */
  public static String scenarioId(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-")
        .replaceAll("^[^a-z0-9]+", "");
    s = s.length() > 64 ? s.substring(0, 64) : s;
    return s.isEmpty() ? "imported" : s;
  }

  /** Lower-case letters and digits with runs of anything else as '_'; {@code fallback} if empty. */
  static String slug(String text, String fallback) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    return s.isEmpty() ? fallback : s;
  }

  /**
   * An issue id from its name, unique among {@code taken}: the slug, else {@code fallback}, with
   * {@code _suffix} when the slug is taken ("Food" and "food" both slug to {@code food}).
   */
  static String issueId(String name, String fallback, String suffix, List<String> taken) {
    String id = slug(name, fallback);
    return taken.contains(id) ? id + "_" + suffix : id;
  }

  /**
   * A party id from a profile's file name: the stem without its extension and without the
   * domain's name as a prefix ({@code party_profileA.xml} in domain "party" gives
   * {@code profilea}), a letter first, at most 28 characters, numbered when taken.
   */
  static String partyId(String fileName, String domainName, List<String> taken) {
    String stem = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\.(xml|json)$", "");
    String s = slug(stem, "party");
    String prefix = slug(domainName, "") + "_";
    if (!prefix.equals("_") && s.startsWith(prefix) && s.length() > prefix.length()) {
      s = s.substring(prefix.length());
    }
    s = s.replace('_', '-');
    if (!Character.isLetter(s.charAt(0))) {
      s = "p" + s;
    }
    s = s.length() > 28 ? s.substring(0, 28) : s;
    String id = s;
    for (int i = 2; taken.contains(id); i++) {
      id = s + i;
    }
    return id;
  }
}
