package org.parley.ui.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.ui.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web room: replay stored negotiations, play one side against a bot, "
        + "watch bots live. Stops on Ctrl-C.",
    footer = {"", "Example:", "  parley serve --port 7070   then open http://127.0.0.1:7070/"})
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
    WebServer server;
    try {
      server = WebServer.start(host, port, dir, strategyPath.catalog(), limits);
    } catch (IllegalStateException e) {
      throw new Parley.UserError(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "parley-serve-stop"));
    var out = spec.commandLine().getOut();
    out.printf("Parley is serving http://%s:%d/  (transcripts in %s; Ctrl-C stops)%n",
        host.contains(":") ? "[" + host + "]" : host, server.port(), server.transcripts());
    out.flush();
    stopped.await();
    return 0;
  }
}
