package org.parley.agents.tournament.cluster;

import com.google.gson.JsonObject;
import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import jade.wrapper.StaleProxyException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.PlatformException;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.JsonNode;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.tournament.PlannedSession;
import org.parley.agents.tournament.SessionPool;
import org.parley.agents.tournament.SessionResult;
import org.parley.agents.tournament.Tournament;

/**
 * A worker of a distributed tournament ({@code parley worker}): a JADE container joined to the
 * tournament's platform, with one agent that takes sessions from the master, runs them on its own
 * {@link SessionPool} (the direct runtime, or the JADE runtime with its agents in this
 * container), and sends back their results in batches ({@link ResultBatch}): the rows and
 * transcripts the master writes down as they are. It leaves when the master says the tournament is
 * over, or when it has not heard from the master for {@link #MASTER_SILENCE}.
 */
public final class Worker implements AutoCloseable {

  static final Duration MASTER_SILENCE = Duration.ofSeconds(15);

  /** How a worker's run ended. */
  public enum End { DONE, MASTER_LOST }

  private final JadePlatform platform;
  private final WorkerAgent agent;

  private Worker(JadePlatform platform, WorkerAgent agent) {
    this.platform = platform;
    this.agent = agent;
  }

  /** Joins the platform at {@code mainHost:mainPort} and starts taking sessions. */
  public static Worker join(String mainHost, int mainPort, String secret, String localHost,
      int localPort, int threads, StrategyCatalog catalog) {
    JadePlatform platform = JadePlatform.join(mainHost, mainPort, localHost, localPort, secret);
    WorkerAgent agent = new WorkerAgent(threads, catalog, platform);
    try {
      platform.container().acceptNewAgent("worker-" + ProcessHandle.current().pid(), agent)
          .start();
    } catch (StaleProxyException e) {
      platform.close();
      throw new PlatformException("cannot start the worker: " + e.getMessage(), e);
    }
    // the master's platform shutting down takes this container (and the agent) with it
    platform.onTermination(() -> agent.stop(End.MASTER_LOST));
    return new Worker(platform, agent);
  }

  /** Waits until the tournament is over or the master is lost. */
  public End await() throws InterruptedException {
    agent.finished.await();
    return agent.end;
  }

  /** Sessions this worker has run. */
  public int sessions() {
    return agent.ran.get();
  }

  @Override
  public void close() {
    agent.close();
    platform.close();
  }

  private static final class WorkerAgent extends Agent {
    private static final long serialVersionUID = 1L;
    private static final Object WAKE = new Object();

    final transient CountDownLatch finished = new CountDownLatch(1);
    final transient AtomicInteger ran = new AtomicInteger();
    volatile End end;
    private final int threads;
    private final transient StrategyCatalog catalog;
    private final transient JadePlatform container;
    private final transient ResultBatch batch = new ResultBatch();
    private final transient AtomicBoolean woken = new AtomicBoolean();
    // the agent's own state
    private final transient Map<String, ScenarioAnalysis> scenarios = new HashMap<>();
    /** Made when the master welcomes this worker, with the run's runtime and turn limit. */
    private transient SessionPool pool;
    private boolean transcripts;
    private boolean ready;
    private transient AID master;
    private long lastHello;
    private long lastHeard;

    WorkerAgent(int threads, StrategyCatalog catalog, JadePlatform container) {
      this.threads = threads;
      this.catalog = catalog;
      this.container = container;
      setEnabledO2ACommunication(true, 0);
    }

    @Override
    protected void setup() {
      master = new AID(Wire.MASTER, AID.ISLOCALNAME);
      addBehaviour(new CyclicBehaviour(this) {
        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
          if (finished.getCount() == 0) {
            block();
            return;
          }
          ACLMessage msg = receive();
          if (msg != null) {
            onMessage(msg);
          }
          woken.set(false);
          while (getO2AObject() != null) {
            // wake-ups carry nothing
          }
          long now = System.nanoTime();
          batch.takeIfDue(now).ifPresent(b -> send(Wire.message(ACLMessage.INFORM, master,
              Wire.RESULTS, b)));
          if (now - lastHello > 1_000_000_000L) {
            hello(now);
          }
          if (lastHeard != 0 && now - lastHeard > MASTER_SILENCE.toNanos()) {
            stop(End.MASTER_LOST);
            return;
          }
          if (msg == null) {
            long wait = batch.untilDue(now).orElse(500_000_000L);
            block(Math.max(1, Math.min(500, wait / 1_000_000)));
          }
        }
      });
    }

    private void hello(long now) {
      lastHello = now;
      JsonObject hello = new JsonObject();
      hello.addProperty("threads", threads);
      hello.addProperty("ready", ready);
      send(Wire.message(ACLMessage.INFORM, master, Wire.HELLO, hello));
    }

    private void onMessage(ACLMessage msg) {
      if (!msg.getSender().equals(master)) {
        return; // JADE's notices, e.g. while no master is up yet
      }
      lastHeard = System.nanoTime();
      switch (String.valueOf(msg.getOntology())) {
        case Wire.WELCOME -> welcome(Wire.content(msg));
        case Wire.WORK -> work(Wire.content(msg));
        case Wire.DONE -> {
          send(Wire.message(ACLMessage.INFORM, master, Wire.BYE, new JsonObject()));
          stop(End.DONE);
        }
        default -> {
        }
      }
    }

    /**
     * Takes the run's settings and scenarios, prepares each scenario's rankings and solutions (as
     * a local run does before its pilot), then says at once that it is ready. A worker welcomed
     * again (after the master presumed it lost) keeps what it has.
     */
    private void welcome(JsonNode welcome) {
      if (pool == null) {
        String runtime = welcome.get("runtime").string();
        pool = new SessionPool(runtime, threads,
            Duration.ofMillis(welcome.get("turnLimitMs").integer()), catalog,
            runtime.equals(DirectRunner.RUNTIME) ? null : container);
        transcripts = welcome.get("transcripts").bool();
      }
      welcome.get("scenarios").fields().forEach((id, text) -> scenarios.computeIfAbsent(id,
          k -> new ScenarioAnalysis(ScenarioCodec.read("scenario '" + id + "' from the master",
              text.string()))));
      Tournament.prepare(scenarios.values(), threads);
      ready = true;
      hello(System.nanoTime());
    }

    private void work(JsonNode work) {
      List<JsonNode> sessions = work.get("sessions").items();
      batch.given(sessions.size());
      for (JsonNode s : sessions) {
        PlannedSession planned = Wire.plannedSession(s);
        ScenarioAnalysis analysis = scenarios.get(planned.scenario());
        if (analysis == null) {
          reply(new ResultBatch.Failed(planned.id(), "no scenario '" + planned.scenario()
              + "' at this worker"));
          continue;
        }
        pool.submit(analysis, planned.sessionSpec(analysis.scenario().deadline()), t -> {
          ResultBatch.Entry result;
          try {
            result = new ResultBatch.Finished(planned.id(),
                SessionResult.of(planned, t, transcripts));
          } catch (RuntimeException e) {
            result = new ResultBatch.Failed(planned.id(), DirectRunner.stackTrace(e));
          }
          ran.incrementAndGet();
          reply(result);
        }, e -> reply(new ResultBatch.Failed(planned.id(), DirectRunner.stackTrace(e))));
      }
    }

    /** From any thread: adds a result to the batch, waking the agent when it must look. */
    private void reply(ResultBatch.Entry result) {
      if (batch.add(result, System.nanoTime()) && woken.compareAndSet(false, true)) {
        try {
          putO2AObject(WAKE, false);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private synchronized void stop(End how) {
      if (end == null) {
        end = how;
        finished.countDown();
      }
    }

    void close() {
      if (pool != null) {
        pool.close();
      }
    }
  }
}
