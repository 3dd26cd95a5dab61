package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Offer;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Another process on this machine tries to end a person's game by joining the platform as a JADE
 * container and sending the chair a REFUSE in the person's name. Only a container that gives the
 * platform's secret gets in; the game of the others goes on untouched.
 */
@Tag("jade")
class ContainerGateTest {

  private static final String SECRET = "the-platform-secret";
  private static final Scenario LONDON = ScenarioCatalog.load("london-2025");
  private static final ScenarioAnalysis ANALYSIS = new ScenarioAnalysis(LONDON);
  private JadeRuntime jade;
  private HumanSeat seat;
  private CompletableFuture<Transcript> game;
  private NegotiationView turn;

  @BeforeEach
  void startAGameWaitingForThePerson() throws Exception {
    jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, SECRET), new StrategyCatalog(),
        Duration.ofSeconds(5), JadeTestSupport.CLOCK);
    seat = new HumanSeat();
    game = jade.start(ANALYSIS, JadeTestSupport.spec(LONDON, 4, "human", "conceder"),
        Map.of("us", seat), Map.of(), null);
    turn = seat.awaitTurn(Duration.ofSeconds(20)).orElseThrow();
  }

  @AfterEach
  void stop() {
    jade.close();
  }

  /** Runs the intruder in its own JVM; returns what it printed. */
  private String intrude(String secret) throws Exception {
    String conversation = seat.openConversation();
    String n = conversation.split("-")[1];
    String platform = jade.platform().platformId();
    Process p = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), Intruder.class.getName(), "127.0.0.1",
        String.valueOf(jade.platform().port()), secret, "chair-" + n + "@" + platform,
        "us-" + n + "@" + platform, conversation)).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the intruder finished");
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return printed.lines().filter(l -> l.equals("JOINED") || l.equals("REFUSED")).findFirst()
        .orElse(printed);
  }

  private void theGameGoesOn() throws Exception {
    Thread.sleep(300); // time for a forged message to arrive, had one been sent
    assertFalse(game.isDone(), "the game is still running");
    BidRanking mine = BidRanking.of(LONDON.requireParty("us").profile().utility());
    seat.decide(Decision.of(new Offer("us", mine.bidAt(mine.size() - 1))))
        .get(10, TimeUnit.SECONDS);
    NegotiationView next = seat.awaitTurn(Duration.ofSeconds(20)).orElseThrow();
    assertEquals(turn.history().size() + 2, next.history().size(), "the person plays on");
  }

  @Test
  void aPlainJadeContainerIsRefusedAndTheGameGoesOn() throws Exception {
    assertEquals("REFUSED", intrude("-"));
    theGameGoesOn();
  }

  @Test
  void aContainerWithAWrongSecretIsRefusedAndTheGameGoesOn() throws Exception {
    assertEquals("REFUSED", intrude("a-guess"));
    theGameGoesOn();
  }

  /** The control: admitted, the same forgery does end the game, so the refusals above matter. */
  @Test
  void aContainerWithTheSecretGetsInAndCouldForge() throws Exception {
    assertEquals("JOINED", intrude(SECRET));
    NoAgreement end = assertInstanceOf(NoAgreement.class,
        game.get(20, TimeUnit.SECONDS).outcome());
    assertEquals("us", end.party(), "the forged REFUSE is taken as the person's");
  }
}
