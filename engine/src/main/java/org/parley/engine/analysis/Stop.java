package org.parley.engine.analysis;

/**
 * Asks a long analysis to stop: checked every so often by the loops over the outcome space, which
 * then throw {@link AnalysisStoppedException}. The engine has no threads or clocks of its own, so
 * whoever runs an analysis decides what "stop" means (a thread interrupt, a time budget).
 */
@FunctionalInterface
public interface Stop {

  /** Never stops: for analyses whose size the caller has already bounded, and for tests. */
  Stop NEVER = () -> false;

  boolean requested();

  /** Throws if a stop was requested; cheap enough to call every few thousand steps. */
  default void check() {
    if (requested()) {
      throw new AnalysisStoppedException();
    }
  }
}
