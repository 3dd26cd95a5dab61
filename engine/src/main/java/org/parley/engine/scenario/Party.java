package org.parley.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.parley.engine.utility.Profile;

/** A seat at the table: an id used everywhere ({@code us}), a name, the delegation, the profile. */
public record Party(String id, String name, List<String> delegation, Profile profile,
    String briefing) {

  /** A party without a briefing for people. */
  public Party(String id, String name, List<String> delegation, Profile profile) {
    this(id, name, delegation, profile, null);
  }

  /**
   * @param briefing what a person playing this party is told before the game, in plain words
   *     (the situation, what the side wants, what happens without a deal, what is known of the
   *     others), or null
   */
  public Party {
    Objects.requireNonNull(id, "party id");
    if (!id.matches("[a-z][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException("party id '" + id
          + "' must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter");
    }
    name = name == null || name.isBlank() ? id : name;
    delegation = List.copyOf(delegation == null ? List.of() : delegation);
    Objects.requireNonNull(profile, "profile of party '" + id + "'");
    briefing = briefing == null || briefing.isBlank() ? null : briefing.strip();
  }
}
