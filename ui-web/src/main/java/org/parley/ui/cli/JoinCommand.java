package org.parley.ui.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.agents.jade.JadePlatform;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.NegotiatorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "join", mixinStandardHelpOptions = true,
    description = "Join a running Parley platform from this JVM with a delegation for one party.",
    footer = {"", "Example (two terminals):",
        "  parley run --party china=remote --port 7000",
        "  parley join --main 127.0.0.1:7000 --secret SECRET --party china --strategy boulware",
        "", "The run prints SECRET. Join only over trusted networks: the secret keeps strangers'",
        "containers out, but JADE sends everything unencrypted."})
final class JoinCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--main", required = true, paramLabel = "HOST:PORT",
      description = "The main container to join.")
  String main;

  @Option(names = "--party", required = true, description = "The party this delegation plays.")
  String party;

  @Option(names = "--strategy", required = true,
      description = "Preset or JSON spec the delegation plays (see 'parley strategies').")
  String strategy;

  @Mixin
  StrategyPathOption strategyPath;

  @Mixin
  LocalAddressOptions local;

  @Mixin
  SecretOption secret;

  @Override
  public Integer call() throws InterruptedException {
    HostPort at = HostPort.parse("--main", main);
    NegotiatorSpec negotiator = TranscriptCodec.canonicalSpec(strategy);
    StrategyCatalog catalog = strategyPath.catalog();
    try {
      catalog.check(negotiator);
    } catch (IllegalArgumentException e) {
      throw new Parley.UserError("--strategy: " + e.getMessage());
    }
    JadePlatform platform = JadeRuntime.join(at.host(), at.port(), secret.forJoiner(), local.host,
        local.port, party, negotiator.text(), catalog);
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      platform.close();
      stop.countDown();
    }));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("joined %s: '%s' plays %s; waiting for sessions (Ctrl-C to leave)%n", main, party,
        negotiator);
    out.flush();
    stop.await();
    return 0;
  }
}
