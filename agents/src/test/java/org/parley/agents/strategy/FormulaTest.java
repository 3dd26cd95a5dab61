package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Rationale;
import org.parley.engine.utility.Profile;
import org.parley.agents.strategy.acceptance.AcceptCombi;
import org.parley.agents.strategy.acceptance.AcceptConstant;
import org.parley.agents.strategy.acceptance.AcceptGap;
import org.parley.agents.strategy.acceptance.AcceptNext;
import org.parley.agents.strategy.acceptance.AcceptPrevious;
import org.parley.agents.strategy.acceptance.AcceptTime;
import org.parley.agents.strategy.acceptance.AcceptanceStrategy;
import org.parley.agents.strategy.acceptance.AllOf;
import org.parley.agents.strategy.acceptance.AnyOf;
import org.parley.agents.strategy.bidding.BiddingStrategy;
import org.parley.agents.strategy.bidding.TitForTatBidding;
import org.parley.agents.strategy.model.BayesianModel;
import org.parley.agents.strategy.model.FrequencyModel;
import org.parley.agents.strategy.model.NoModel;

/** Each tactic, model and condition on cases computed by hand. */
class FormulaTest {

  private static final BidRanking RANKING = LineDomain.RANKING;

  /** Own utility of Bid.of(i) on the test line is i / 100. */
  private static Bid u(int percent) {
    return Bid.of(percent);
  }

  /** A view for "me" after alternating offers: mine[0], theirs[0], mine[1], theirs[1], … */
  private static NegotiationView after(int round, int rounds, int[] mine, int[] theirs) {
    List<Action> history = new ArrayList<>();
    for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
      if (i < mine.length) {
        history.add(new Offer("me", u(mine[i])));
      }
      if (i < theirs.length) {
        history.add(new Offer("op", u(theirs[i])));
      }
    }
    Deadline d = new Deadline(rounds);
    Bid standing = theirs.length == 0 ? null : u(theirs[theirs.length - 1]);
    return new NegotiationView("me", LineDomain.LINE,
        new Profile(LineDomain.UP, 0.1, 1.0), d, round, d.progress(round),
        List.copyOf(history), standing);
  }

  private static double tft(TitForTatBidding.Mode mode, int window, NegotiationView view) {
    return new TitForTatBidding(mode, window, RANKING).next(view, NoModel.INSTANCE).target();
  }

  @Test
  void titForTatReciprocatesTheOpponentsConcession() {
    // our last offer 0.9; their offers went 0.2 → 0.3 → 0.4 (for us)
    NegotiationView view = after(3, 10, new int[] {90, 90, 90}, new int[] {20, 30, 40});
    assertEquals(0.9 * 0.3 / 0.4, tft(TitForTatBidding.Mode.RELATIVE, 1, view), 1e-12);
    assertEquals(0.9 - 0.1, tft(TitForTatBidding.Mode.ABSOLUTE, 1, view), 1e-12);
    assertEquals(0.9 * 0.2 / 0.4, tft(TitForTatBidding.Mode.AVERAGED, 2, view), 1e-12);
    // before the opponent has offered twice: our best bid
    assertEquals(1.0, tft(TitForTatBidding.Mode.RELATIVE, 1,
        after(1, 10, new int[] {90}, new int[] {20})), 1e-12);
    // a selfish opponent (0.4 → 0.3 for us) makes relative TFT take back ground
    NegotiationView selfish = after(2, 10, new int[] {80, 80}, new int[] {40, 30});
    assertEquals(0.8 * 0.4 / 0.3, tft(TitForTatBidding.Mode.RELATIVE, 1, selfish), 1e-12);
  }

  @Test
  void frequencyModelLearnsStepByStep() {
    Domain d = org.parley.engine.Fixtures.domain("d", 3, 3);
    FrequencyModel m = new FrequencyModel(d, 0.2);
    assertEquals(0.5, m.weight(0));
    m.learn(Bid.of(0, 1));
    assertEquals(0.5, m.weight(0), 1e-12, "the first offer changes no weight");
    assertEquals(2.0, m.count(0, 0));
    assertEquals(2.0, m.count(1, 1));
    m.learn(Bid.of(0, 2));
    // issue 0 kept its value: 0.5 + 0.2/2 = 0.6; renormalised with 0.5
    assertEquals(0.6 / 1.1, m.weight(0), 1e-12);
    assertEquals(0.5 / 1.1, m.weight(1), 1e-12);
    assertEquals(3.0, m.count(0, 0));
    assertEquals(2.0, m.count(1, 2));
    // Û(0,2) = w0·3/3 + w1·2/2 = 1; Û(1,0) = w0·1/3 + w1·1/2
    assertEquals(1.0, m.estimate(Bid.of(0, 2)), 1e-12);
    assertEquals(0.6 / 1.1 / 3 + 0.5 / 1.1 / 2, m.estimate(Bid.of(1, 0)), 1e-12);
  }

  @Test
  void bayesianModelRanksTheOpponentsRepeatedChoicesHigher() {
    Domain d = org.parley.engine.Fixtures.domain("d", 4, 4);
    BayesianModel m = new BayesianModel(d);
    for (int i = 0; i < 6; i++) {
      m.learn(Bid.of(3, i % 2));
    }
    assertTrue(m.estimate(Bid.of(3, 0)) > m.estimate(Bid.of(0, 0)),
        "a value it keeps offering looks valuable to it");
    double e = m.estimate(Bid.of(2, 3));
    assertTrue(e >= 0 && e <= 1);
  }

  private static boolean accepts(AcceptanceStrategy ac, NegotiationView view, int offered,
      double next) {
    Optional<Rationale> why = ac.accept(view, u(offered), new BiddingStrategy.Planned(u(0), next,
        next));
    return why.isPresent();
  }

  @Test
  void acceptanceConditionsAtTheirBoundaries() {
    NegotiationView v = after(5, 11, new int[] {70, 70}, new int[] {50, 60});
    // AC_prev(1, 0): u(offer) ≥ u(previous own offer) = 0.70
    assertTrue(accepts(new AcceptPrevious(1, 0), v, 70, 0.9));
    assertTrue(!accepts(new AcceptPrevious(1, 0), v, 69, 0.0));
    // AC_gap(0.05): u + 0.05 ≥ 0.70
    assertTrue(accepts(new AcceptGap(0.05), v, 65, 0.9));
    assertTrue(!accepts(new AcceptGap(0.05), v, 64, 0.9));
    // AC_const(0.6)
    assertTrue(accepts(new AcceptConstant(0.6), v, 60, 1));
    assertTrue(!accepts(new AcceptConstant(0.6), v, 59, 0));
    // AC_time(T): t > T strictly; round 5 of 11 is t = 0.5
    assertTrue(!accepts(new AcceptTime(0.5), v, 0, 1));
    assertTrue(accepts(new AcceptTime(0.49), v, 0, 1));
    // any / all
    AcceptanceStrategy either = new AnyOf(List.of(new AcceptConstant(0.9), new AcceptNext(1, 0)));
    assertTrue(accepts(either, v, 55, 0.55));
    assertTrue(!accepts(either, v, 54, 0.55));
    AcceptanceStrategy both = new AllOf(List.of(new AcceptConstant(0.5), new AcceptNext(1, 0)));
    assertTrue(accepts(both, v, 55, 0.55));
    assertTrue(!accepts(both, v, 49, 0.4));
    assertTrue(!new AcceptPrevious(1, 0).accept(after(0, 11, new int[0], new int[] {90}), u(90),
        new BiddingStrategy.Planned(u(0), 0, 0)).isPresent(), "AC_prev needs a previous offer");
  }

  @Test
  void acCombiFallsBackToTheBestRecentOfferLate() {
    // 11 rounds; their offers at rounds 0..9 for us: 0.10, 0.20, …, 0.55 at round 9 (t = 0.9)
    int[] theirs = {10, 20, 30, 35, 40, 45, 50, 52, 60, 55};
    int[] mine = {95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95};
    NegotiationView late = after(10, 11, mine, theirs);
    AcceptCombi combi = new AcceptCombi(0.95, 2);
    // t = 1, window 1 − t = 0: only offers at t ≥ 1 count, none: accept anything ≥ −∞ … but the
    // newest offer was made at t = 0.9, so the best in the window is empty: accepts.
    assertTrue(accepts(combi, late, 55, 0.95));
    NegotiationView earlier = after(9, 11, new int[] {95, 95, 95, 95, 95, 95, 95, 95, 95, 95},
        new int[] {10, 20, 30, 35, 40, 45, 50, 52, 60});
    // t = 0.9 < T: only AC_next applies
    assertTrue(!accepts(combi, earlier, 60, 0.95));
    assertTrue(accepts(new AcceptCombi(0.85, 2), earlier, 60, 0.95),
        "t = 0.9 ≥ 0.85, window 0.1: best recent offer 0.60 (t = 0.8) is matched");
    assertTrue(!accepts(new AcceptCombi(0.85, 2), earlier, 59, 0.95));
  }
}
