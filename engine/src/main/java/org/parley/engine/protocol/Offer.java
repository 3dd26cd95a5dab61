package org.parley.engine.protocol;

import java.util.Objects;
import org.parley.engine.domain.Bid;

/** Proposes a bid; it replaces the standing bid. */
public record Offer(String party, Bid bid) implements Action {
  public Offer {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(bid, "bid");
  }
}
