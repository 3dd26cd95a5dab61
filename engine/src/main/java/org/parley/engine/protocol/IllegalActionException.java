package org.parley.engine.protocol;

/** An action that the protocol does not allow; carries the typed violation. */
public final class IllegalActionException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Violation violation;

  public IllegalActionException(Violation violation) {
    super(violation.kind() + ": " + violation.message());
    this.violation = violation;
  }

  public Violation violation() {
    return violation;
  }
}
