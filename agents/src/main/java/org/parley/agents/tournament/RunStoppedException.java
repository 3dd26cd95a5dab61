package org.parley.agents.tournament;

/**
 * A tournament stopped before every session ran, for a reason the person running it can act on
 * (no worker joined, or none came back). The rows already written stay in the output folder, and
 * the message says how to finish them ({@code --resume}). A command line prints it as one line,
 * not as a failure of Parley itself.
 */
public class RunStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RunStoppedException(String message) {
    super(message);
  }
}
