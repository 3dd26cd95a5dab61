package org.parley.ui.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.agents.strategy.Parameter;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * A stand-in for a slow bot (a heavy search, a remote service): Parley's time-dependent bidder
 * with exponent {@code e}, which waits {@code wait-ms} before each of its turns. The scale-out
 * benchmark ({@link ScaleOutBench}) loads it as a plug-in, through {@code --strategy-path} like any
 * other, from a folder that holds only its service file: it is not in {@code parley strategies}.
 */
public final class SlowBot implements StrategyPlugin {

  private static final StrategyCatalog BUILT_IN = new StrategyCatalog();

  @Override
  public String name() {
    return "slow";
  }

  @Override
  public String description() {
    return "time-dependent bidding (exponent e) that waits wait-ms before each turn";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(new Parameter("e", 1, 0.01, 50, "concession exponent (< 1 Boulware, > 1 "
        + "Conceder)"), new Parameter("wait-ms", 5, 0, 10_000, "milliseconds waited each turn",
        true));
  }

  @Override
  public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
    Negotiator bidder = BUILT_IN.create(new NegotiatorSpec(String.format(Locale.ROOT,
        "{\"bidding\": {\"type\": \"time-dependent\", \"e\": %s}}", parameters.get("e"))), setup);
    long wait = Math.round(parameters.get("wait-ms"));
    return view -> {
      try {
        Thread.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("slow bot interrupted while waiting its " + wait + " ms",
            e);
      }
      return bidder.act(view);
    };
  }
}
