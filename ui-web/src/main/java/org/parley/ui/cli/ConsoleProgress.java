package org.parley.ui.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.agents.tournament.RunListener;

/**
 * How a long run (tournament, sweep) shows itself on the console: its lines on {@code log}, and a
 * progress bar with an ETA on standard error, unless it is off (for logs). Close it after the run.
 */
final class ConsoleProgress implements RunListener, AutoCloseable {

  private final PrintWriter log;
  private final boolean bar;
  private ProgressBar progress;

  ConsoleProgress(PrintWriter log, boolean bar) {
    this.log = log;
    this.bar = bar;
  }

  @Override
  public void say(String line) {
    log.println(line);
    log.flush();
  }

  @Override
  public void progress(int done, int total) {
    if (!bar) {
      return;
    }
    if (progress == null) {
      progress = new ProgressBarBuilder().setTaskName("sessions").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
    progress.stepTo(done);
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
