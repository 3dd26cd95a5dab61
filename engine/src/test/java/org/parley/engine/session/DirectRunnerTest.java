package org.parley.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Profile;

class DirectRunnerTest {

  private final Scenario scenario = Fixtures.randomScenario(5, 2, 10);
  private final ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
  private final InstantSource clock = InstantSource.fixed(Instant.EPOCH);

  private Transcript run(NegotiatorFactory factory) {
    return new DirectRunner(analysis, factory, clock).run(
        new SessionSpec("s", Fixtures.seats(scenario, "x"), 1, scenario.deadline()));
  }

  /** The first party plays {@code first}; the second offers its first bid forever. */
  private NegotiatorFactory with(Negotiator first) {
    return (spec, setup) -> setup.party().equals("p0") ? first
        : view -> Decision.of(new Offer(view.party(), Bid.of(new int[view.domain().issueCount()])));
  }

  @Test
  void aNegotiatorThatThrowsEndsTheSessionWithItsStackTrace() {
    Transcript t = run(with(view -> {
      throw new IllegalStateException("strategy bug");
    }));
    NoAgreement o = assertInstanceOf(NoAgreement.class, t.outcome());
    assertEquals(Reason.AGENT_ERROR, o.reason());
    assertEquals("p0", o.party());
    assertTrue(o.detail().contains("IllegalStateException: strategy bug"));
    assertTrue(o.detail().contains("at org.parley.engine.session.DirectRunnerTest"), o.detail());
    assertEquals(List.of(), TranscriptReplay.differences(t));
  }

  @Test
  void aFactoryThatFailsIsAnAgentError() {
    Transcript t = run((spec, setup) -> {
      throw new IllegalArgumentException("unknown strategy 'x'");
    });
    NoAgreement o = assertInstanceOf(NoAgreement.class, t.outcome());
    assertEquals(Reason.AGENT_ERROR, o.reason());
    assertTrue(o.detail().contains("unknown strategy 'x'"));
    assertEquals(0, t.events().size());
  }

  @Test
  void illegalActionsAreRecordedViolationsNeverFixedUp() {
    Transcript nothing = run(with(view -> null));
    assertEquals(Reason.VIOLATION, ((NoAgreement) nothing.outcome()).reason());
    assertTrue(((NoAgreement) nothing.outcome()).detail().startsWith("NO_ACTION"));

    Transcript badBid = run(with(view -> Decision.of(new Offer(view.party(), Bid.of(99)))));
    assertTrue(((NoAgreement) badBid.outcome()).detail().startsWith("INVALID_BID"));

    Transcript impostor = run(with(view -> Decision.of(new Offer("p1",
        Bid.of(new int[view.domain().issueCount()])))));
    NoAgreement o = (NoAgreement) impostor.outcome();
    assertEquals("p0", o.party(), "the violation is charged to the party that sent it");
    assertTrue(o.detail().startsWith("NOT_YOUR_TURN"), o.detail());
  }

  @Test
  void eachPartySeesOnlyItsOwnProfile() {
    // The view's components: nothing that could carry another party's preferences.
    List<Class<?>> types = Arrays.stream(NegotiationView.class.getRecordComponents())
        .<Class<?>>map(c -> c.getType()).toList();
    assertEquals(1, types.stream().filter(Profile.class::equals).count());
    assertTrue(types.stream().noneMatch(Scenario.class::isAssignableFrom));
    List<Class<?>> setupTypes = Arrays.stream(PartySetup.class.getRecordComponents())
        .<Class<?>>map(c -> c.getType()).toList();
    assertEquals(1, setupTypes.stream().filter(Profile.class::equals).count());
    run((spec, setup) -> view -> {
      assertEquals(scenario.requireParty(view.party()).profile(), view.profile());
      assertEquals(setup.profile(), view.profile());
      return Decision.of(new Offer(view.party(), Bid.of(new int[view.domain().issueCount()])));
    });
  }

  @Test
  void partiesGetIndependentStreamsDerivedFromTheSeed() {
    long a = Seeds.derive(1, "s", "p0");
    assertEquals(a, Seeds.derive(1, "s", "p0"));
    assertNotEquals(a, Seeds.derive(1, "s", "p1"));
    assertNotEquals(a, Seeds.derive(2, "s", "p0"));
    assertNotEquals(a, Seeds.derive(1, "t", "p0"));
    assertNotEquals(Seeds.derive(1, "ab", "c"), Seeds.derive(1, "a", "bc"));
  }

  @Test
  void snapshotsOfTheLogNeverChange() {
    ActionLog log = new ActionLog();
    Offer offer = new Offer("a", Bid.of(0));
    for (int i = 0; i < 5; i++) {
      log.append(offer);
    }
    List<org.parley.engine.protocol.Action> snap = log.snapshot();
    for (int i = 0; i < 100; i++) {
      log.append(new Offer("b", Bid.of(1)));
    }
    assertEquals(5, snap.size());
    assertTrue(snap.stream().allMatch(offer::equals));
    assertEquals(105, log.snapshot().size());
  }
}
