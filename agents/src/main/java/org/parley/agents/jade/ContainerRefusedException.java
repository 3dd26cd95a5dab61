package org.parley.agents.jade;

/** The main container would not admit this one: its secret was wrong. Trying again won't help. */
public final class ContainerRefusedException extends PlatformException {

  private static final long serialVersionUID = 1L;

  public ContainerRefusedException(String message) {
    super(message);
  }
}
