package org.parley.agents.strategy;

import java.util.List;
import java.util.Map;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;

/**
 * A strategy from outside Parley: put a jar with an implementation and a
 * {@code META-INF/services/org.parley.agents.strategy.StrategyPlugin} file naming it on
 * {@code --strategy-path}. It is then used like a preset: {@code --party us=my-bot}, or with
 * parameters: {@code {"plugin": "my-bot", "x": 0.3}}.
 */
public interface StrategyPlugin {

  /** The name users type; lower-case letters, digits and '-'. */
  String name();

  /** One line for 'parley strategies'. */
  String description();

  /** The parameters it takes (checked against their ranges before {@link #create}). */
  default List<Parameter> parameters() {
    return List.of();
  }

  /** A fresh negotiator for one party of one session; {@code parameters} has every parameter. */
  Negotiator create(Map<String, Double> parameters, PartySetup setup);
}
