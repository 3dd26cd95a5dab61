package org.parley.engine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Offer;
import org.parley.engine.protocol.Protocol;
import org.parley.engine.protocol.ProtocolState;
import org.parley.engine.protocol.Violation;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Metrics;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Decimals;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.ArrayMap;

/**
 * The referee of one session, shared by every runtime (direct, JADE, replay): it holds the protocol
 * state, checks every submitted action centrally, records accepted actions with every party's
 * utility, and writes the transcript. Not thread-safe: one driver at a time.
 */
public final class Session {

  private final ScenarioAnalysis analysis;
  private final Scenario scenario;
  private final Protocol protocol;
  private final SessionSpec spec;
  private final List<Party> parties;
  private final String[] partyIds;
  private static final Map<String, Double> NO_UTILITIES = ArrayMap.of(new String[0],
      new double[0]);
  private final ActionLog log = new ActionLog();
  private final List<Event> events = new ArrayList<>();
  private ProtocolState state;

  public Session(ScenarioAnalysis analysis, SessionSpec spec) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.scenario = analysis.scenario();
    this.spec = Objects.requireNonNull(spec, "spec");
    List<String> ids = analysis.partyIds();
    List<Seat> seats = spec.seats();
    boolean match = seats.size() == ids.size();
    for (int i = 0; match && i < ids.size(); i++) {
      match = seats.get(i).party().equals(ids.get(i));
    }
    if (!match) {
      throw new IllegalArgumentException("seats " + seats.stream().map(Seat::party).toList()
          + " do not match the parties of scenario '" + scenario.id() + "' " + ids);
    }
    this.protocol = scenario.protocolRules();
    this.parties = scenario.parties();
    this.partyIds = ids.toArray(String[]::new);
    this.state = protocol.start(ids, spec.deadline());
  }

  public SessionSpec spec() {
    return spec;
  }

  public Scenario scenario() {
    return scenario;
  }

  public ProtocolState state() {
    return state;
  }

  public boolean isOver() {
    return state.isOver();
  }

  public String toMove() {
    return state.toMove();
  }

  /** What {@code party} is told before the session: its own profile only. */
  public Briefing briefing(String party) {
    NegotiatorSpec negotiator = null;
    for (Seat seat : spec.seats()) {
      if (seat.party().equals(party)) {
        negotiator = seat.negotiator();
      }
    }
    if (negotiator == null) {
      throw new IllegalArgumentException("no party '" + party + "'");
    }
    return new Briefing(spec.sessionId(), party, analysis.partyIds(), scenario.domain(),
        profileOf(party), spec.deadline(),
        Seeds.derive(spec.seed(), spec.sessionId(), party), negotiator);
  }

  /** What {@code party} needs to create its negotiator in this JVM. */
  public PartySetup setup(String party) {
    return briefing(party).setup(analysis.ranking(party));
  }

  /** The actions from index {@code from} on: what a party missed since it last heard. */
  public java.util.List<Action> actionsSince(int from) {
    return log.snapshot().subList(from, log.size());
  }

  /** The accepted actions so far, as recorded (read-only). */
  public List<Event> events() {
    return java.util.Collections.unmodifiableList(events);
  }

  /** Number of actions taken so far. */
  public int actionCount() {
    return log.size();
  }

  /** The turn message for the party to move, carrying the actions since {@code from}. */
  public Turn turn(int from) {
    return new Turn(state.round(), state.progress(), actionsSince(from), state.standingBid());
  }

  private org.parley.engine.utility.Profile profileOf(String party) {
    int mover = state.moverIndex();
    if (partyIds[mover].equals(party)) { // the usual case: the party to move
      return parties.get(mover).profile();
    }
    for (int i = 0; i < partyIds.length; i++) {
      if (partyIds[i].equals(party)) {
        return parties.get(i).profile();
      }
    }
    return scenario.requireParty(party).profile(); // throws, naming the parties
  }

  /** The party to move's view of the session now. */
  public NegotiationView view(String party) {
    return new NegotiationView(party, scenario.domain(), profileOf(party),
        spec.deadline(), state.round(), state.progress(), log.snapshot(), state.standingBid());
  }

  /**
   * Checks and applies a party's decision. A legal action is recorded; an illegal one ends the
   * session with a {@link Reason#VIOLATION} naming the problem, and is returned.
   */
  public Optional<Violation> submit(String party, Decision decision) {
    Action action = decision == null ? null : decision.action();
    Optional<Violation> violation = check(party, decision);
    if (violation.isPresent()) {
      if (!state.isOver()) {
        Violation v = violation.get();
        breakOff(new NoAgreement(Reason.VIOLATION, state.round(), party,
            v.kind() + ": " + v.message()));
      }
      return violation;
    }
    int turn = state.turn();
    int round = state.round();
    double t = state.progress();
    state = protocol.apply(scenario.domain(), state, action);
    log.append(action);
    events.add(new Event(turn, round, t, action, utilitiesOf(action), decision.rationale()));
    return Optional.empty();
  }

  /**
   * What the protocol says of {@code party}'s decision now, without applying it: empty when it is
   * legal. A runtime uses it to refuse a person's illegal move and let them try again.
   */
  public Optional<Violation> check(String party, Decision decision) {
    Action action = decision == null ? null : decision.action();
    Optional<Violation> violation = protocol.check(scenario.domain(), state, action);
    if (action != null && violation.isEmpty() && !action.party().equals(party)) {
      violation = Optional.of(new Violation(Violation.Kind.UNKNOWN_PARTY, party,
          "'" + party + "' sent an action in the name of '" + action.party() + "'"));
    }
    return violation;
  }

  /**
   * Sets the clock of a deadline in seconds at the start of a turn: {@code timeProgress} = elapsed
   * / duration, measured by the runtime (a replay passes the recorded t). At 1 or more the session
   * ends at the deadline. The turn's t, given to the party and recorded with its action, is the
   * later of this and the round's progress.
   */
  public void clock(double timeProgress) {
    state = protocol.clock(state, timeProgress);
  }

  /**
   * {@code party}, the party to move, answered after the time of a deadline in seconds was up: the
   * answer is refused and the session ends at the deadline, naming the party.
   */
  public void late(String party) {
    if (!party.equals(state.toMove())) {
      throw new IllegalArgumentException("'" + party + "' is not the party to move; '"
          + state.toMove() + "' is");
    }
    state = protocol.late(state);
  }

  /** Ends the running session from outside the rules: timeout, agent error, violation. */
  public void breakOff(NoAgreement outcome) {
    if (!outcome.reason().isBreakOff()) {
      throw new IllegalArgumentException("a runtime cannot impose '" + outcome.reason().key()
          + "'; the protocol decides that");
    }
    state = protocol.breakOff(state, outcome);
  }

  /** Convenience for runtimes: the failing party's error, with its stack trace, ends the session. */
  public void fail(String party, Reason reason, String detail) {
    breakOff(new NoAgreement(reason, state.round(), party, detail));
  }

  public Transcript transcript(String runtime, Timing timing) {
    if (!state.isOver()) {
      throw new IllegalStateException("session '" + spec.sessionId() + "' has not ended");
    }
    return new Transcript(spec.sessionId(), spec.seed(), runtime, scenario, spec.deadline(),
        spec.seats(), events, state.outcome(), metrics(state.outcome()), timing);
  }

  private Map<String, Double> utilitiesOf(Action action) {
    Bid bid = action instanceof Offer o ? o.bid() : action instanceof Accept a ? a.bid() : null;
    if (bid == null) {
      return NO_UTILITIES;
    }
    double[] u = new double[parties.size()];
    for (int i = 0; i < u.length; i++) {
      u[i] = Decimals.utility(parties.get(i).profile().utility().utility(bid));
    }
    return ArrayMap.of(partyIds, u);
  }

  private Metrics metrics(SessionOutcome outcome) {
    double t = Transcript.endProgress(spec.deadline(), outcome, events);
    double[] utilities = new double[partyIds.length];
    double[] discounted = new double[partyIds.length];
    if (outcome instanceof Agreement agreement) {
      double[] u = analysis.utilities(agreement.bid());
      double welfare = 0;
      for (int p = 0; p < u.length; p++) {
        utilities[p] = u[p];
        discounted[p] = parties.get(p).profile().discounted(u[p], t);
        welfare += u[p];
      }
      Double nashDistance = analysis.nash().map(n -> n.distanceTo(u)).orElse(null);
      return new Metrics(true, ArrayMap.of(partyIds, utilities),
          ArrayMap.of(partyIds, discounted), welfare, analysis.frontier().distance(u),
          nashDistance);
    }
    for (int p = 0; p < partyIds.length; p++) {
      utilities[p] = parties.get(p).profile().reservation();
      discounted[p] = parties.get(p).profile().effectiveReservation(t);
    }
    return new Metrics(false, ArrayMap.of(partyIds, utilities), ArrayMap.of(partyIds, discounted),
        0.0, null, null);
  }

}
