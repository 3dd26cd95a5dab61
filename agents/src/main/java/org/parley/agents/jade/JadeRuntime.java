package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.wrapper.StaleProxyException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.session.Session;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/**
 * Runs sessions on a JADE platform: one chair agent per session, one delegation agent per party
 * (a local bot, a person's {@link HumanSeat}, or a delegation that joined from another JVM). For
 * the same scenario, seats and seed it produces the same transcript as the direct runtime, apart
 * from the timing section and the runtime's name. Sessions run concurrently and independently.
 */
public final class JadeRuntime implements AutoCloseable {

  public static final String RUNTIME = "jade";
  /** Per-turn time limit for bots: far above any bot's think time, short enough to notice a hang. */
  public static final Duration DEFAULT_TURN_LIMIT = Duration.ofMillis(
      TournamentSpec.DEFAULT_TURN_LIMIT_MS);
  /** Per-turn time limit for people. */
  public static final Duration DEFAULT_HUMAN_TURN_LIMIT = Duration.ofMinutes(10);

  private static final AtomicLong COUNTER = new AtomicLong();

  /**
   * Posted (async O2A) to a session's agents once all of them have been created; none sends a
   * message before. Creating agents while messages to or from them are in flight left a JADE
   * agent-table row locked for good in testing (an agent then hangs in send() forever).
   */
  static final Object START = new Object();

  private final JadePlatform platform;
  private final NegotiatorFactory factory;
  private final Duration turnLimit;
  private final InstantSource clock;
  private final RegistryAgent registry;
  private final TurnWatchdog watchdog;
  private final AgentLifecycle lifecycle;
  /** The chair of each running session, by the session's future (identity). */
  private final Map<CompletableFuture<Transcript>, ChairAgent> chairs =
      new java.util.concurrent.ConcurrentHashMap<>();

  public JadeRuntime(JadePlatform platform, NegotiatorFactory factory, Duration turnLimit,
      InstantSource clock) {
    this.platform = Objects.requireNonNull(platform, "platform");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.turnLimit = Objects.requireNonNull(turnLimit, "turn limit");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (turnLimit.isNegative() || turnLimit.isZero()) {
      throw new IllegalArgumentException("turn limit must be positive, got " + turnLimit);
    }
    this.watchdog = new TurnWatchdog(TurnWatchdog.periodFor(turnLimit));
    this.lifecycle = new AgentLifecycle(platform.container());
    this.registry = new RegistryAgent();
    if (platform.isMain()) {
      launch("registry-" + COUNTER.incrementAndGet(), registry);
    }
  }

  /** A runtime on a new local platform (127.0.0.1, free port). */
  public static JadeRuntime local(NegotiatorFactory factory) {
    return new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, null), factory, DEFAULT_TURN_LIMIT,
        InstantSource.system());
  }

  public JadePlatform platform() {
    return platform;
  }

  /** Runs a session of bots and waits for its transcript. */
  public Transcript run(ScenarioAnalysis analysis, SessionSpec spec) {
    return await(start(analysis, spec, Map.of(), Map.of(), null));
  }

  /**
   * Starts a session.
   *
   * @param humans parties played by people, each through its seat
   * @param remote parties played by joined delegations (see {@link #awaitJoined})
   * @param observer told of every accepted action, in the chair's thread (keep it quick), or null
   */
  public CompletableFuture<Transcript> start(ScenarioAnalysis analysis, SessionSpec spec,
      Map<String, HumanSeat> humans, Map<String, AID> remote, Consumer<Event> observer) {
    return start(analysis, spec, humans, remote, observer, null);
  }

  /**
   * Starts a session whose chair also records every FIPA-ACL message it sends and receives in
   * {@code messages} (null: none).
   */
  public CompletableFuture<Transcript> start(ScenarioAnalysis analysis, SessionSpec spec,
      Map<String, HumanSeat> humans, Map<String, AID> remote, Consumer<Event> observer,
      MessageLog messages) {
    Session session = new Session(analysis, spec);
    String scenarioId = analysis.scenario().id();
    // agent names are platform-wide: a runtime in a joined container adds its JVM's pid
    String n = COUNTER.incrementAndGet() + (platform.isMain() ? ""
        : "-p" + ProcessHandle.current().pid());
    String conversation = "parley-" + n + "-" + spec.sessionId();
    Map<String, AID> delegations = new LinkedHashMap<>();
    Map<String, Duration> limits = new HashMap<>();
    java.util.List<Agent> created = new java.util.ArrayList<>();
    java.util.List<String> own = new java.util.ArrayList<>();
    for (Seat seat : spec.seats()) {
      String party = seat.party();
      limits.put(party, humans.containsKey(party) ? humans.get(party).turnLimit() : turnLimit);
      if (remote.containsKey(party)) {
        delegations.put(party, remote.get(party));
        continue;
      }
      DelegationAgent agent = humans.containsKey(party)
          ? DelegationAgent.human(party, scenarioId, humans.get(party), factory,
              analysis.ranking(party))
          : DelegationAgent.bot(party, scenarioId, factory, analysis.ranking(party));
      delegations.put(party, launch(party + "-" + n, agent));
      created.add(agent);
      own.add(party + "-" + n);
    }
    CompletableFuture<Transcript> result = new CompletableFuture<>();
    ChairAgent chair = new ChairAgent(session, delegations, limits, humans.keySet(), observer,
        result, clock,
        conversation, watchdog, lifecycle::retire, own, messages);
    launch("chair-" + n, chair);
    created.add(chair);
    chairs.put(result, chair);
    result.whenComplete((t, e) -> chairs.remove(result));
    // A seat hears the end from the transcript, not from the END message: the delegation may be
    // retired before it reads END, and a person must never wait for an outcome that is gone.
    for (HumanSeat seat : humans.values()) {
      result.whenComplete((t, e) -> seat.finish(t, e));
    }
    for (Agent agent : created) {
      post(agent, START);
    }
    return result;
  }

  /**
   * Ends a running session from outside: it is over at once with {@code reason} (CANCELLED when
   * someone stopped it, TIMEOUT when its time ran out), blamed on {@code party} (may be null)
   * with {@code detail}. False if it is no longer running.
   */
  public boolean cancel(CompletableFuture<Transcript> session, String party,
      org.parley.engine.protocol.SessionOutcome.Reason reason, String detail) {
    ChairAgent chair = chairs.get(session);
    if (chair == null) {
      return false;
    }
    chair.cancel(party, reason, detail);
    return true;
  }

  /** Waits for a delegation for {@code party} to join from another container. */
  public Optional<JoinedDelegation> awaitJoined(String party, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    do {
      Optional<JoinedDelegation> found = registry.find(party);
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < end);
    return Optional.empty();
  }

  /**
   * Joins the platform at {@code mainHost:mainPort} from this JVM with a delegation that plays
   * {@code strategy} for {@code party} in every session the main runs with it. Returns the
   * peripheral container; closing it leaves the platform.
   */
  public static JadePlatform join(String mainHost, int mainPort, String secret, String localHost,
      int localPort, String party, String strategy, NegotiatorFactory factory) {
    JadePlatform platform = JadePlatform.join(mainHost, mainPort, localHost, localPort, secret);
    try {
      String name = party + "-joined-" + ProcessHandle.current().pid() + "-"
          + COUNTER.incrementAndGet();
      DelegationAgent agent = DelegationAgent.joined(party, strategy, factory);
      platform.container().acceptNewAgent(name, agent).start();
      post(agent, START);
      return platform;
    } catch (StaleProxyException | RuntimeException e) {
      platform.close();
      throw new PlatformException("cannot start the delegation: " + e.getMessage(), e);
    }
  }

  /** Drops a joined delegation that turned out to be gone. */
  public void forget(AID joined) {
    registry.forget(joined);
  }

  private AID launch(String name, Agent agent) {
    lifecycle.launch(name, agent);
    return platform.aid(name);
  }

  private static void post(Agent agent, Object o) {
    try {
      agent.putO2AObject(o, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformException("interrupted while starting agent " + agent.getLocalName(), e);
    }
  }

  /** Longest wait for one session's transcript before JADE itself is presumed stuck. */
  public static final Duration MAX_SESSION_WAIT = Duration.ofMinutes(10);

  /** The transcript, or the failure that prevented one. */
  public static Transcript await(CompletableFuture<Transcript> future) {
    try {
      return future.get(MAX_SESSION_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new PlatformException("no transcript after " + MAX_SESSION_WAIT.toMinutes()
          + " min: the session's chair is stuck inside JADE");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a session", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the session failed inside Parley: " + e.getCause(),
          e.getCause());
    }
  }

  @Override
  public void close() {
    watchdog.close();
    lifecycle.close();
    platform.close();
  }
}
