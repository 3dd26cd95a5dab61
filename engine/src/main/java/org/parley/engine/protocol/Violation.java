package org.parley.engine.protocol;

import java.util.Objects;

/** Why an action broke the protocol's rules. */
public record Violation(Kind kind, String party, String message) {

  public enum Kind {
    /** The session has already ended. */
    SESSION_OVER,
    /** The party is not in this session. */
    UNKNOWN_PARTY,
    /** Another party is to move. */
    NOT_YOUR_TURN,
    /** The bid does not fit the domain. */
    INVALID_BID,
    /** An accept with no standing bid. */
    NOTHING_TO_ACCEPT,
    /** An accept that names a bid other than the standing one. */
    ACCEPT_MISMATCH,
    /** The negotiator returned nothing or something that is not an action. */
    NO_ACTION
  }

  public Violation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
