package org.parley.ui.cli;

import org.parley.agents.jade.ContainerGate;
import picocli.CommandLine.Option;

/**
 * The secret that lets a JADE container join a platform ({@code --secret}, or the environment
 * variable PARLEY_SECRET): the run or tournament that listens prints it; {@code parley join} and
 * {@code parley worker} give it. JADE 4.3 authenticates nothing itself; see ContainerGate.
 */
final class SecretOption {

  @Option(names = "--secret", paramLabel = "SECRET", defaultValue = "${env:PARLEY_SECRET}",
      description = "Secret a joining container must give (default: $PARLEY_SECRET; for the "
          + "side that listens, a new random one, printed with the command to join).")
  String secret;

  /** For the side that listens: the given secret, or a new random one. */
  String forListener() {
    return secret == null || secret.isEmpty() ? ContainerGate.newSecret() : secret;
  }

  /** For the side that joins: the given secret; an error naming where to find it if none. */
  String forJoiner() {
    if (secret == null || secret.isEmpty()) {
      throw new Parley.UserError("--secret is needed: the one printed by the run or tournament "
          + "you join (or set PARLEY_SECRET)");
    }
    return secret;
  }
}
