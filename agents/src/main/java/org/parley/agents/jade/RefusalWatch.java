package org.parley.agents.jade;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hears JADE's report that the main container refused this one (JADE logs it and returns no
 * container), while Parley's JADE logging stays off.
 */
final class RefusalWatch extends Handler {
  // JADE's own lookup: a plain Logger made first would be wrapped, and the wrapper not heard
  private final Logger joining = jade.util.Logger.getMyLogger("jade.core.AgentContainerImpl");
  private final Level level = joining.getLevel();
  private final boolean parents = joining.getUseParentHandlers();
  volatile String refused;

  RefusalWatch(boolean jadeLogging) {
    joining.setLevel(Level.SEVERE);
    joining.setUseParentHandlers(jadeLogging);
    joining.addHandler(this);
  }

  @Override
  public void publish(LogRecord record) {
    // JADE logs the refusal without the exception (which it prints to System.err)
    String message = record.getMessage();
    if (message != null && message.startsWith("Authentication or authorization failure")) {
      refused = "it admits only containers that give its secret";
    }
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
    joining.removeHandler(this);
    joining.setLevel(level);
    joining.setUseParentHandlers(parents);
  }
}
