package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.protocol.Violation;
import org.parley.engine.protocol.IllegalActionException;
import org.parley.engine.domain.Bid;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** A person's seat, driven by a scripted driver thread instead of a browser. */
@Tag("jade")
class HumanSeatTest {

  private static JadeRuntime jade;
  private static final Scenario LONDON = ScenarioCatalog.load("london-2025");
  private static final ScenarioAnalysis ANALYSIS = new ScenarioAnalysis(LONDON);

  @BeforeAll
  static void start() {
    jade = JadeRuntime.local(new StrategyCatalog());
  }

  @AfterAll
  static void stop() {
    jade.close();
  }

  @Test
  void aPersonPlaysChinaAgainstAConcederAndAccepts() throws Exception {
    HumanSeat seat = new HumanSeat();
    SessionSpec spec = JadeTestSupport.spec(LONDON, 3, "conceder", "human");
    CompletableFuture<Transcript> session = jade.start(ANALYSIS, spec, Map.of("china", seat),
        Map.of(), null);
    BidRanking mine = BidRanking.of(LONDON.requireParty("china").profile().utility());
    List<NegotiationView> seen = new ArrayList<>();
    int turns = 0;
    while (true) {
      Optional<NegotiationView> turn = seat.awaitTurn(Duration.ofSeconds(10));
      if (turn.isEmpty()) {
        break;
      }
      NegotiationView view = turn.get();
      seen.add(view);
      assertEquals("china", view.party());
      assertEquals(LONDON.requireParty("china").profile(), view.profile(),
          "the seat sees its own profile");
      double offered = view.profile().utility().utility(view.standingBid());
      Decision decision = offered >= 0.7 || turns == 30
          ? Decision.of(new Accept("china", view.standingBid()))
          : Decision.of(new Offer("china", mine.bidAt(mine.size() - 1)));
      seat.decide(decision).get(10, java.util.concurrent.TimeUnit.SECONDS);
      turns++;
    }
    Transcript t = JadeRuntime.await(session);
    Agreement a = assertInstanceOf(Agreement.class, t.outcome());
    assertEquals(a, seat.outcome().get(10, java.util.concurrent.TimeUnit.SECONDS));
    assertTrue(t.metrics().utilities().get("china") >= 0.7 || turns == 31);
    assertEquals(turns, seen.size());
    assertEquals(2 * turns, t.events().size(), "every human turn answered a bot turn");
    assertEquals(seen.get(seen.size() - 1).history().size(), t.events().size() - 1);
  }

  @Test
  void aPersonWalksAway() throws Exception {
    HumanSeat seat = new HumanSeat();
    SessionSpec spec = JadeTestSupport.spec(LONDON, 4, "human", "boulware");
    CompletableFuture<Transcript> session = jade.start(ANALYSIS, spec, Map.of("us", seat),
        Map.of(), null);
    NegotiationView first = seat.awaitTurn(Duration.ofSeconds(10)).orElseThrow();
    assertEquals(0, first.round());
    assertTrue(first.history().isEmpty());
    seat.decide(Decision.of(new EndNegotiation("us"))).get(10, java.util.concurrent.TimeUnit.SECONDS);
    Transcript t = JadeRuntime.await(session);
    NoAgreement o = assertInstanceOf(NoAgreement.class, t.outcome());
    assertEquals(Reason.WALKED_AWAY, o.reason());
    assertEquals("us", o.party());
    SessionOutcome seen = seat.outcome().get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(o, seen);
    assertTrue(seat.decide(Decision.of(new EndNegotiation("us"))).isCompletedExceptionally(),
        "no turn is open any more");
  }

  /**
   * A person's illegal moves are refused with the protocol's own violation, and the game goes on:
   * the same turn, with the same view, until a legal move comes. A bot's violation, by contrast,
   * ends its session (JadeFaultsTest).
   */
  @Test
  void aPersonsIllegalMovesAreRefusedAndTheGameGoesOn() throws Exception {
    HumanSeat seat = new HumanSeat();
    SessionSpec spec = JadeTestSupport.spec(LONDON, 5, "human", "boulware");
    CompletableFuture<Transcript> session = jade.start(ANALYSIS, spec, Map.of("us", seat),
        Map.of(), null);
    NegotiationView first = seat.awaitTurn(Duration.ofSeconds(10)).orElseThrow();
    BidRanking mine = BidRanking.of(LONDON.requireParty("us").profile().utility());
    Bid best = mine.bidAt(mine.size() - 1);
    int[] levels = best.toArray();
    levels[0] = LONDON.domain().issue(0).size(); // one past the last level
    Map<Decision, Violation.Kind> illegal = new java.util.LinkedHashMap<>();
    illegal.put(Decision.of(new Accept("us", best)), Violation.Kind.NOTHING_TO_ACCEPT);
    illegal.put(Decision.of(new Offer("us", Bid.of(levels))), Violation.Kind.INVALID_BID);
    illegal.put(Decision.of(new Offer("china", best)), Violation.Kind.NOT_YOUR_TURN);
    for (Map.Entry<Decision, Violation.Kind> move : illegal.entrySet()) {
      java.util.concurrent.ExecutionException e = assertThrows(
          java.util.concurrent.ExecutionException.class,
          () -> seat.decide(move.getKey()).get(10, java.util.concurrent.TimeUnit.SECONDS));
      IllegalActionException refused = assertInstanceOf(IllegalActionException.class,
          e.getCause());
      assertEquals(move.getValue(), refused.violation().kind(), refused.getMessage());
      assertFalse(session.isDone(), "a refused move does not end the game");
    }
    assertEquals(first, seat.awaitTurn(Duration.ZERO).orElseThrow(),
        "the refused turn is the person's again, as a caller that gave up waiting finds it");
    seat.decide(Decision.of(new Offer("us", best))).get(10, java.util.concurrent.TimeUnit.SECONDS);
    NegotiationView second = seat.awaitTurn(Duration.ofSeconds(10)).orElseThrow();
    assertEquals(first.round() + 1, second.round());
    assertEquals(2, second.history().size(), "the refused moves left no trace");
    assertEquals(second.history().get(1), new Offer("china",
        ((Offer) second.history().get(1)).bid()));
    assertEquals(((Offer) second.history().get(1)).bid(), second.standingBid(),
        "the standing bid comes from the protocol");
    seat.decide(Decision.of(new EndNegotiation("us"))).get(10, java.util.concurrent.TimeUnit.SECONDS);
    Transcript t = JadeRuntime.await(session);
    assertEquals(Reason.WALKED_AWAY, assertInstanceOf(NoAgreement.class, t.outcome()).reason());
    assertEquals(3, t.events().size());
  }
}
