package org.parley.engine.analysis;

/** An analysis gave up because its {@link Stop} asked it to; nothing it computed is kept. */
public final class AnalysisStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AnalysisStoppedException() {
    super("the analysis was stopped before it finished");
  }
}
