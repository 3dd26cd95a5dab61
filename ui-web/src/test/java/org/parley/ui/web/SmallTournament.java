package org.parley.ui.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.engine.io.TournamentCodec;
import org.parley.engine.session.Negotiator;
import org.parley.engine.session.PartySetup;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * A tournament small enough for a test (three strategies on london-2025, 20 rounds, two
 * repetitions: 12 sessions in about a second), one of them a plug-in that throws halfway, so that
 * its sessions fail.
 */
final class SmallTournament {

  /** Plays boulware, then throws in round 11 of 20. */
  static final StrategyPlugin HALFWAY = new StrategyPlugin() {
    @Override
    public String name() {
      return "halfway";
    }

    @Override
    public String description() {
      return "boulware that throws halfway, for tests";
    }

    @Override
    public Negotiator create(Map<String, Double> parameters, PartySetup setup) {
      Negotiator boulware = new StrategyCatalog().create(new NegotiatorSpec("boulware"), setup);
      return view -> {
        if (view.round() >= 10) {
          throw new IllegalStateException("halfway gives up in round " + (view.round() + 1));
        }
        return boulware.act(view);
      };
    }
  };

  private SmallTournament() {
  }

  /** Runs the tournament into {@code out} with its transcripts; returns {@code out}. */
  static Path run(Path out) {
    String spec = """
        {"scenarios": ["london-2025"], "strategies": ["boulware", "conceder", "halfway"],
         "repetitions": 2, "seed": 4, "rounds": 20, "runtime": "direct", "parallelism": 2}
        """;
    new Tournament("spec.json", TournamentCodec.read("spec.json", spec),
        StrategyCatalog.including(List.of(HALFWAY))).run(out, false, true, RunListener.SILENT);
    return out;
  }

  /** Every file under {@code dir} with its bytes, to see that nothing changed. */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "folder"
            : java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
