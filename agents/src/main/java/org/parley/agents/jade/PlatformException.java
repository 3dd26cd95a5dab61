package org.parley.agents.jade;

/** A JADE container that cannot start, join or stop: a port taken, a main that is not there. */
public class PlatformException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PlatformException(String message) {
    super(message);
  }

  public PlatformException(String message, Throwable cause) {
    super(message, cause);
  }
}
