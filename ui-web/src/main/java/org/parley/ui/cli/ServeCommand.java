package org.parley.ui.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.ui.web.ResultsFolder;
import org.parley.ui.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web room: replay stored negotiations, play one side against a bot, "
        + "watch bots live. Stops on Ctrl-C.",
    footer = {"", "Examples:", "  parley serve --port 7070   then open http://127.0.0.1:7070/",
        "  parley serve --results results/london   then open http://127.0.0.1:7070/results.html"})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}; 0 = a free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; another address exposes the "
          + "server to the network).")
  String host;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Folder for transcripts (default: ~/.parley).")
  Path data;

  @Option(names = "--results", paramLabel = "DIR",
      description = "Output folder of 'parley tournament --out' or 'parley sweep --out' to show "
          + "on the results page (leaderboard with intervals, strategy × opponent matrix, "
          + "failures; each session replayable). Read only: nothing is written into it.")
  Path results;

  @Mixin
  StrategyPathOption strategyPath;

  @Option(names = "--idle-minutes", defaultValue = "5", paramLabel = "N",
      description = "A player silent this long on a turn loses the game (timeout), which frees "
          + "its place (default: ${DEFAULT-VALUE}).")
  int idleMinutes;

  @Option(names = "--sessions-per-client", defaultValue = "10", paramLabel = "N",
      description = "Games and lab sessions one address may run at once (default: "
          + "${DEFAULT-VALUE}).")
  int sessionsPerClient;

  @Option(names = "--class",
      description = "Class mode: nothing is served without a role; prints the instructor's "
          + "link. Always on when --host is not this machine only.")
  boolean classMode;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new Parley.UserError("--port must be 0-65535, got " + port);
    }
    if (idleMinutes < 1 || idleMinutes > 1440) {
      throw new Parley.UserError("--idle-minutes must be 1-1440, got " + idleMinutes);
    }
    WebServer.Limits limits;
    try {
      limits = new WebServer.Limits(sessionsPerClient, java.time.Duration.ofMinutes(idleMinutes));
    } catch (IllegalArgumentException e) {
      throw new Parley.UserError("--sessions-per-client: " + e.getMessage());
    }
    Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".parley");
    Optional<ResultsFolder> folder = Optional.ofNullable(results).map(ResultsFolder::open);
    WebServer server;
    try {
      server = WebServer.start(host, port, dir, strategyPath.catalog(), limits,
          classMode || !java.util.Set.of("127.0.0.1", "localhost", "::1").contains(host), folder);
    } catch (IllegalStateException e) {
      throw new Parley.UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "parley-serve-stop"));
    var out = spec.commandLine().getOut();
    String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + server.port();
    out.printf("Parley is serving %s/  (transcripts in %s; Ctrl-C stops)%n", base,
        server.transcripts());
    folder.ifPresent(f -> out.printf("Results of %s: %s/results.html%n", results, base));
    server.instructorPath().ifPresent(path -> {
      out.printf("Class mode: students open %s/ and join with the class code.%n", base);
      out.printf("Instructor (keep this link to yourself): %s%s%n", base, path);
      if (server.restored() > 0) {
        out.printf("Brought back %d games that were in progress.%n", server.restored());
      }
    });
    out.flush();
    stopped.await();
    return 0;
  }
}
