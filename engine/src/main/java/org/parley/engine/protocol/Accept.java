package org.parley.engine.protocol;

import java.util.Objects;
import org.parley.engine.domain.Bid;

/** Accepts the standing bid, naming it, so an accept can never land on a bid the party did not see. */
public record Accept(String party, Bid bid) implements Action {
  public Accept {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(bid, "bid");
  }
}
