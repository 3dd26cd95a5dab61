package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.cli.CliTest.parley;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.files.TranscriptFiles;
import org.parley.agents.strategy.StrategyPlugin;
import org.parley.engine.protocol.Accept;
import org.parley.engine.transcript.Transcript;

/** 'parley check-strategy': passes a preset, fails a bad plug-in with a command that replays it. */
class CheckStrategyCommandTest {

  @Test
  void aPresetPassesEveryCheck() {
    CliTest.Result r = parley("check-strategy", "boulware", "--scenarios", "2");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().endsWith("All checks pass.\n"), r.out());
  }

  @Test
  void aPluginThatAcceptsAnythingFailsWithACommandThatReplaysTheFailure(@TempDir Path dir)
      throws Exception {
    // a plug-in folder whose service file names a class the test class path already has
    Path plugins = dir.resolve("plugins");
    Files.createDirectories(plugins.resolve("META-INF/services"));
    Files.writeString(plugins.resolve("META-INF/services/" + StrategyPlugin.class.getName()),
        AcceptsAnything.class.getName() + "\n");
    Path repro = dir.resolve("repro");
    CliTest.Result r = parley("check-strategy", "accepts-anything", "--strategy-path",
        plugins.toString(), "--scenarios", "5", "--seed", "7", "--repro-dir", repro.toString());
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("FAIL  accepts-below-reservation: it accepted an offer worth "
        + "less than its reservation value, in "), r.out());
    assertTrue(r.out().contains("ok    throws"), r.out());
    String command = r.out().lines().map(String::strip)
        .filter(l -> l.startsWith("parley run ")).findFirst().orElseThrow();
    assertTrue(command.contains("--strategy-path " + plugins), command);

    List<String> args = new ArrayList<>(words(command).subList(1, words(command).size()));
    Path out = dir.resolve("replay.json");
    args.addAll(List.of("--quiet", "--out", out.toString()));
    CliTest.Result replay = parley(args.toArray(String[]::new));
    assertEquals(0, replay.exit(), replay.err());
    Transcript t = TranscriptFiles.read(out);
    String party = t.seats().stream().filter(s -> s.negotiator().text().equals("accepts-anything"))
        .findFirst().orElseThrow().party();
    double reservation = t.scenario().requireParty(party).profile().reservation();
    assertTrue(t.events().stream().anyMatch(e -> e.action() instanceof Accept a
        && a.party().equals(party) && e.utilities().get(party) < reservation), command);
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, parley("check-strategy", "bulware").exit());
    assertEquals(2, parley("check-strategy", "missing.json").exit());
    assertEquals(2, parley("check-strategy", "boulware", "--scenarios", "-1").exit());
    assertEquals(2, parley("check-strategy", "boulware", "--strategy-path", "missing.jar").exit());
    CliTest.Result unknown = parley("check-strategy", "bulware");
    assertTrue(unknown.err().startsWith("unknown strategy 'bulware' (did you mean 'boulware'?)"),
        unknown.err());
  }

  /** The words of a command line as a POSIX shell splits it (plain words and '…' quotes). */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }
}
