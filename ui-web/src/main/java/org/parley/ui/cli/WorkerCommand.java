package org.parley.ui.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.agents.jade.ContainerRefusedException;
import org.parley.agents.jade.PlatformException;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.agents.tournament.Tournament;
import org.parley.agents.tournament.cluster.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "worker", mixinStandardHelpOptions = true,
    description = "Join a distributed tournament ('parley tournament --workers N') as a JADE "
        + "container that runs sessions. Leaves when the tournament is over.",
    footer = {"", "Example (two terminals, or two hosts):",
        "  parley tournament examples/london.tournament.json --out results/d --workers 1",
        "  parley worker --main 127.0.0.1:7100 --secret SECRET",
        "", "The tournament prints SECRET. Run workers only over trusted networks: the secret",
        "keeps strangers' containers out, but JADE sends everything unencrypted."})
final class WorkerCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--main", required = true, paramLabel = "HOST:PORT",
      description = "Where the tournament listens (its --listen).")
  String main;

  @Option(names = "--threads", paramLabel = "N",
      description = "Sessions run at once (default: the number of cores).")
  Integer threads;

  @Mixin
  StrategyPathOption strategyPath;

  @Mixin
  LocalAddressOptions local;

  @Mixin
  SecretOption secret;

  @Option(names = "--wait", defaultValue = "600", paramLabel = "SECONDS",
      description = "How long to keep trying to reach the tournament (default: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Override
  public Integer call() throws InterruptedException {
    HostPort at = HostPort.parse("--main", main);
    int n = threads == null ? Tournament.cores() : threads;
    if (n < 1 || n > 256) {
      throw new Parley.UserError("--threads must be 1-256, got " + n);
    }
    String given = secret.forJoiner();
    StrategyCatalog catalog = strategyPath.catalog();
    PrintWriter out = spec.commandLine().getOut();
    long end = System.nanoTime() + waitSeconds * 1_000_000_000L;
    Worker worker = null;
    boolean told = false;
    while (worker == null) {
      try {
        worker = Worker.join(at.host(), at.port(), given, local.host, local.port, n,
            catalog);
      } catch (ContainerRefusedException e) {
        throw new Parley.UserError(e.getMessage());
      } catch (PlatformException e) {
        if (System.nanoTime() > end) {
          throw new Parley.UserError("no tournament at " + main + " within " + waitSeconds
              + " s: " + e.getMessage());
        }
        if (!told) {
          out.printf("waiting for a tournament at %s ...%n", main);
          out.flush();
          told = true;
        }
        Thread.sleep(1000);
      }
    }
    Worker joined = worker;
    Runtime.getRuntime().addShutdownHook(new Thread(joined::close));
    out.printf("joined %s with %d threads; running sessions%n", main, n);
    out.flush();
    Worker.End how = joined.await();
    if (how == Worker.End.DONE) {
      out.printf("tournament over: ran %d sessions%n", joined.sessions());
    } else {
      out.printf("lost the tournament at %s after %d sessions%n", main, joined.sessions());
    }
    out.flush();
    return how == Worker.End.DONE ? 0 : 2;
  }
}
