package org.parley.engine.session;

import java.util.List;
import java.util.Objects;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.transcript.Seat;

/**
 * Everything that determines a session besides the scenario: its id, who sits where (in the
 * scenario's party order), the seed and the deadline.
 */
public record SessionSpec(String sessionId, List<Seat> seats, long seed, Deadline deadline) {

  public SessionSpec {
    Objects.requireNonNull(sessionId, "session id");
    if (sessionId.isBlank()) {
      throw new IllegalArgumentException("session id is blank");
    }
    seats = List.copyOf(seats);
    Objects.requireNonNull(deadline, "deadline");
  }
}
