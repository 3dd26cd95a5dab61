package org.parley.engine.session;

import java.util.Objects;
import java.util.Optional;
import org.parley.engine.protocol.Action;
import org.parley.engine.transcript.Rationale;

/** A negotiator's answer on its turn: the action, and optionally why. */
public record Decision(Action action, Rationale rationale) {

  public Decision {
    Objects.requireNonNull(action, "action");
  }

  public static Decision of(Action action) {
    return new Decision(action, null);
  }

  public Optional<Rationale> why() {
    return Optional.ofNullable(rationale);
  }
}
