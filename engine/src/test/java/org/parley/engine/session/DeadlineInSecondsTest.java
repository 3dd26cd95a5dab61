package org.parley.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.FakeClock;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Offer;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Profile;

/** Deadlines in seconds on the direct runtime, timed by a fake clock. */
class DeadlineInSecondsTest {

  private final Scenario scenario = discounted(Fixtures.randomScenario(5, 2, 10), 0.8);
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
  private final List<Double> seen = new ArrayList<>();

  /** Both parties offer the same bid forever, noting the t they are shown. */
  private final NegotiatorFactory stubborn = (spec, setup) -> view -> {
    seen.add(view.progress());
    return Decision.of(new Offer(view.party(), Bid.of(new int[view.domain().issueCount()])));
  };

  private Transcript run(Deadline deadline, NegotiatorFactory factory, FakeClock clock) {
    return new DirectRunner(analysis, factory, clock).run(new SessionSpec("timed",
        Fixtures.seats(scenario, "x"), 1, deadline));
  }

  private static List<Double> ts(Transcript t) {
    return t.events().stream().map(Event::progress).toList();
  }

  /** The replay gives the transcript back, and its file reads back to an equal, same text. */
  private static void assertReplaysAndRereads(Transcript t) {
    assertEquals(List.of(), TranscriptReplay.differences(t));
    assertEquals(t, TranscriptReplay.replay(t));
    String text = TranscriptCodec.write(t);
    Transcript again = TranscriptCodec.read("timed.json", text);
    assertEquals(t, again);
    assertEquals(text, TranscriptCodec.write(again));
  }

  @Test
  void progressFollowsTheClockAndTheSessionEndsWhenTheTimeIsUp() {
    // The runner reads the clock when each turn starts and when each answer arrives; each
    // reading moves it 1 s on, so turn k starts 2k s after the first: t = 2k / 10.
    Transcript t = run(new Deadline(0, 10), stubborn, new FakeClock(Duration.ofSeconds(1)));
    assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8), ts(t));
    assertEquals(ts(t), seen, "each party is shown the t that is recorded");
    NoAgreement end = assertInstanceOf(NoAgreement.class, t.outcome());
    assertEquals(new NoAgreement(Reason.DEADLINE, 2, null, "no agreement within 10 s"), end);
    assertEquals(1.0, t.endProgress());
    assertReplaysAndRereads(t);
    assertTrue(TranscriptCodec.write(t).contains("\"seconds\": 10"));
  }

  @Test
  void anAnswerAfterTheTimeIsUpIsRefusedAndNamed() {
    FakeClock clock = new FakeClock(Duration.ZERO);
    NegotiatorFactory slow = (spec, setup) -> view -> {
      clock.advance(Duration.ofSeconds(3)); // thinks for 3 s
      return stubborn.create(spec, setup).act(view);
    };
    Transcript t = run(new Deadline(0, 10), slow, clock);
    assertEquals(List.of(0.0, 0.3, 0.6), ts(t), "the fourth answer, at 12 s, is refused");
    NoAgreement end = (NoAgreement) t.outcome();
    assertEquals(Reason.DEADLINE, end.reason());
    assertEquals("p1", end.party());
    assertEquals(1, end.round());
    assertTrue(end.detail().contains("'p1' answered after the time was up"), end.detail());
    assertReplaysAndRereads(t);
  }

  @Test
  void withRoundsAndSecondsTheLaterProgressCountsAndTheFirstLimitEnds() {
    // 3 rounds: round t = 0, 0.5, 1; time t = 2k / 100 at turn k.
    Transcript t = run(new Deadline(3, 100), stubborn, new FakeClock(Duration.ofSeconds(1)));
    assertEquals(List.of(0.0, 0.02, 0.5, 0.5, 1.0, 1.0), ts(t));
    assertEquals("no agreement within 3 rounds", ((NoAgreement) t.outcome()).detail());
    assertReplaysAndRereads(t);
  }

  @Test
  void discountingUsesTheRecordedTimeOfTheAgreement() {
    NegotiatorFactory deal = (spec, setup) -> view -> view.standing()
        .<Decision>map(b -> Decision.of(new Accept(view.party(), b)))
        .orElseGet(() -> Decision.of(new Offer(view.party(),
            Bid.of(new int[view.domain().issueCount()]))));
    Transcript t = run(new Deadline(0, 10), deal, new FakeClock(Duration.ofSeconds(1)));
    assertInstanceOf(Agreement.class, t.outcome());
    double at = t.events().get(1).progress();
    assertEquals(0.2, at);
    for (Party p : scenario.parties()) {
      double u = t.metrics().utilities().get(p.id());
      assertEquals(u * Math.pow(0.8, at), t.metrics().discountedUtilities().get(p.id()), 1e-12,
          p.id());
    }
    assertReplaysAndRereads(t);
  }

  @Test
  void deadlinesNameTheirBadValues() {
    assertEquals("deadline must be 1 to 86400 seconds (one day), got 0",
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(null, 0)).getMessage());
    assertEquals("deadline must be 1 to 86400 seconds (one day), got 86401",
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(5, 86_401))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Deadline.of(null, null))
        .getMessage().contains("got neither"));
    assertEquals("100 rounds or 60 s", Deadline.of(100, 60).describe());
  }

  @Test
  void tournamentSpecsTakeSecondsBesideRounds() {
    String base = "{\"scenarios\": [\"s\"], \"strategies\": [\"a\", \"b\"]%s}";
    assertEquals(null, TournamentCodec.read("t.json", base.formatted("")).deadline());
    assertEquals(new Deadline(0, 30), TournamentCodec.read("t.json",
        base.formatted(", \"seconds\": 30")).deadline());
    assertEquals(new Deadline(50, 30), TournamentCodec.read("t.json",
        base.formatted(", \"rounds\": 50, \"seconds\": 30")).deadline());
    FormatException e = assertThrows(FormatException.class, () -> TournamentCodec.read("t.json",
        base.formatted(", \"seconds\": 0")));
    assertTrue(e.getMessage().contains("$.seconds"), e.getMessage());
  }

  private static Scenario discounted(Scenario s, double delta) {
    List<Party> parties = s.parties().stream().map(p -> new Party(p.id(), p.name(),
        p.delegation(), new Profile(p.profile().utility(), p.profile().reservation(), delta)))
        .toList();
    return new Scenario(s.id(), s.title(), s.description(), s.domain(), parties, s.protocol(),
        s.deadline(), s.references());
  }
}
