package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.FakeClock;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.session.TranscriptReplay;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * Deadlines in seconds on both runtimes: on the same fake clock the JADE chair and the direct
 * runner record the same transcript; on the real clock a JADE session with a slow bot ends on
 * time.
 * Either way the transcript replays exactly from its recorded t and reads back the same.
 */
@Tag("jade")
class DeadlineInSecondsTest {

  private final Scenario london = ScenarioCatalog.load("london-2025");
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(london);
  private final StrategyCatalog catalog = new StrategyCatalog();

  private SessionSpec spec(Deadline deadline) {
    SessionSpec s = JadeTestSupport.spec(london, 3, "boulware", "hardliner");
    return new SessionSpec(s.sessionId(), s.seats(), s.seed(), deadline);
  }

  /** The catalog's bots, each taking {@code think} of the clock's time over every turn. */
  private NegotiatorFactory thinking(Runnable think) {
    return (spec, setup) -> {
      var bot = catalog.create(spec, setup);
      return view -> {
        think.run();
        return bot.act(view);
      };
    };
  }

  private static void assertReplaysAndRereads(Transcript t) {
    assertEquals(List.of(), TranscriptReplay.differences(t));
    String text = TranscriptCodec.write(t);
    assertEquals(text, TranscriptCodec.write(TranscriptCodec.read("timed.json", text)));
  }

  private static Transcript onJade(InstantSource clock, NegotiatorFactory factory,
      ScenarioAnalysis analysis, SessionSpec spec) {
    try (JadeRuntime jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, null),
        factory, JadeRuntime.DEFAULT_TURN_LIMIT, clock)) {
      return jade.run(analysis, spec);
    }
  }

  @Test
  void onTheSameClockBothRuntimesRecordTheSameTimedSession() {
    // every turn takes 1 s of a 15 s deadline: turn k starts at t = k / 15, and the answer to
    // turn 14 comes at 15 s, too late
    SessionSpec spec = spec(new Deadline(0, 15));
    FakeClock directClock = new FakeClock(Duration.ZERO);
    Transcript direct = new DirectRunner(analysis,
        thinking(() -> directClock.advance(Duration.ofSeconds(1))), directClock).run(spec);
    FakeClock jadeClock = new FakeClock(Duration.ZERO);
    Transcript jade = onJade(jadeClock, thinking(() -> jadeClock.advance(Duration.ofSeconds(1))),
        analysis, spec);

    assertEquals(direct.withoutTiming(), jade.withoutTiming());
    assertEquals(14, jade.events().size());
    assertEquals(13 / 15.0, jade.events().get(13).progress());
    NoAgreement end = (NoAgreement) jade.outcome();
    assertEquals(Reason.DEADLINE, end.reason());
    assertEquals(london.partyIds().get(0), end.party(), "the late answer is named");
    assertReplaysAndRereads(jade);
  }

  @Test
  void onTheRealClockASlowBotsSessionEndsOnTime() {
    SessionSpec spec = spec(new Deadline(0, 1));
    NegotiatorFactory slow = thinking(() -> {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Transcript t = onJade(InstantSource.system(), slow, analysis, spec);
    assertEquals(Reason.DEADLINE, ((NoAgreement) t.outcome()).reason());
    List<Double> ts = t.events().stream().map(Event::progress).toList();
    assertTrue(ts.size() > 10 && ts.get(ts.size() - 1) < 1, ts.toString());
    for (int i = 1; i < ts.size(); i++) {
      assertTrue(ts.get(i) > ts.get(i - 1), "t rises: " + ts);
    }
    // a 1 s session; the bound leaves room for briefings on a loaded machine
    assertTrue(t.timing().durationMicros() < 10_000_000, "took " + t.timing().durationMicros()
        + " µs");
    assertReplaysAndRereads(t);
  }
}
