package org.parley.ui.cli;

import picocli.CommandLine.Option;

/**
 * Where a joining container listens, for the main container to connect back: the options of
 * {@code parley join} and {@code parley worker} (a mixin).
 */
final class LocalAddressOptions {

  @Option(names = "--local-host", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Address of this host that the main container (the run or the tournament) "
          + "can reach (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--local-port", defaultValue = "0", paramLabel = "PORT",
      description = "Port of this container; the main connects back to it (default: a free port).")
  int port;
}
