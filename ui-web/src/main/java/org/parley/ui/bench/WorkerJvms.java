package org.parley.ui.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker JVMs that serve one benchmark tournament after another ({@code parley worker --stay}),
 * so that runs after the first find their code compiled, as a local run's JVM does. They wait
 * for each tournament at one port of the master's address; worker {@code i} runs at address
 * {@code i} of the {@link WorkerNetwork}. Each JVM starts as this one was (its JVM options).
 */
final class WorkerJvms implements AutoCloseable {

  private final int port;
  private final List<Process> jvms = new ArrayList<>();

  /**
   * Starts {@code workers} workers of {@code threads} threads each, with the plug-ins in
   * {@code strategyPath}, waiting for tournaments with {@code secret} on a free port.
   */
  WorkerJvms(WorkerNetwork net, int workers, int threads, Path strategyPath, String secret) {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName(net.masterHost()))) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + net.masterHost() + ": "
          + e.getMessage(), e);
    }
    for (int i = 0; i < workers; i++) {
      List<String> command = new ArrayList<>(net.launcher(i));
      command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator
          + "java");
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.addAll(List.of("-cp", System.getProperty("java.class.path"),
          "org.parley.ui.cli.Parley", "worker", "--stay", "--wait", "120", "--main",
          net.masterHost() + ":" + port, "--secret", secret, "--threads",
          String.valueOf(threads), "--local-host", net.address(i), "--strategy-path",
          strategyPath.toString()));
      try {
        jvms.add(new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
      } catch (IOException e) {
        close();
        throw new UncheckedIOException("cannot start a worker JVM: " + e.getMessage(), e);
      }
    }
  }

  /** Where the tournaments for these workers listen, on the master's address. */
  int port() {
    return port;
  }

  int size() {
    return jvms.size();
  }

  @Override
  public void close() {
    jvms.forEach(Process::destroyForcibly);
  }
}
