package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.jade.JoinedDelegation;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Two JVMs on loopback: this one runs the main container and the chair; a second one runs
 * 'parley join' with China's delegation. Slow-ish (a JVM start): tagged jade.
 */
@Tag("jade")
class RemoteJoinTest {

  private static final String SECRET = "remote-join-test";
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.EPOCH);
  private final Scenario london = ScenarioCatalog.load("london-2025");
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(london);
  private JadeRuntime jade;
  private Process remote;

  @BeforeEach
  void start() {
    jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, SECRET), new StrategyCatalog(),
        Duration.ofSeconds(5), CLOCK);
  }

  @AfterEach
  void stop() {
    if (remote != null) {
      remote.destroyForcibly();
    }
    jade.close();
  }

  private JoinedDelegation join(String party, String strategy) throws Exception {
    String classpath = System.getProperty("java.class.path");
    remote = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Dfile.encoding=UTF-8", "-cp", classpath, Parley.class.getName(), "join",
        "--main", "127.0.0.1:" + jade.platform().port(), "--secret", SECRET, "--party", party,
        "--strategy", strategy)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return jade.awaitJoined(party, Duration.ofSeconds(60)).orElseThrow(
        () -> new AssertionError("the remote delegation did not join"));
  }

  private SessionSpec spec(String china, long seed, int rounds) {
    return new SessionSpec("remote-" + seed, List.of(new Seat("us", new NegotiatorSpec(
        rounds > 1000 ? "hardliner" : "boulware")), new Seat("china", new NegotiatorSpec(china))),
        seed, new Deadline(rounds));
  }

  @Test
  void aDelegationInAnotherJvmPlaysAndGivesTheDirectTranscript() throws Exception {
    JoinedDelegation china = join("china", "conceder");
    assertEquals("conceder", china.strategy());
    for (long seed = 1; seed <= 3; seed++) {
      SessionSpec spec = spec("conceder", seed, 100);
      Transcript t = JadeRuntime.await(jade.start(analysis, spec, Map.of(),
          Map.of("china", china.aid()), null));
      Transcript direct = new DirectRunner(analysis, new StrategyCatalog(), CLOCK).run(spec);
      assertEquals(direct.withoutTiming(), t.withoutTiming());
    }
  }

  @Test
  void killingTheRemoteJvmEndsOnlyItsSession() throws Exception {
    JoinedDelegation china = join("china", "conceder");
    AtomicInteger events = new AtomicInteger();
    CompletableFuture<Transcript> doomed = jade.start(analysis, spec("conceder", 1, 1_000_000),
        Map.of(), Map.of("china", china.aid()), e -> events.incrementAndGet());
    long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (events.get() < 50 && System.nanoTime() < wait) {
      Thread.sleep(5);
    }
    assertTrue(events.get() >= 50, "the session is under way");
    remote.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    Transcript t = doomed.get(30, TimeUnit.SECONDS);
    NoAgreement o = assertInstanceOf(NoAgreement.class, t.outcome());
    assertEquals("china", o.party(), o.toString());
    assertTrue(o.reason() == Reason.AGENT_ERROR || o.reason() == Reason.TIMEOUT, o.toString());
    assertTrue(t.events().size() >= 50);

    // the main platform goes on serving new sessions
    SessionSpec next = spec("linear", 2, 100);
    Transcript after = jade.run(analysis, next);
    assertEquals(new DirectRunner(analysis, new StrategyCatalog(), CLOCK).run(next)
        .withoutTiming(), after.withoutTiming());
  }

  @Test
  void aJoinWithAWrongSecretIsRefusedAtOnceWithAClearMessage() throws Exception {
    Process p = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Parley.class.getName(), "worker", "--main", "127.0.0.1:" + jade.platform().port(),
        "--secret", "a-guess")).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "no retrying for ten minutes");
    String printed = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), printed);
    assertTrue(printed.contains("refused this container: it admits only containers that give its "
        + "secret (is --secret the one it printed?)"), printed);
    assertEquals(1, printed.strip().lines().count(), "one line, no stack trace: " + printed);
  }
}
