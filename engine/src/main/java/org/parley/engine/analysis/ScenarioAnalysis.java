package org.parley.engine.analysis;

import java.util.List;
import java.util.Optional;
import org.parley.engine.domain.Bid;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.utility.Decimals;

/**
 * Everything about a scenario's outcome space that does not depend on a session: the space itself,
 * the Pareto frontier, the solution points and each party's bid ranking. Computed lazily, once, and
 * shared by every session on the scenario (thread-safe).
 */
public final class ScenarioAnalysis {

  private final Scenario scenario;
  private final double[] reservations;
  private final Lazy<OutcomeSpace> space;
  private final Lazy<ParetoFrontier> frontier;
  private final Lazy<Optional<SolutionPoint>> nash;
  private final Lazy<Optional<SolutionPoint>> kalaiSmorodinsky;
  private final Lazy<Optional<SolutionPoint>> egalitarian;
  private final Lazy<Optional<SolutionPoint>> maxWelfare;
  private final List<Lazy<BidRanking>> rankings;
  private final List<String> partyIds;

  public ScenarioAnalysis(Scenario scenario) {
    this(scenario, Stop.NEVER);
  }

  /**
   * An analysis whose outcome space and frontier give up with {@link AnalysisStoppedException}
   * when {@code stop} asks (a server bounding the work one request may cost).
   */
  public ScenarioAnalysis(Scenario scenario, Stop stop) {
    this.partyIds = List.copyOf(scenario.partyIds()); // a List.of list: List.copyOf keeps it as is
    this.scenario = scenario;
    this.reservations = scenario.parties().stream()
        .mapToDouble(p -> p.profile().reservation()).toArray();
    this.space = new Lazy<>(() -> OutcomeSpace.of(scenario.domain(),
        scenario.parties().stream().map(p -> p.profile().utility()).toList(), stop));
    this.frontier = new Lazy<>(() -> ParetoFrontier.of(space.get(), stop));
    this.nash = new Lazy<>(() -> BargainingSolutions.nash(frontier.get(), reservations));
    this.kalaiSmorodinsky = new Lazy<>(
        () -> BargainingSolutions.kalaiSmorodinsky(frontier.get(), reservations));
    this.egalitarian = new Lazy<>(() -> BargainingSolutions.egalitarian(frontier.get(), reservations));
    this.maxWelfare = new Lazy<>(() -> BargainingSolutions.maxWelfare(frontier.get()));
    this.rankings = java.util.stream.IntStream.range(0, scenario.parties().size())
        .mapToObj(p -> new Lazy<>(() -> BidRanking.of(scenario.parties().get(p).profile()
            .utility()))).toList();
  }

  public Scenario scenario() {
    return scenario;
  }

  public OutcomeSpace space() {
    return space.get();
  }

  public ParetoFrontier frontier() {
    return frontier.get();
  }

  public Optional<SolutionPoint> nash() {
    return nash.get();
  }

  public Optional<SolutionPoint> kalaiSmorodinsky() {
    return kalaiSmorodinsky.get();
  }

  public Optional<SolutionPoint> egalitarian() {
    return egalitarian.get();
  }

  public Optional<SolutionPoint> maxWelfare() {
    return maxWelfare.get();
  }

  /**
   * Computes up front what sessions otherwise compute on first use: {@code party}'s ranking with
   * its scan tables. Safe to call for several parties at once from several threads.
   */
  public void prepareRanking(String party) {
    BidRanking r = ranking(party);
    r.levelSlots();
    r.blockSlots();
  }

  /** The scenario's party ids, in order (computed once). */
  public List<String> partyIds() {
    return partyIds;
  }

  public BidRanking ranking(String partyId) {
    return rankings.get(indexOf(partyId)).get();
  }

  /** Every party's utility of a bid, in party order. */
  public double[] utilities(Bid bid) {
    List<Party> parties = scenario.parties();
    double[] u = new double[parties.size()];
    for (int p = 0; p < u.length; p++) {
      u[p] = Decimals.utility(parties.get(p).profile().utility().utility(bid));
    }
    return u;
  }

  public boolean isParetoOptimal(Bid bid) {
    return frontier().distance(utilities(bid)) == 0.0;
  }

  private int indexOf(String partyId) {
    int i = partyIds.indexOf(partyId);
    if (i < 0) {
      throw new IllegalArgumentException("no party '" + partyId + "' in scenario '"
          + scenario.id() + "'");
    }
    return i;
  }
}
