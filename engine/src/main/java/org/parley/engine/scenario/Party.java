package org.parley.engine.scenario;

import java.util.List;
import java.util.Objects;
import org.parley.engine.utility.Profile;

/** A seat at the table: an id used everywhere ({@code us}), a name, the delegation, the profile. */
public record Party(String id, String name, List<String> delegation, Profile profile) {

  public Party {
    Objects.requireNonNull(id, "party id");
    if (!id.matches("[a-z][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException("party id '" + id
          + "' must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter");
    }
    name = name == null || name.isBlank() ? id : name;
    delegation = List.copyOf(delegation == null ? List.of() : delegation);
    Objects.requireNonNull(profile, "profile of party '" + id + "'");
  }
}
