package org.parley.engine.protocol;

import java.util.Locale;
import java.util.Objects;
import org.parley.engine.domain.Bid;

/** How a session ended. Rounds are 0-based. */
public sealed interface SessionOutcome permits SessionOutcome.Agreement, SessionOutcome.NoAgreement {

  /** Round in which the session ended. */
  int round();

  /** Every party accepted {@code bid}. */
  record Agreement(Bid bid, int round) implements SessionOutcome {
    public Agreement {
      Objects.requireNonNull(bid, "bid");
    }
  }

  /**
   * The session ended without a deal.
   *
   * @param party the party that caused the end (walked away, broke a rule, failed); for the
   *     deadline null, or the party whose answer came after the time of a deadline in seconds was
   *     up
   * @param detail human-readable explanation; for an agent error it holds the stack trace
   */
  record NoAgreement(Reason reason, int round, String party, String detail)
      implements SessionOutcome {
    public NoAgreement {
      Objects.requireNonNull(reason, "reason");
      detail = detail == null ? "" : detail;
    }
  }

  /** Why a session ended without agreement. */
  enum Reason {
    /** CANCELLED: stopped from outside the session (a person ended their game on the server). */
    DEADLINE, WALKED_AWAY, VIOLATION, TIMEOUT, AGENT_ERROR, CANCELLED;

    /** The name used in JSON and on screen: {@code walked-away}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Reason ofKey(String key) {
      for (Reason r : values()) {
        if (r.key().equals(key)) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown no-agreement reason '" + key + "'; expected one of "
          + java.util.Arrays.stream(values()).map(Reason::key).toList());
    }

    /** Reasons that the runtime imposes from outside the protocol's rules. */
    public boolean isBreakOff() {
      return this == VIOLATION || this == TIMEOUT || this == AGENT_ERROR || this == CANCELLED;
    }
  }
}
