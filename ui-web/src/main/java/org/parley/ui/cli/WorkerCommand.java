package org.parley.ui.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
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
        "keeps strangers' containers out, but JADE sends everything unencrypted.",
        "", "With --stay a worker serves one tournament after another at the same address (run",
        "them with --listen HOST:PORT and --secret), its JIT-compiled code kept warm."})
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

  @Option(names = "--stay",
      description = "After a tournament ends, wait (up to --wait) for the next at the same address.")
  boolean stay;

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
    AtomicReference<Worker> current = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      Worker w = current.get();
      if (w != null) {
        w.close();
      }
    }));
    for (int served = 0; ; served++) {
      Worker joined = join(at, given, n, catalog, out, served);
      if (joined == null) {
        out.printf("no tournament at %s within %d s: leaving after %d%n", main, waitSeconds,
            served);
        out.flush();
        return 0;
      }
      current.set(joined);
      out.printf("joined %s with %d threads; running sessions%n", main, n);
      out.flush();
      Worker.End how = joined.await();
      if (how == Worker.End.DONE) {
        out.printf("tournament over: ran %d sessions%n", joined.sessions());
      } else {
        out.printf("lost the tournament at %s after %d sessions%n", main, joined.sessions());
      }
      out.flush();
      if (!stay) {
        return how == Worker.End.DONE ? 0 : 2;
      }
      current.set(null);
      joined.close();
    }
  }

  /**
   * Joins the tournament at {@code at}, trying for --wait seconds; null when none came and this
   * worker has {@code served} tournaments already (with none served, that is an error).
   */
  private Worker join(HostPort at, String given, int n, StrategyCatalog catalog,
      PrintWriter out, int served) throws InterruptedException {
    long end = System.nanoTime() + waitSeconds * 1_000_000_000L;
    boolean told = false;
    while (true) {
      try {
        return Worker.join(at.host(), at.port(), given, local.host, local.port, n, catalog);
      } catch (ContainerRefusedException e) {
        throw new Parley.UserError(e.getMessage());
      } catch (PlatformException e) {
        if (System.nanoTime() > end) {
          if (served > 0) {
            return null;
          }
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
  }
}
