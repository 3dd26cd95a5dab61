package org.parley.engine.protocol;

import java.util.Objects;

/** Walks away: the session ends for everyone without agreement. */
public record EndNegotiation(String party) implements Action {
  public EndNegotiation {
    Objects.requireNonNull(party, "party");
  }
}
