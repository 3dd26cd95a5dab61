package org.parley.ui.bench;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.parley.agents.jade.HumanSeat;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * JADE runtime figures, measured in one run on one platform: raw ping-pong between two agents of
 * one container, a London session on JADE (Boulware vs Conceder, 100 rounds) and its cost per
 * action against that ping-pong, and memory per session with 500 sessions open at once.
 */
public final class JadeBench {

  private final PrintWriter out;
  private final int samples;

  public JadeBench(PrintWriter out, int samples) {
    this.out = out;
    this.samples = samples;
  }

  public void runAll() throws InterruptedException {
    out.printf(Locale.ROOT, "JADE runtime benchmark: %d interleaved samples after warm-up%n%n",
        samples);
    out.flush();
    try (JadeRuntime jade = new JadeRuntime(JadePlatform.startMain("127.0.0.1", 0, null),
        new StrategyCatalog(), JadeRuntime.DEFAULT_TURN_LIMIT, InstantSource.system())) {
      Scenario london = ScenarioCatalog.load("london-2025");
      ScenarioAnalysis analysis = new ScenarioAnalysis(london);
      int n = Math.max(samples, 3) * 3;
      double[] ping = new double[n];
      double[] londonMs = new double[n];
      double[] londonPerAction = new double[n];
      double[] slope = new double[n];
      double[] setup = new double[n];
      // warm-up: one long session, so that the JIT has compiled the whole path
      hardliners(jade, analysis, 20_000, -1);
      for (int i = -3; i < n; i++) {
        double p = pingPong(jade.platform());
        double shortMs = hardliners(jade, analysis, 50, i);
        double longMs = hardliners(jade, analysis, 1050, i);
        SessionSpec spec = new SessionSpec("bench-" + i, List.of(
            new Seat("us", new NegotiatorSpec((i & 1) == 0 ? "boulware" : "conceder")),
            new Seat("china", new NegotiatorSpec((i & 1) == 0 ? "conceder" : "boulware"))),
            i, new Deadline(100));
        long start = System.nanoTime();
        Transcript t = jade.run(analysis, spec);
        double ms = (System.nanoTime() - start) / 1e6;
        if (i >= 0) {
          ping[i] = p;
          slope[i] = (longMs - shortMs) * 1e3 / 2000;
          setup[i] = shortMs - slope[i] * 100 / 1e3;
          londonMs[i] = ms;
          londonPerAction[i] = ms * 1e3 / t.events().size();
        }
      }
      double pingPong = EngineBench.median(ping);
      double marginal = EngineBench.median(slope);
      double perAction = EngineBench.median(londonPerAction);
      out.printf(Locale.ROOT, "%-62s %10.1f µs%n", "raw JADE ping-pong round trip, one container",
          pingPong);
      out.printf(Locale.ROOT, "%-62s %10.1f µs   = %.2f× ping-pong (target ≤ 1.5×)%n",
          "cost per action (slope: 2,100- vs 100-action sessions)", marginal, marginal / pingPong);
      out.printf(Locale.ROOT, "%-62s %10.1f ms   (3 agents created, briefed, DF-registered, "
          + "removed)%n", "fixed cost per session", EngineBench.median(setup));
      out.printf(Locale.ROOT, "%-62s %10.1f ms%n",
          "london-2025 session on JADE, Boulware vs Conceder, 100 rounds",
          EngineBench.median(londonMs));
      out.printf(Locale.ROOT, "%-62s %10.1f µs   = %.2f× ping-pong; GENIUS 10.4 ≈ 1,200 µs: "
          + "%.1f× faster%n", "  per action, setup included", perAction, perAction / pingPong,
          1200 / perAction);
      out.flush();
      memory(jade);
    }
    out.flush();
  }

  /** Wall time of one hardliner-vs-hardliner session: never agrees, so exactly 2·rounds actions. */
  private static double hardliners(JadeRuntime jade, ScenarioAnalysis analysis, int rounds,
      int seed) {
    SessionSpec spec = new SessionSpec("hard-" + rounds + "-" + seed, List.of(
        new Seat("us", new NegotiatorSpec("hardliner")),
        new Seat("china", new NegotiatorSpec("hardliner"))), seed, new Deadline(rounds));
    long start = System.nanoTime();
    Transcript t = jade.run(analysis, spec);
    if (t.events().size() != 2 * rounds) {
      throw new IllegalStateException("expected " + 2 * rounds + " actions, got "
          + t.events().size());
    }
    return (System.nanoTime() - start) / 1e6;
  }

  /** Mean round trip of 4,000 request/reply exchanges between two fresh agents. */
  double pingPong(JadePlatform platform) throws InterruptedException {
    double[] micros = new double[1];
    for (int s = 0; s < 1; s++) {
      int exchanges = 4_000;
      CountDownLatch done = new CountDownLatch(1);
      long[] elapsed = new long[1];
      String suffix = "-" + System.nanoTime();
      AID pongAid = platform.aid("pong" + suffix);
      Agent pong = new Agent() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void setup() {
          addBehaviour(new CyclicBehaviour(this) {
            private static final long serialVersionUID = 1L;

            @Override
            public void action() {
              ACLMessage m = receive();
              if (m == null) {
                block();
                return;
              }
              ACLMessage r = m.createReply();
              r.setPerformative(ACLMessage.INFORM);
              r.setContent("pong");
              send(r);
            }
          });
        }
      };
      Agent ping = new Agent() {
        private static final long serialVersionUID = 1L;
        private int left = exchanges;
        private long start;

        @Override
        protected void setup() {
          start = System.nanoTime();
          sendPing();
          addBehaviour(new CyclicBehaviour(this) {
            private static final long serialVersionUID = 1L;

            @Override
            public void action() {
              ACLMessage m = receive();
              if (m == null) {
                block();
                return;
              }
              if (--left == 0) {
                elapsed[0] = System.nanoTime() - start;
                done.countDown();
                doDelete();
              } else {
                sendPing();
              }
            }
          });
        }

        private void sendPing() {
          ACLMessage m = new ACLMessage(ACLMessage.REQUEST);
          m.addReceiver(pongAid);
          m.setContent("ping");
          send(m);
        }
      };
      try {
        platform.container().acceptNewAgent("pong" + suffix, pong).start();
        platform.container().acceptNewAgent("ping" + suffix, ping).start();
      } catch (jade.wrapper.StaleProxyException e) {
        throw new IllegalStateException(e);
      }
      done.await();
      pong.doDelete();
      micros[s] = elapsed[0] / 1e3 / exchanges;
    }
    return micros[0];
  }

  /** 500 sessions, each waiting for a person's first move, so all are open at once. */
  void memory(JadeRuntime jade) throws InterruptedException {
    Scenario london = ScenarioCatalog.load("london-2025");
    ScenarioAnalysis analysis = new ScenarioAnalysis(london);
    analysis.ranking("china");
    int n = 500;
    Runtime rt = Runtime.getRuntime();
    long heapBefore = usedHeapAfterGc();
    long rssBefore = rssBytes();
    int threadsBefore = Thread.activeCount();
    List<HumanSeat> seats = new ArrayList<>();
    List<CompletableFuture<Transcript>> running = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HumanSeat seat = new HumanSeat();
      seats.add(seat);
      running.add(jade.start(analysis, new SessionSpec("mem-" + i, List.of(
          new Seat("us", new NegotiatorSpec("human")),
          new Seat("china", new NegotiatorSpec("boulware"))), i, new Deadline(100)),
          Map.of("us", seat), Map.of(), null));
    }
    for (HumanSeat seat : seats) {
      seat.awaitTurn(Duration.ofSeconds(60)).orElseThrow();
    }
    long heapDuring = usedHeapAfterGc();
    long rssDuring = rssBytes();
    int threadsDuring = Thread.activeCount();
    for (HumanSeat seat : seats) {
      seat.decide(Decision.of(new EndNegotiation("us")));
    }
    running.forEach(JadeRuntime::await);
    out.printf(Locale.ROOT, "%-62s %10.1f KB heap, %.0f KB RSS per session (%d threads for %d "
        + "sessions)%n", "memory with 500 sessions open at once", (heapDuring - heapBefore) / 1e3 / n,
        (rssDuring - rssBefore) / 1e3 / n, threadsDuring - threadsBefore, n);
    out.flush();
    rt.gc();
  }

  static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  static long rssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
