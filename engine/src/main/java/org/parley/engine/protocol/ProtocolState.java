package org.parley.engine.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.domain.Bid;

/**
 * One position of an alternating-offers session; a value. {@code turn} counts actions taken (0-based
 * index of the next one); the party to move is {@code parties[turn % n]}.
 *
 * @param standingBid the bid on the table, or null before the first offer
 * @param standingBidder who offered it, or null
 * @param acceptances parties that have agreed to the standing bid, the bidder included
 * @param outcome null while the session runs
 * @param timeProgress elapsed / duration of a deadline in seconds as last measured, in [0,1]; 0
 *     without a limit in time
 */
public record ProtocolState(List<String> parties, Deadline deadline, int turn, Bid standingBid,
    String standingBidder, int acceptances, SessionOutcome outcome, double timeProgress) {

  public ProtocolState {
    parties = List.copyOf(parties);
    Objects.requireNonNull(deadline, "deadline");
    if (turn < 0) {
      throw new IllegalArgumentException("turn " + turn + " is negative");
    }
    if (!(timeProgress >= 0 && timeProgress <= 1)) {
      throw new IllegalArgumentException("time progress " + timeProgress + " outside [0,1]");
    }
  }

  public boolean isOver() {
    return outcome != null;
  }

  /** 0-based round of the next turn (or of the last one, once the deadline has passed). */
  public int round() {
    return Math.min(turn / parties.size(), deadline.roundLimit() - 1);
  }

  /** Normalised time t of the next turn, in [0,1]: the later of round and time progress. */
  public double progress() {
    return deadline.progress(round(), timeProgress);
  }

  public String toMove() {
    return parties.get(moverIndex());
  }

  /** Index in {@code parties} of the party to move. */
  public int moverIndex() {
    return turn % parties.size();
  }

  public Optional<Bid> standing() {
    return Optional.ofNullable(standingBid);
  }

  public Optional<SessionOutcome> result() {
    return Optional.ofNullable(outcome);
  }
}
