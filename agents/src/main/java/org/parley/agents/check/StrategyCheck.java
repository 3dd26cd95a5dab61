package org.parley.agents.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import org.parley.agents.strategy.Preset;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.SessionPool;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.scenario.RandomScenarios;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/**
 * Plays one strategy against every preset, on both sides, over seeded random two-party
 * scenarios ({@link RandomScenarios}) on the direct runtime with its turn limit, each session
 * twice, and reports each {@link Problem} it shows. A session is the one {@code parley run}
 * plays for the same scenario file, seats and seed (session id "SCENARIO-SEED").
 */
public final class StrategyCheck {

  /** Examples kept per problem. */
  public static final int EXAMPLES = 3;

  private final StrategyCatalog catalog;
  private final NegotiatorSpec checked;
  private final CheckSettings settings;

  /** Throws IllegalArgumentException naming the problem when {@code checked} is not a strategy. */
  public StrategyCheck(StrategyCatalog catalog, NegotiatorSpec checked, CheckSettings settings) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.checked = Objects.requireNonNull(checked, "checked strategy");
    this.settings = Objects.requireNonNull(settings, "settings");
    catalog.check(checked);
  }

  /** Sessions a full check plays (each twice). */
  public int plannedSessions() {
    return settings.scenarios() * Preset.ALL.size() * 2;
  }

  /** Runs the check; {@code scenariosDone} hears the count after each scenario. */
  public CheckReport run(IntConsumer scenariosDone) {
    Findings findings = new Findings();
    SplittableRandom master = new SplittableRandom(settings.seed());
    int sessions = 0;
    try (SessionPool pool = new SessionPool(DirectRunner.RUNTIME, 1, settings.turnLimit(),
        catalog, null)) {
      for (int k = 0; k < settings.scenarios(); k++) {
        long seed = 1 + master.nextLong(999_999_999L);
        int rounds = settings.rounds().orElse(10 + master.nextInt(51));
        Scenario scenario = RandomScenarios.scenario(seed, 2, rounds);
        ScenarioAnalysis analysis = new ScenarioAnalysis(scenario);
        for (Preset opponent : Preset.ALL) {
          for (String party : scenario.partyIds()) {
            if (findings.sessions >= settings.maxFailures()) {
              return findings.report(sessions, true);
            }
            sessions++;
            check(pool, analysis, party, opponent.name(), seed, findings);
          }
        }
        scenariosDone.accept(k + 1);
      }
    }
    return findings.report(sessions, false);
  }

  private void check(SessionPool pool, ScenarioAnalysis analysis, String party, String opponent,
      long seed, Findings findings) {
    Scenario scenario = analysis.scenario();
    List<Seat> seats = scenario.partyIds().stream().map(p -> new Seat(p,
        p.equals(party) ? checked : new NegotiatorSpec(opponent))).toList();
    SessionSpec spec = new SessionSpec(scenario.id() + "-" + seed, seats, seed,
        scenario.deadline());
    List<Failure> found = new ArrayList<>();
    try {
      Transcript first = play(pool, analysis, spec);
      acceptBelowReservation(first, party).ifPresent(d -> found.add(new Failure(
          Problem.ACCEPTS_BELOW_RESERVATION, scenario, party, opponent, seed, d)));
      Optional<Problem> brokeOff = brokeOff(first, party);
      brokeOff.ifPresent(p -> found.add(new Failure(p, scenario, party, opponent, seed,
          ((NoAgreement) first.outcome()).detail())));
      if (brokeOff.isEmpty() || brokeOff.get() != Problem.TOO_SLOW) { // timing is not replayable
        differs(first, play(pool, analysis, spec)).ifPresent(d -> found.add(new Failure(
            Problem.NOT_DETERMINISTIC, scenario, party, opponent, seed, d)));
      }
    } catch (CompletionException e) { // an Error, which the runtime does not record
      found.add(new Failure(Problem.THROWS, scenario, party, opponent, seed,
          "the session failed: " + DirectRunner.stackTrace(e.getCause())));
    }
    findings.add(found);
  }

  private static Transcript play(SessionPool pool, ScenarioAnalysis analysis, SessionSpec spec) {
    CompletableFuture<Transcript> done = new CompletableFuture<>();
    pool.submit(analysis, spec, done::complete, done::completeExceptionally);
    return done.join();
  }

  private static Optional<String> acceptBelowReservation(Transcript t, String party) {
    double reservation = t.scenario().requireParty(party).profile().reservation();
    for (Event e : t.events()) {
      if (e.action() instanceof Accept a && a.party().equals(party)
          && e.utilities().get(party) < reservation) {
        return Optional.of("in round " + e.round() + " it accepted a bid worth "
            + e.utilities().get(party) + " to it; its reservation value is " + reservation);
      }
    }
    return Optional.empty();
  }

  /** The problem when the session ended because {@code party} broke off (threw, stalled, cheated). */
  private static Optional<Problem> brokeOff(Transcript t, String party) {
    if (!(t.outcome() instanceof NoAgreement n) || !party.equals(n.party())) {
      return Optional.empty();
    }
    return switch (n.reason()) {
      case AGENT_ERROR -> Optional.of(Problem.THROWS);
      case TIMEOUT -> Optional.of(Problem.TOO_SLOW);
      case VIOLATION -> Optional.of(Problem.INVALID_ACTION);
      case DEADLINE, WALKED_AWAY, CANCELLED -> Optional.empty();
    };
  }

  /** Where a second play of a session first departs from the first, if it does. */
  private static Optional<String> differs(Transcript first, Transcript second) {
    int n = Math.min(first.events().size(), second.events().size());
    for (int i = 0; i < n; i++) {
      if (!first.events().get(i).equals(second.events().get(i))) {
        return Optional.of("the two plays differ from turn " + i + " (round "
            + first.events().get(i).round() + "): " + first.events().get(i).action() + " then "
            + second.events().get(i).action());
      }
    }
    if (first.events().size() != second.events().size()
        || !first.outcome().equals(second.outcome())) {
      return Optional.of("the two plays end differently: " + first.outcome() + " then "
          + second.outcome());
    }
    return Optional.empty();
  }

  /** Failures so far: counts and first examples per problem, and the failing sessions. */
  private static final class Findings {
    final Map<Problem, Integer> counts = new EnumMap<>(Problem.class);
    final Map<Problem, List<Failure>> examples = new EnumMap<>(Problem.class);
    int sessions;

    void add(List<Failure> found) {
      if (found.isEmpty()) {
        return;
      }
      sessions++;
      for (Failure f : found) {
        counts.merge(f.problem(), 1, Integer::sum);
        List<Failure> list = examples.computeIfAbsent(f.problem(), p -> new ArrayList<>());
        if (list.size() < EXAMPLES) {
          list.add(f);
        }
      }
    }

    CheckReport report(int played, boolean stopped) {
      return new CheckReport(played, counts, examples, stopped);
    }
  }
}
