package org.parley.ui.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where the scale-out benchmark's workers run, each on an address of its own, all traffic staying
 * on this machine. Where the machine allows it (root, {@code ip netns}), each worker has a network
 * namespace of its own, joined by a veth pair to a bridge whose address the master listens on:
 * 10.231.N.1 for the master, .2, .3, ... for the workers; made here and removed by {@link #close}.
 * Elsewhere the workers bind 127.0.0.2, 127.0.0.3, ... and the master 127.0.0.1.
 */
final class WorkerNetwork implements AutoCloseable {

  private final String masterHost;
  private final List<String> addresses;
  /** Each worker's namespace; empty without namespaces. */
  private final List<String> namespaces;
  /** The links made in this namespace: the bridge and the veth ends on it. */
  private final List<String> links;
  private final String why;

  private WorkerNetwork(String masterHost, List<String> addresses, List<String> namespaces,
      List<String> links, String why) {
    this.masterHost = masterHost;
    this.addresses = addresses;
    this.namespaces = namespaces;
    this.links = links;
    this.why = why;
  }

  /** Namespaces for {@code workers} workers if this machine allows them, else loopback addresses. */
  static WorkerNetwork open(int workers) {
    long pid = ProcessHandle.current().pid();
    String bridge = "pso" + pid;
    String net = "10.231." + (1 + pid % 250) + ".";
    List<String> made = new ArrayList<>();
    List<String> links = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    try {
      links.add(bridge);
      ip("link", "add", bridge, "type", "bridge");
      ip("addr", "add", net + "1/24", "dev", bridge);
      ip("link", "set", bridge, "up");
      for (int i = 0; i < workers; i++) {
        String ns = "parley-scale-out-" + pid + "-" + i;
        String host = bridge + "h" + i;
        String inside = bridge + "n" + i;
        ip("netns", "add", ns);
        made.add(ns);
        links.add(0, host);
        ip("link", "add", host, "type", "veth", "peer", "name", inside);
        ip("link", "set", host, "master", bridge);
        ip("link", "set", host, "up");
        ip("link", "set", inside, "netns", ns);
        ip("netns", "exec", ns, "ip", "addr", "add", net + (i + 2) + "/24", "dev", inside);
        ip("netns", "exec", ns, "ip", "link", "set", inside, "up");
        ip("netns", "exec", ns, "ip", "link", "set", "lo", "up");
        addresses.add(net + (i + 2));
      }
      return new WorkerNetwork(net + "1", addresses, made, links, null);
    } catch (IllegalStateException e) {
      new WorkerNetwork(null, List.of(), made, links, null).close();
      List<String> loopback = new ArrayList<>();
      for (int i = 0; i < workers; i++) {
        loopback.add("127.0.0." + (i + 2));
      }
      return new WorkerNetwork("127.0.0.1", loopback, List.of(), List.of(), e.getMessage());
    }
  }

  String masterHost() {
    return masterHost;
  }

  /** The address worker {@code i} binds its container to. */
  String address(int i) {
    return addresses.get(i);
  }

  /** What starts a command for worker {@code i}: in its namespace, or nothing. */
  List<String> launcher(int i) {
    return namespaces.isEmpty() ? List.of() : List.of("ip", "netns", "exec", namespaces.get(i));
  }

  /** For the figures' header: where the workers ran and, without namespaces, why not. */
  String describe() {
    if (!namespaces.isEmpty()) {
      return String.format(Locale.ROOT, "each worker in a network namespace of its own (%s), "
          + "master on %s over a bridge", String.join(", ", addresses), masterHost);
    }
    return String.format(Locale.ROOT, "workers on %s, master on %s (no network namespaces: %s)",
        String.join(", ", addresses), masterHost, why);
  }

  /** Removes the namespaces, the veth pairs and the bridge. */
  @Override
  public void close() {
    for (String ns : namespaces) {
      quietly("netns", "del", ns);
    }
    for (String link : links) {
      quietly("link", "del", link); // a veth pair goes with its namespace: then already gone
    }
  }

  private static void quietly(String... args) {
    try {
      ip(args);
    } catch (IllegalStateException e) {
      // already gone (or never made)
    }
  }

  /** Runs {@code ip ARGS}; an IllegalStateException with its message when it fails. */
  private static void ip(String... args) {
    List<String> command = new ArrayList<>(List.of("ip"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("'" + String.join(" ", command) + "' failed"
            + (said.isEmpty() ? "" : ": " + said));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run 'ip': " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running 'ip'", e);
    }
  }
}
