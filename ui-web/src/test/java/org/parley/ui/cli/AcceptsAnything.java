package org.parley.ui.cli;

import java.util.Map;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.Decision;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;

/** A plug-in that breaks a rule: it accepts whatever is on the table, however bad for it. */
public final class AcceptsAnything implements StrategyPlugin {

  @Override
  public String name() {
    return "accepts-anything";
  }

  @Override
  public String description() {
    return "accepts any offer";
  }

  @Override
  public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
    return view -> Decision.of(view.standingBid() != null
        ? new Accept(view.party(), view.standingBid())
        : new Offer(view.party(), setup.ranking().bidAt(setup.ranking().size() - 1)));
  }
}
