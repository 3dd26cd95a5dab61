package org.parley.cli;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run one negotiation between bots and print it round by round.",
    footer = {"", "Example:",
        "  parley run --scenario london-2025 --party us=boulware --party china=conceder --seed 7"})
final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--scenario", defaultValue = "london-2025", paramLabel = "ID|FILE",
      description = "Bundled scenario id or scenario file (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--party", paramLabel = "PARTY=STRATEGY",
      description = "Who plays a party: a preset (see 'parley strategies') or a JSON spec. "
          + "Parties not given play 'linear'.")
  Map<String, String> parties = new LinkedHashMap<>();

  @Option(names = "--seed", defaultValue = "1", description = "Session seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rounds", paramLabel = "N",
      description = "Deadline in rounds (default: the scenario's).")
  Integer rounds;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the transcript (JSON) here.")
  Path out;

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
    List<Seat> seats = new ArrayList<>();
    for (String party : sc.partyIds()) {
      NegotiatorSpec negotiator = TranscriptCodec.canonicalSpec(parties.getOrDefault(party, "linear"));
      try {
        StrategyCatalog.validate(negotiator);
      } catch (IllegalArgumentException e) {
        throw new Parley.UserError("--party " + party + ": " + e.getMessage());
      }
      seats.add(new Seat(party, negotiator));
    }
    Deadline deadline = rounds == null ? sc.deadline() : new Deadline(rounds);
    ScenarioAnalysis analysis = new ScenarioAnalysis(sc);
    Transcript t = new DirectRunner(analysis, new StrategyCatalog(), InstantSource.system())
        .run(new SessionSpec(sc.id() + "-" + seed, seats, seed, deadline));
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
}
