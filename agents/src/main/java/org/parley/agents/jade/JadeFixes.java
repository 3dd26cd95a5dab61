package org.parley.agents.jade;

import jade.core.Runtime;
import jade.wrapper.ContainerController;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reflective fixes for JADE 4.3.3's lifecycle traps (reference/jade-notes.md), in one place:
 * each reaches into a JADE field or method that has no public way in.
 */
final class JadeFixes {

  private static final Logger LOG = Logger.getLogger(JadeFixes.class.getName());

  private JadeFixes() {
  }

  /** jade-notes 2: a container waits until it is 3 s old before it shuts down; skip that wait. */
  static void skipCreationTimeWait(ContainerController container) {
    try {
      Field implField = ContainerController.class.getDeclaredField("myImpl");
      implField.setAccessible(true);
      Object impl = implField.get(container);
      Field creationTime = impl.getClass().getDeclaredField("creationTime");
      creationTime.setAccessible(true);
      creationTime.setLong(impl, 0L);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "cannot skip JADE's 3 s shutdown wait", e);
    }
  }

  /** jade-notes 5: AMS/DF may restart the timer thread after shutdown; it would keep the JVM up. */
  static void stopTimerDispatcher() {
    try {
      Object dispatcher = Runtime.instance().getTimerDispatcher();
      Method stop = dispatcher.getClass().getDeclaredMethod("stop");
      stop.setAccessible(true);
      stop.invoke(dispatcher);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "cannot stop JADE's timer dispatcher", e);
    }
  }
}
