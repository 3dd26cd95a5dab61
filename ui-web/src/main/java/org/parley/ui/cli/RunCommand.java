package org.parley.ui.cli;

import jade.core.AID;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.Preset;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.parley.agents.files.TranscriptFiles;
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run one negotiation between bots and print it round by round.",
    footer = {"", "Example:",
        "  parley run --scenario london-2025 --party us=boulware --party china=conceder --seed 7"})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--scenario", defaultValue = ScenarioCatalog.DEFAULT_ID, paramLabel = "ID|FILE",
      description = "Bundled scenario id or scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--party", paramLabel = "PARTY=STRATEGY",
      description = "Who plays a party: a preset (see 'parley strategies'), a JSON spec, or "
          + "'remote' for a delegation that joins from another JVM ('parley join'). Parties not "
          + "given play 'linear'.")
  Map<String, String> parties = new LinkedHashMap<>();

  @Option(names = "--seed", defaultValue = "1", description = "Session seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rounds", paramLabel = "N",
      description = "Deadline in rounds (default: the scenario's).")
  Integer rounds;

  @Option(names = "--seconds", paramLabel = "S",
      description = "Deadline in seconds of wall time from the first turn, 1 to 86400; with "
          + "--rounds, whichever comes first ends the session. Bots then see time-based progress; "
          + "the transcript records each turn's, so it replays exactly, but a rerun may differ.")
  Integer seconds;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the transcript (JSON) here.")
  Path out;

  @Option(names = "--runtime", defaultValue = "jade",
      description = "jade: every delegation is a JADE agent, a chair runs the protocol; direct: "
          + "in-process, fastest (default: ${DEFAULT-VALUE}).")
  Runtime runtime;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "JADE: address the main container binds (default: ${DEFAULT-VALUE}; another "
          + "address lets delegations on other hosts join; trusted networks only).")
  String host;

  @Option(names = "--port", defaultValue = "0",
      description = "JADE: main container port (default: a free port).")
  int port;

  @Option(names = "--wait", defaultValue = "120", paramLabel = "SECONDS",
      description = "JADE: how long to wait for remote delegations to join (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Option(names = "--turn-limit", paramLabel = "MILLIS",
      description = "JADE: per-turn time limit for bots (default: 10000).")
  Long turnLimitMillis;

  @Mixin
  StrategyPathOption strategyPath;

  @Mixin
  SecretOption secret;

  @Option(names = "--explain", description = "Print each bot's reason under its action.")
  boolean explain;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    Scenario sc = ScenarioCatalog.resolve(scenario);
    for (String party : parties.keySet()) {
      sc.requireParty(party);
    }
    List<String> remote = new ArrayList<>();
    for (String party : sc.partyIds()) {
      String given = parties.getOrDefault(party, Preset.DEFAULT_BOT);
      if (given.equals(REMOTE)) {
        remote.add(party);
        continue;
      }
      try {
        catalog().check(TranscriptCodec.canonicalSpec(given));
      } catch (IllegalArgumentException e) {
        throw new Parley.UserError("--party " + party + ": " + e.getMessage());
      }
    }
    if (!remote.isEmpty() && runtime != Runtime.jade) {
      throw new Parley.UserError("remote parties need --runtime jade");
    }
    Deadline deadline = rounds == null && seconds == null ? sc.deadline()
        : Deadline.of(rounds, seconds);
    ScenarioAnalysis analysis = new ScenarioAnalysis(sc);
    Transcript t = runtime == Runtime.direct
        ? new DirectRunner(analysis, catalog(), InstantSource.system())
            .run(spec(sc, deadline, Map.of()))
        : runOnJade(sc, analysis, deadline, remote);
    Report report = new Report(spec.commandLine().getOut());
    report.header(t);
    if (!quiet) {
      for (Event e : t.events()) {
        report.event(sc, e, explain);
      }
    }
    report.summary(t, analysis);
    if (out != null) {
      TranscriptFiles.write(out, t);
      spec.commandLine().getOut().printf("%nTranscript written to %s%n", out);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  enum Runtime { jade, direct }

  private StrategyCatalog catalog;

  private StrategyCatalog catalog() {
    if (catalog == null) {
      catalog = strategyPath.catalog();
    }
    return catalog;
  }

  static final String REMOTE = "remote";

  private SessionSpec spec(Scenario sc, Deadline deadline, Map<String, String> joined) {
    List<Seat> seats = new ArrayList<>();
    for (String party : sc.partyIds()) {
      String given = joined.getOrDefault(party, parties.getOrDefault(party, Preset.DEFAULT_BOT));
      seats.add(new Seat(party, TranscriptCodec.canonicalSpec(given)));
    }
    return new SessionSpec(sc.id() + "-" + seed, seats, seed, deadline);
  }

  private Transcript runOnJade(Scenario sc, ScenarioAnalysis analysis, Deadline deadline,
      List<String> remote) {
    Duration limit = turnLimitMillis == null ? JadeRuntime.DEFAULT_TURN_LIMIT
        : Duration.ofMillis(turnLimitMillis);
    // The scenario's rankings and Nash point are made on another core while the platform starts.
    CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> {
      analysis.partyIds().forEach(analysis::prepareRanking);
      analysis.nash();
    });
    try (JadeRuntime jade = new JadeRuntime(JadePlatform.startMain(host, port,
        remote.isEmpty() ? null : secret.forListener()),
        catalog(), limit, InstantSource.system())) {
      prepared.join();
      Map<String, String> strategies = new LinkedHashMap<>();
      Map<String, AID> agents = new LinkedHashMap<>();
      PrintWriter err = spec.commandLine().getErr();
      for (String party : remote) {
        err.printf("waiting up to %d s for '%s' to join: parley join --main %s:%d --secret %s "
            + "--party %s --strategy STRATEGY%n", waitSeconds, party, jade.platform().host(),
            jade.platform().port(), jade.platform().secret(), party);
        err.flush();
        var joined = jade.awaitJoined(party, Duration.ofSeconds(waitSeconds)).orElseThrow(
            () -> new Parley.UserError("no delegation for '" + party + "' joined within "
                + waitSeconds + " s"));
        err.printf("'%s' joined: %s plays %s%n", party, joined.aid().getName(), joined.strategy());
        strategies.put(party, joined.strategy());
        agents.put(party, joined.aid());
      }
      return JadeRuntime.await(jade.start(analysis, spec(sc, deadline, strategies), Map.of(),
          agents, null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Parley.UserError("interrupted");
    }
  }
}
