package org.parley.agents.tournament;

/**
 * Hears how a tournament or sweep goes, so that a command line can print it and a program can
 * ignore it. Called from the thread that runs the tournament.
 */
public interface RunListener {

  /** Says nothing. */
  RunListener SILENT = line -> { };

  /** A line for the person running it: the plan, the forecast, workers joining and leaving. */
  void say(String line);

  /**
   * Sessions finished so far of {@code total}, a few times a second while they run, and once more
   * when all are done.
   */
  default void progress(int done, int total) {
  }
}
