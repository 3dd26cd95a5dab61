package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Tournaments spread over worker JVMs on loopback ('parley worker'), with workers killed (kill -9)
 * mid-run: one of two (the other takes over), or the only one (the master says so at once, and a
 * new worker finishes the run, or none comes and the run stops with the command that finishes it
 * here). Slow-ish (JVM starts, 5 s until a silent worker counts as lost): tagged jade.
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

  /** Waits (at most 60 s) until {@code file} holds at least {@code n} lines or the run is over. */
  private static int awaitLines(Path file, int n, CompletableFuture<?> run) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while ((!Files.exists(file) || Files.readAllLines(file).size() < n)
        && System.nanoTime() < deadline && !run.isDone()) {
      Thread.sleep(5);
    }
    return Files.exists(file) ? Files.readAllLines(file).size() : 0;
  }

  /** The results of the same spec run here on one thread, sorted: what every run must match. */
  private List<String> localResults(int repetitions) throws Exception {
    Path local = dir.resolve("local-" + repetitions);
    new Tournament("spec.json", TournamentCodec.read("spec.json",
        TournamentKillTest.spec(repetitions, 1)), new StrategyCatalog()).run(local, false, false,
        RunListener.SILENT);
    return TournamentKillTest.sorted(local.resolve("results.jsonl"));
  }

  /** Sessions in results lines (one line per party per session). */
  private static long distinctIds(List<String> lines) {
    return lines.stream().map(l -> JsonParser.parseString(l).getAsJsonObject().get("session")
        .getAsString()).distinct().count();
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
  /**
   * The only worker is killed mid-run: the master says so at once and how to go on; a new worker
   * runs the killed one's sessions in flight and the rest, each recorded once, with the results
   * of one local thread.
   */
  void whenTheOnlyWorkerDiesTheMasterSaysSoAtOnceAndANewWorkerFinishesTheRun() throws Exception {
    int repetitions = 8;
    int total = 12 * repetitions; // 4 strategies: 12 ordered pairings
    String text = TournamentKillTest.spec(repetitions, 1).replace("direct", "jade");
    Path out = dir.resolve("lone");
    StringBuffer log = new StringBuffer();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Tournament t = new Tournament("spec.json", TournamentCodec.read("spec.json", text),
        new StrategyCatalog());
    String resume = "parley tournament spec.json --out lone --resume";
    CompletableFuture<Tournament.Summary> run = CompletableFuture.supplyAsync(() -> t.run(out,
        false, true, line -> log.append(line).append('\n'), new Distribution("127.0.0.1", 0,
            SECRET, 1, Duration.ofSeconds(60), resume, port::complete)));
    int p = port.get(60, TimeUnit.SECONDS);
    Path results = out.resolve("results.jsonl");
    Process first = worker(p, dir.resolve("w1.log"));
    int before = awaitLines(results, 10, run);
    long killed = System.nanoTime();
    first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    while (!log.toString().contains("all workers are gone") && !run.isDone()
        && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(20)) {
      Thread.sleep(10);
    }
    double saidAfter = (System.nanoTime() - killed) / 1e9;
    Matcher said = Pattern.compile("all workers are gone with (\\d+) sessions left: start a "
        + "worker \\(parley worker --main 127\\.0\\.0\\.1:" + p + " --secret " + SECRET
        + "\\) to go on, or stop here \\(Ctrl-C\\) and finish on this machine with: "
        + Pattern.quote(resume) + "; without a worker within 60 s the run stops\n")
        .matcher(log);
    assertTrue(said.find(), log.toString());
    System.out.printf("said %.2f s after the kill: %s", saidAfter, said.group());
    assertTrue(log.toString().matches("(?s).*lost \\(silent for .*: [1-9][0-9]* sessions in "
        + "flight.*"), "the killed worker had sessions in flight, to run again: " + log);
    // a worker counts as lost after 5 s of silence; the master looks four times a second
    assertTrue(saidAfter < 7.5, "said " + saidAfter + " s after the kill");
    assertFalse(run.isDone(), "the run waits for a worker");
    Thread.sleep(300); // the last results of the dead worker, if any, are written by now
    int kept = Files.readAllLines(results).size() / 2; // sessions: a row per party, whole
    assertTrue(kept >= before / 2 && kept < total, "killed mid-run, after " + kept + " of " + total);
    assertEquals(total - kept, Integer.parseInt(said.group(1)), "sessions left, truthfully");

    Process second = worker(p, dir.resolve("w2.log"));
    Tournament.Summary s = run.get(90, TimeUnit.SECONDS);
    assertTrue(log.toString().contains("a worker is back: going on with " + (total - kept)
        + " sessions left"), log.toString());
    List<String> lines = Files.readAllLines(results);
    assertEquals(total, s.planned());
    assertEquals(2 * total, lines.size(), "every session recorded once, a row per party");
    assertEquals(total, distinctIds(lines));
    assertEquals(localResults(repetitions), lines.stream().sorted().toList());
    assertEquals(total, Files.list(out.resolve("transcripts")).count());
    assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the new worker leaves at the end");
    assertEquals(0, second.exitValue());
  }

  @Test
  void whenNoWorkerComesBackTheRunStopsNamingTheCommandThatFinishesItHere() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, TournamentKillTest.spec(4, 1).replace("direct", "jade"));
    Path out = dir.resolve("stopped");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    StringWriter said = new StringWriter(); // the run's lines and errors go to standard error
    var cli = Parley.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(said, true));
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute(
        "tournament", spec.toString(), "--out", out.toString(), "--workers", "1", "--listen",
        "127.0.0.1:" + port, "--secret", SECRET, "--join-wait", "8", "--no-progress"));
    Process only = worker(port, dir.resolve("w.log"));
    Path results = out.resolve("results.jsonl");
    int before = awaitLines(results, 8, exit);
    long killed = System.nanoTime();
    only.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    int code = exit.get(60, TimeUnit.SECONDS);
    double stoppedAfter = (System.nanoTime() - killed) / 1e9;
    String[] lines = said.toString().split("\n");
    String error = lines[lines.length - 1] + "\n";
    System.out.printf("stopped %.2f s after the kill:%n%s", stoppedAfter, said);
    assertEquals(1, code, said.toString());
    assertTrue(said.toString().contains("\nall workers are gone with "), said.toString());
    // 5 s until the worker counts as lost, then the 8 s of --join-wait (which is also how long
    // the first worker may take to join: a JVM start on a loaded machine)
    assertTrue(stoppedAfter > 12 && stoppedAfter < 18, "stopped " + stoppedAfter + " s after");
    String expected = "parley tournament " + spec + " --out " + out + " --resume";
    assertTrue(error.matches("error: no worker came back within 8 s, with [1-9][0-9]* sessions "
        + "left; the finished ones are kept: finish on this machine with: " + Pattern.quote(
            expected) + " \\(or add --workers N to use workers again\\)\n"), error);
    List<String> kept = Files.readAllLines(results);
    assertTrue(kept.size() >= before && kept.size() < 96, "stopped after " + kept.size());
    assertEquals(kept.size(), 2 * distinctIds(kept));

    // the command it names finishes the run here, on the spec's runtime, each session once
    var again = Parley.commandLine();
    again.setOut(new PrintWriter(new StringWriter(), true));
    again.setErr(new PrintWriter(said, true));
    String[] words = expected.substring("parley ".length()).split(" ");
    assertEquals(0, again.execute(words), said.toString());
    List<String> all = Files.readAllLines(results);
    assertEquals(96, all.size(), "every session recorded once, a row per party");
    assertEquals(48, distinctIds(all));
    assertEquals(localResults(4), all.stream().sorted().toList());
  }

  @Test
  void noWorkerWithinTheJoinWaitIsOneLineNotAnInternalError() throws Exception {
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, TournamentKillTest.spec(1, 1));
    StringWriter said = new StringWriter();
    var cli = Parley.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(said, true));
    int code = cli.execute("tournament", spec.toString(), "--out", dir.resolve("none")
        .toString(), "--workers", "1", "--listen", "127.0.0.1:0", "--secret", SECRET,
        "--join-wait", "1", "--no-progress");
    assertEquals(1, code, said.toString());
    assertTrue(said.toString().endsWith("\nerror: fewer than 1 worker(s) joined within 1 s; no "
        + "session has run\n"), said.toString());
  }
}
