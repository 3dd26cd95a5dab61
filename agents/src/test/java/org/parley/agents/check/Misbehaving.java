package org.parley.agents.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.Decision;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;

/** Plug-ins that each break one rule the check looks for; otherwise they demand their best bid. */
record Misbehaving(String name) implements StrategyPlugin {

  static final List<StrategyPlugin> ALL = Stream.of("accepts-anything", "nano-time",
      "throws-in-round-5", "sleeps", "invalid-bid").<StrategyPlugin>map(Misbehaving::new).toList();

  @Override
  public String description() {
    return "breaks a rule: " + name;
  }

  @Override
  public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
    Bid best = setup.ranking().bidAt(setup.ranking().size() - 1);
    return view -> {
      if (name.equals("accepts-anything") && view.standingBid() != null) {
        return Decision.of(new Accept(view.party(), view.standingBid()));
      }
      if (name.equals("nano-time")) {
        int rank = (int) Math.floorMod(System.nanoTime() / 1000, (long) setup.ranking().size());
        return Decision.of(new Offer(view.party(), setup.ranking().bidAt(rank)));
      }
      if (name.equals("throws-in-round-5") && view.round() == 5) {
        throw new IllegalStateException("round 5 is not my round");
      }
      if (name.equals("sleeps") && view.round() == 2) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // cut by the turn limit: the decision is dropped
        }
      }
      if (name.equals("invalid-bid")) {
        return Decision.of(new Offer(view.party(), Bid.of(new int[view.domain().issueCount() + 1])));
      }
      return Decision.of(new Offer(view.party(), best));
    };
  }
}
