package example;

import java.util.List;
import java.util.Map;
import org.parley.agents.strategy.Parameter;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.Decision;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;

/** Demands its best bid until t = patience, then its median bid; accepts anything above floor. */
public final class Stubborn implements StrategyPlugin {
  public String name() { return "stubborn"; }

  public String description() { return "best bid until 'patience', then the median bid"; }

  public List<Parameter> parameters() {
    return List.of(new Parameter("patience", 0.8, 0, 1, "when to give in"),
        new Parameter("floor", 0.6, 0, 1, "accept offers worth at least this"));
  }

  public Negotiator create(Map<String, Double> p, PartySetup setup) {
    BidRanking bids = setup.ranking();
    return view -> {
      var offered = view.standingBid();
      if (offered != null && view.profile().utility().utility(offered) >= p.get("floor")) {
        return Decision.of(new Accept(view.party(), offered));
      }
      int rank = view.progress() < p.get("patience") ? bids.size() - 1 : bids.size() / 2;
      return Decision.of(new Offer(view.party(), bids.bidAt(rank)));
    };
  }
}
