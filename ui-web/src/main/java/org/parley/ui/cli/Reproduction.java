package org.parley.ui.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parley.agents.check.Failure;
import org.parley.agents.check.Problem;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * The {@code parley run} command that plays a failing session of 'parley check-strategy' again:
 * the scenario written to a file in {@code folder}, the same seats, seed and plug-ins. A timeout
 * is replayed on the JADE runtime, which enforces the turn limit in 'parley run'.
 */
final class Reproduction {

  private final Path folder;
  private final NegotiatorSpec checked;
  private final List<Path> strategyPath;
  private final Duration turnLimit;

  Reproduction(Path folder, NegotiatorSpec checked, List<Path> strategyPath, Duration turnLimit) {
    this.folder = folder;
    this.checked = checked;
    this.strategyPath = List.copyOf(strategyPath);
    this.turnLimit = turnLimit;
  }

  /** Writes the failure's scenario file and returns the command line. */
  String command(Failure f) {
    Path scenario = folder.resolve(f.scenario().id() + ".json");
    TranscriptFiles.writeText(scenario, ScenarioCodec.write(f.scenario()));
    StringBuilder c = new StringBuilder("parley run --runtime ");
    c.append(f.problem() == Problem.TOO_SLOW ? "jade --turn-limit " + turnLimit.toMillis()
        : "direct");
    c.append(" --scenario ").append(TournamentCommand.shell(scenario.toString()));
    for (String party : f.scenario().partyIds()) {
      String strategy = party.equals(f.party()) ? checked.text() : f.opponent();
      c.append(" --party ").append(TournamentCommand.shell(party + "=" + strategy));
    }
    c.append(" --seed ").append(f.seed());
    if (!strategyPath.isEmpty()) {
      c.append(" --strategy-path ").append(TournamentCommand.shell(String.join(",",
          strategyPath.stream().map(Path::toString).toList())));
    }
    return c.toString();
  }
}
