package org.parley.engine.transcript;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.protocol.Action;

/**
 * One accepted action of a session.
 *
 * @param turn 0-based index of the action in the session
 * @param round 0-based round
 * @param progress normalised time t of the turn
 * @param utilities every party's undiscounted utility of the bid the action offers or accepts, in
 *     party order; empty for {@code EndNegotiation}
 * @param rationale the bot's reason, or null
 */
public record Event(int turn, int round, double progress, Action action,
    Map<String, Double> utilities, Rationale rationale) {

  public Event {
    Objects.requireNonNull(action, "action");
    utilities = org.parley.engine.transcript.ArrayMap.copyOf(utilities);
  }

  public Optional<Rationale> why() {
    return Optional.ofNullable(rationale);
  }
}
