package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.Tournament;
import org.parley.engine.io.TournamentCodec;

/** {@code parley tournament} killed with kill -9 mid-run, then resumed. */
class TournamentKillTest {

  @TempDir
  Path dir;

  static String spec(int repetitions, int parallelism) {
    return """
        {"format": "parley-tournament/1", "scenarios": ["london-2025"],
         "strategies": ["conceder", "linear", "tit-for-tat",
           {"name": "e0.5", "spec": {"bidding": {"type": "time-dependent", "e": 0.5}}}],
         "repetitions": %d, "seed": 11, "rounds": 60, "runtime": "direct", "parallelism": %d}
        """.formatted(repetitions, parallelism);
  }

  static Tournament.Summary run(String text, Path out, boolean resume) {
    return new Tournament("spec.json", TournamentCodec.read("spec.json", text),
        new StrategyCatalog()).run(out, resume, true, RunListener.SILENT);
  }

  static List<String> sorted(Path file) throws Exception {
    return Files.readAllLines(file).stream().sorted().toList();
  }

  @Test
  void killDashNineThenResumeLosesAndDuplicatesNothing() throws Exception {
    String big = spec(40, 1);
    Path specFile = dir.resolve("big.json");
    Files.writeString(specFile, big);
    Path killed = dir.resolve("killed");
    Process p = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), Parley.class.getName(), "tournament",
        specFile.toString(), "--out", killed.toString(), "--no-progress"))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path results = killed.resolve("results.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((!Files.exists(results) || Files.readAllLines(results).size() < 60)
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    int before = Files.readAllLines(results).size(); // a row per party: 960 when done
    assertTrue(before >= 60 && before < 960, "killed mid-run, after " + before + " of 960 rows");
    Tournament.Summary s = run(big, killed, true);
    assertEquals(480, s.planned());
    run(spec(40, 2), dir.resolve("whole"), false);
    List<String> resumed = sorted(results);
    assertEquals(960, resumed.size(), "each session's two rows once");
    assertEquals(sorted(dir.resolve("whole/results.jsonl")), resumed);
  }

  /**
   * A write that fails mid-run (here a transcript's path is a folder, as a full disk fails a
   * write) ends the tournament with one line naming the path, not an internal error with a stack
   * trace; the rows written before it stay readable for --resume.
   */
  @Test
  void aFailedWriteIsOneLineNamingThePath() throws Exception {
    String text = spec(1, 1);
    Path specFile = dir.resolve("small.json");
    Files.writeString(specFile, text);
    Path out = dir.resolve("full");
    Tournament t = new Tournament("spec.json", TournamentCodec.read("spec.json", text),
        new StrategyCatalog());
    String victim = t.plan().get(3).id();
    Files.createDirectories(out.resolve("transcripts").resolve(victim + ".json"));
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = Parley.commandLine();
    cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
    cli.setErr(new java.io.PrintWriter(err, true));
    int exit = cli.execute("tournament", specFile.toString(), "--out", out.toString(),
        "--no-progress");
    assertEquals(1, exit);
    String message = err.toString();
    assertTrue(message.contains("error: cannot write") && message.contains(victim + ".json"),
        message);
    assertTrue(!message.contains("internal error") && !message.contains("\tat "), message);
  }
}
