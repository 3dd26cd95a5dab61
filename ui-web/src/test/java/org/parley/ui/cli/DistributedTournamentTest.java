package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TournamentCodec;
import org.parley.agents.tournament.RunListener;
import org.parley.agents.tournament.cluster.Distribution;
import org.parley.agents.tournament.Tournament;

/**
 * A tournament spread over two worker JVMs on loopback ('parley worker'), one of them killed
 * (kill -9) mid-run. Slow-ish (two JVM starts): tagged jade.
 */
@Tag("jade")
class DistributedTournamentTest {

  private static final String SECRET = "distributed-test";

  @TempDir
  Path dir;
  private final List<Process> workers = new ArrayList<>();

  @AfterEach
  void stop() {
    workers.forEach(Process::destroyForcibly);
  }

  private Process worker(int port, Path log) throws Exception {
    Process p = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Parley.class.getName(), "worker", "--main", "127.0.0.1:" + port, "--secret", SECRET,
        "--threads", "1"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    workers.add(p);
    return p;
  }

  @Test
  void aKilledWorkersSessionsRunElsewhereAndEachIsRecordedOnce() throws Exception {
    // the JADE runtime at the workers makes sessions slow enough to kill a worker mid-run
    String text = TournamentKillTest.spec(12, 1).replace("direct", "jade");
    Path out = dir.resolve("distributed");
    StringBuffer log = new StringBuffer();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Tournament t = new Tournament("spec.json", TournamentCodec.read("spec.json", text),
        new StrategyCatalog());
    CompletableFuture<Tournament.Summary> run = CompletableFuture.supplyAsync(() -> t.run(out,
        false, true, line -> log.append(line).append('\n'), new Distribution("127.0.0.1",
            0, SECRET, 2, Duration.ofSeconds(90), port::complete)));
    int p = port.get(60, TimeUnit.SECONDS);
    Process doomed = worker(p, dir.resolve("w1.log"));
    Process survivor = worker(p, dir.resolve("w2.log"));
    Path results = out.resolve("results.jsonl");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while ((!Files.exists(results) || Files.readAllLines(results).size() < 30)
        && System.nanoTime() < deadline && !run.isDone()) {
      Thread.sleep(5);
    }
    int before = Files.readAllLines(results).size();
    doomed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    Tournament.Summary s = run.get(170, TimeUnit.SECONDS);
    assertTrue(before >= 30 && before < 100, "killed mid-run, after " + before + " of 144");
    assertEquals(144, s.planned());
    assertTrue(log.toString().contains("lost (silent for"), log.toString());
    assertTrue(log.toString().matches("(?s).*lost .*: [1-9][0-9]* sessions in flight.*"),
        "the killed worker had sessions in flight: " + log);
    List<String> lines = Files.readAllLines(results);
    assertEquals(144, lines.size(), "every session recorded once");
    assertEquals(144, lines.stream().map(l -> com.google.gson.JsonParser.parseString(l).getAsJsonObject().get("id").getAsString()).distinct().count());
    // the same results as one local thread, byte for byte once sorted
    new Tournament("spec.json", TournamentCodec.read("spec.json", TournamentKillTest.spec(12, 1)), new StrategyCatalog()).run(dir.resolve("local"), false, false,
        RunListener.SILENT);
    assertEquals(TournamentKillTest.sorted(dir.resolve("local/results.jsonl")),
        lines.stream().sorted().toList());
    assertEquals(144, Files.list(out.resolve("transcripts")).count());
    assertTrue(survivor.waitFor(30, TimeUnit.SECONDS), "the surviving worker leaves at the end");
    assertEquals(0, survivor.exitValue());
    assertTrue(Files.readString(dir.resolve("w2.log")).contains("tournament over: ran "));
  }
}
