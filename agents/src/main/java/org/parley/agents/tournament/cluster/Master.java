package org.parley.agents.tournament.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import jade.wrapper.StaleProxyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.PlatformException;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.RunStoppedException;
import org.parley.agents.tournament.SessionResult;
import org.parley.agents.tournament.SessionRunner;
import org.parley.engine.io.JsonNode;
import org.parley.engine.tournament.PlannedSession;

/**
 * The coordinating end of a distributed tournament: the JADE main container, with one agent that
 * hands sessions to the workers ({@code parley worker}) as they have room. A worker silent for
 * {@link #DEAD_AFTER} is presumed gone: the sessions it had in flight go back to the front of the
 * queue and run elsewhere. A session's result is recorded the first time it arrives; a late copy
 * from a worker presumed gone is dropped, so every session is recorded once ({@link Jobs}).
 *
 * <p>When the last worker is lost with sessions left, the master says so at once (how to start a
 * worker, how to finish here instead) rather than wait in silence. A worker that joins then goes
 * on with the run; if none joins within the return wait, every session left fails with a
 * {@link RunStoppedException} that says how to resume, and the rows already written stay.
 */
final class Master implements SessionRunner {

  static final Duration DEAD_AFTER = Duration.ofSeconds(5);

  private final JadePlatform platform;
  private final MasterAgent agent;
  private final RunListener log;
  private final ExecutorService recorder = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "parley-master-recorder");
    t.setDaemon(true);
    return t;
  });

  /**
   * Starts the main container at {@code host:port} (0: a free port).
   *
   * @param scenarios each scenario's JSON, deadline applied, sent to each worker as it joins
   * @param returnWait how long to wait for a worker once all are gone with sessions left
   * @param resume the command that finishes the run on this machine, for the person running it
   * @param transcripts whether workers send each session's transcript text
   */
  Master(String host, int port, String secret, Map<String, String> scenarios, String runtime,
      int turnLimitMs, boolean transcripts, Duration returnWait, String resume,
      RunListener log) {
    this.log = log;
    this.platform = JadePlatform.startMain(host, port, secret);
    String join = String.format(Locale.ROOT, "parley worker --main %s:%d --secret %s", host,
        platform.port(), secret);
    this.agent = new MasterAgent(Wire.welcome(runtime, turnLimitMs, transcripts, scenarios),
        new Vacancy(join, resume, returnWait));
    try {
      platform.container().acceptNewAgent(Wire.MASTER, agent).start();
    } catch (StaleProxyException e) {
      platform.close();
      throw new PlatformException("cannot start the tournament master: " + e.getMessage(), e);
    }
  }

  int port() {
    return platform.port();
  }

  /** Waits until {@code n} workers have joined; false if they did not within {@code timeout}. */
  boolean awaitWorkers(int n, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (agent.live.get() < n) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  @Override
  public void submit(PlannedSession s, Consumer<SessionResult> done, Consumer<Throwable> failed) {
    agent.jobs.add(new Jobs.Job(s, done, failed));
    agent.wake();
  }

  @Override
  public void close() {
    agent.finish();
    recorder.shutdown();
    platform.close();
  }

  private void say(String line) {
    synchronized (log) {
      log.say(line);
    }
  }

  private final class MasterAgent extends Agent {
    private static final long serialVersionUID = 1L;
    private static final Object WAKE = new Object();

    final transient Jobs jobs = new Jobs();
    final AtomicInteger live = new AtomicInteger();
    /** What each worker is told as it joins. */
    private final transient JsonObject welcome;
    private final transient Vacancy vacancy;
    private final transient AtomicBoolean woken = new AtomicBoolean();
    private final transient AtomicBoolean finishing = new AtomicBoolean();
    /** Workers told DONE that have not yet said BYE. */
    private final transient Set<AID> byes = ConcurrentHashMap.newKeySet();
    // the agent's own state, touched only in its thread
    private final transient Map<AID, WorkerState> workers = new LinkedHashMap<>();
    private boolean over;

    MasterAgent(JsonObject welcome, Vacancy vacancy) {
      this.welcome = welcome;
      this.vacancy = vacancy;
      setEnabledO2ACommunication(true, 0);
    }

    void wake() {
      if (woken.compareAndSet(false, true)) {
        try {
          putO2AObject(WAKE, false);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /**
     * Tells every live worker the tournament is over and waits (at most 2 s) until each has said
     * BYE, so no DONE is lost with the platform.
     */
    void finish() {
      finishing.set(true);
      wake();
      long end = System.nanoTime() + 2_000_000_000L;
      while ((finishing.get() || !byes.isEmpty()) && System.nanoTime() < end) {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    @Override
    protected void setup() {
      addBehaviour(new CyclicBehaviour(this) {
        private static final long serialVersionUID = 1L;

        @Override
        public void action() {
          ACLMessage msg = receive();
          if (msg != null) {
            onMessage(msg);
          }
          woken.set(false);
          while (getO2AObject() != null) {
            // wake-ups carry nothing
          }
          if (finishing.get()) {
            for (AID w : workers.keySet()) {
              byes.add(w);
              send(Wire.message(ACLMessage.INFORM, w, Wire.DONE, new JsonObject()));
            }
            workers.clear();
            over = true;
            finishing.set(false);
            return;
          }
          checkDead();
          vacancy.check(workers.size(), jobs, Master.this::say);
          dispatch();
          if (msg == null) {
            block(250);
          }
        }
      });
    }

    private void onMessage(ACLMessage msg) {
      String ontology = String.valueOf(msg.getOntology());
      AID sender = msg.getSender();
      WorkerState w = workers.get(sender);
      try {
        switch (ontology) {
          case Wire.HELLO -> {
            JsonNode c = Wire.content(msg);
            if (over) {
              send(Wire.message(ACLMessage.INFORM, sender, Wire.DONE, new JsonObject()));
              return;
            }
            if (w == null) {
              int threads = c.get("threads").integer(1, 4096);
              w = new WorkerState(threads);
              workers.put(sender, w);
              say(String.format(Locale.ROOT, "worker %s joined (%d threads)", sender.getName(),
                  threads));
              send(Wire.message(ACLMessage.INFORM, sender, Wire.WELCOME, welcome));
            }
            if (!w.ready && c.opt("ready").map(JsonNode::bool).orElse(false)) {
              w.ready = true;
              countLive();
            }
            w.lastSeen = System.nanoTime();
            send(Wire.message(ACLMessage.INFORM, sender, Wire.HELLO, new JsonObject()));
          }
          case Wire.BYE -> byes.remove(sender);
          case Wire.RESULTS -> {
            List<ResultBatch.Entry> batch = ResultBatch.read(Wire.content(msg));
            if (w != null) {
              w.lastSeen = System.nanoTime();
              w.finished(batch.size());
            }
            List<Jobs.Arrival> arrived = jobs.record(w, batch);
            recorder.execute(() -> arrived.forEach(a -> a.deliver(sender.getName())));
          }
          default -> {
            // JADE's own notices (such as a FAILURE for a message to a worker that is gone):
            // a worker's silence is what counts
          }
        }
      } catch (RuntimeException e) {
        say("ignoring a bad message from " + sender.getName() + ": " + e.getMessage());
      }
    }

    private void checkDead() {
      long now = System.nanoTime();
      List<AID> dead = new ArrayList<>();
      workers.forEach((aid, w) -> {
        if (now - w.lastSeen > DEAD_AFTER.toNanos()) {
          dead.add(aid);
        }
      });
      for (AID aid : dead) {
        WorkerState w = workers.remove(aid);
        countLive();
        List<Jobs.Job> lost = new ArrayList<>(w.inFlight.values());
        jobs.requeue(lost);
        say(String.format(Locale.ROOT, "worker %s lost (silent for %d s): %d sessions in flight "
            + "will run again elsewhere", aid.getName(), DEAD_AFTER.toSeconds(), lost.size()));
      }
    }

    /** Workers ready for sessions: what {@link Master#awaitWorkers} counts. */
    private void countLive() {
      live.set((int) workers.values().stream().filter(w -> w.ready).count());
    }

    private void dispatch() {
      for (Map.Entry<AID, WorkerState> e : workers.entrySet()) {
        WorkerState w = e.getValue();
        long now = System.nanoTime();
        int room = w.capacity(now) - w.inFlight.size();
        if (!w.ready || room <= 0) {
          continue;
        }
        JsonArray sessions = new JsonArray();
        for (int i = 0; i < room; i++) {
          Jobs.Job j = jobs.next();
          if (j == null) {
            break;
          }
          w.inFlight.put(j.session().id(), j);
          sessions.add(Wire.session(j.session()));
        }
        if (sessions.isEmpty()) {
          return;
        }
        w.given(now);
        JsonObject work = new JsonObject();
        work.add("sessions", sessions);
        send(Wire.message(ACLMessage.REQUEST, e.getKey(), Wire.WORK, work));
      }
    }
  }
}
