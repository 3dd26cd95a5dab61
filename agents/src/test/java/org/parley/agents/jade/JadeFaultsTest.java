package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import jade.core.AID;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.session.TranscriptReplay;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Each fault ends only its own session, with the reason recorded; a healthy session running at
 * the same time is untouched, and the platform goes on serving.
 */
@Tag("jade")
class JadeFaultsTest {

  private static final Duration LIMIT = Duration.ofMillis(400);
  private static final AtomicLong ROGUES = new AtomicLong();
  /** Set when the "slow" negotiator has sat out its 3 s and answers a turn. */
  private static final java.util.concurrent.atomic.AtomicBoolean SLOW_ANSWERED =
      new java.util.concurrent.atomic.AtomicBoolean();
  private static JadeRuntime jade;
  private static final Scenario SCENARIO = ScenarioCatalog.load("magnets-for-chips");
  private static final ScenarioAnalysis ANALYSIS = new ScenarioAnalysis(SCENARIO);

  /** Strategies plus a few broken ones: "throws", "illegal-bid", "slow" (3 s per turn). */
  private static final NegotiatorFactory FACTORY = (spec, setup) -> switch (spec.text()) {
    case "throws" -> view -> {
      throw new IllegalStateException("bug in my strategy");
    };
    case "illegal-bid" -> view -> Decision.of(new Offer(view.party(), Bid.of(7, 7, 7)));
    case "slow" -> view -> {
      try {
        Thread.sleep(3_000);
        SLOW_ANSWERED.set(true); // not when the session's end interrupted it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Decision.of(new Offer(view.party(), setup.ranking().bidAt(setup.ranking().size() - 1)));
    };
    default -> new StrategyCatalog().create(spec, setup);
  };

  @BeforeAll
  static void start() {
    jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, null), FACTORY, LIMIT,
        JadeTestSupport.CLOCK);
  }

  @AfterAll
  static void stop() {
    jade.close();
  }

  /** Runs the faulty session next to a healthy one; checks the healthy one, returns the other. */
  private static NoAgreement faulty(SessionSpec spec, Map<String, AID> remote) {
    SessionSpec healthy = JadeTestSupport.spec(SCENARIO, 99, "conceder", "linear");
    CompletableFuture<Transcript> good = jade.start(ANALYSIS, healthy, Map.of(), Map.of(), null);
    Transcript t = JadeRuntime.await(jade.start(ANALYSIS, spec, Map.of(), remote, null));
    assertEquals(JadeTestSupport.direct(ANALYSIS, healthy).withoutTiming(),
        JadeRuntime.await(good).withoutTiming(), "the healthy session is untouched");
    assertEquals(List.of(), TranscriptReplay.differences(t), "the faulty transcript is valid");
    return assertInstanceOf(NoAgreement.class, t.outcome());
  }

  private static AID rogue(RogueDelegation.Fault fault) throws Exception {
    String name = "rogue-" + ROGUES.incrementAndGet();
    jade.platform().container().acceptNewAgent(name, new RogueDelegation(fault)).start();
    return jade.platform().aid(name);
  }

  @Test
  void aNegotiatorThatThrowsIsRecordedWithItsStackTrace() {
    NoAgreement o = faulty(JadeTestSupport.spec(SCENARIO, 1, "linear", "throws"), Map.of());
    assertEquals(Reason.AGENT_ERROR, o.reason());
    assertEquals("china", o.party());
    assertTrue(o.detail().contains("IllegalStateException: bug in my strategy"), o.detail());
    assertTrue(o.detail().contains("at org.parley.agents.jade.JadeFaultsTest"), o.detail());
  }

  @Test
  void anUnknownStrategyFailsAtTheBriefing() {
    NoAgreement o = faulty(JadeTestSupport.spec(SCENARIO, 1, "linear", "bulware"), Map.of());
    assertEquals(Reason.AGENT_ERROR, o.reason());
    assertEquals(0, o.round());
    assertTrue(o.detail().startsWith("could not create negotiator 'bulware'"), o.detail());
  }

  @Test
  void anIllegalBidIsAViolation() {
    NoAgreement o = faulty(JadeTestSupport.spec(SCENARIO, 1, "illegal-bid", "linear"), Map.of());
    assertEquals(Reason.VIOLATION, o.reason());
    assertEquals("us", o.party());
    assertTrue(o.detail().startsWith("INVALID_BID"), o.detail());
  }

  @Test
  void aNegotiatorThatNeverAnswersHitsTheTurnLimit() {
    SLOW_ANSWERED.set(false);
    NoAgreement o = faulty(JadeTestSupport.spec(SCENARIO, 1, "linear", "slow"), Map.of());
    assertEquals(Reason.TIMEOUT, o.reason());
    assertEquals("china", o.party());
    assertTrue(o.detail().contains("400 ms"), o.detail());
    assertFalse(SLOW_ANSWERED.get(), "the session ended at the limit, before the answer came");
  }

  @ParameterizedTest
  @CsvSource({
      "MALFORMED_CONTENT, VIOLATION, malformed content: move of 'china': $: malformed JSON",
      // the rogue proposes right after its briefing: before or after the other side's briefing
      "OUT_OF_TURN, VIOLATION, NOT_YOUR_TURN: 'china' sent PROPOSE out of turn"
          + " | sent PROPOSE before the session started",
      "OTHER_CONVERSATION, VIOLATION, sent a message for another conversation 'someone-else'",
      "SILENT, TIMEOUT, no answer within the turn limit",
      "WRONG_PERFORMATIVE, VIOLATION, answered its turn with INFORM",
      "MISLABELLED_ACTION, VIOLATION, sent a EndNegotiation as ACCEPT-PROPOSAL"})
  void aDelegationThatBreaksTheMessageProtocol(RogueDelegation.Fault fault, Reason reason,
      String detail) throws Exception {
    SessionSpec spec = JadeTestSupport.spec(SCENARIO, 1, "linear", "rogue");
    NoAgreement o = faulty(spec, Map.of("china", rogue(fault)));
    assertEquals(reason, o.reason(), o.toString());
    assertEquals("china", o.party(), o.toString());
    assertTrue(java.util.Arrays.stream(detail.split(" \\| ")).anyMatch(o.detail()::startsWith),
        o.detail());
  }
}
