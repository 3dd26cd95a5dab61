package org.parley.agents.tournament.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.agents.tournament.RunStoppedException;

/**
 * Watches a distributed tournament for the moment it has no worker left while sessions remain.
 * Waiting in silence would look like a hang, so it says at once what the person running it can
 * do: start a worker, or stop and finish on this machine. A worker that joins goes on with the
 * run. If none joins within the return wait, every session left fails with a
 * {@link RunStoppedException} naming the command that resumes the run. Used from the master
 * agent's thread only.
 */
final class Vacancy {

  private final String join;
  private final String resume;
  private final boolean command;
  private final Duration wait;
  private boolean empty;
  private long since;

  /**
   * @param join the command that starts a worker for this run
   * @param resume the command that finishes the run on this machine, or null for a description
   * @param wait how long to wait for a worker once all are gone
   */
  Vacancy(String join, String resume, Duration wait) {
    this.join = join;
    this.command = resume != null;
    this.resume = resume != null ? resume
        : "the same 'parley tournament' command with --resume and without --workers";
    this.wait = wait;
  }

  /** Called a few times a second with the workers there are now. */
  void check(int workers, Jobs jobs, Consumer<String> say) {
    int left = jobs.left();
    if (workers > 0) {
      if (empty && left > 0) {
        say.accept(String.format(Locale.ROOT, "a worker is back: going on with %d sessions left",
            left));
      }
      empty = false;
      return;
    }
    if (left == 0) {
      return; // nothing to run (not yet queued, all done, or given up)
    }
    long now = System.nanoTime();
    if (!empty) {
      empty = true;
      since = now;
      say.accept(String.format(Locale.ROOT, "all workers are gone with %d sessions left: start a "
          + "worker (%s) to go on, or stop here (Ctrl-C) and finish on this machine with: %s; "
          + "without a worker within %s the run stops", left, join, resume, human(wait)));
    } else if (now - since > wait.toNanos()) {
      jobs.failAll(new RunStoppedException(String.format(Locale.ROOT, "no worker came back "
          + "within %s, with %d sessions left; the finished ones are kept: finish on this "
          + "machine with: %s%s", human(wait), left, resume,
          command ? " (or add --workers N to use workers again)" : "")));
    }
  }

  /** A wait for people: 45 s, 10 min. */
  static String human(Duration d) {
    long s = d.toSeconds();
    return s < 120 ? s + " s" : String.format(Locale.ROOT, "%.0f min", s / 60.0);
  }
}
