package org.parley.engine.transcript;

import java.util.Objects;

/** Who played a party in a session. */
public record Seat(String party, NegotiatorSpec negotiator) {
  public Seat {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(negotiator, "negotiator of party '" + party + "'");
  }
}
