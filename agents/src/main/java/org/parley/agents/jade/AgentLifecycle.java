package org.parley.agents.jade;

import jade.core.Agent;
import jade.wrapper.AgentContainer;
import jade.wrapper.ControllerException;
import jade.wrapper.StaleProxyException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates and removes a runtime's agents from one thread, one at a time, waiting for each removal
 * to finish. JADE 4.3's local agent table is not safe when agents are created and deleted
 * concurrently (jade-notes "Traps"); in testing that showed as "Controlled agent not found" on
 * creation, and as an agent hanging for good in send(). So no session agent deletes itself.
 */
final class AgentLifecycle implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(AgentLifecycle.class.getName());
  private final AgentContainer container;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "parley-agent-lifecycle");
    t.setDaemon(true);
    return t;
  });

  AgentLifecycle(AgentContainer container) {
    this.container = container;
  }

  /** Creates and starts an agent; returns when it is running. */
  void launch(String name, Agent agent) {
    Future<?> done = thread.submit(() -> {
      try {
        container.acceptNewAgent(name, agent).start();
      } catch (StaleProxyException e) {
        throw new PlatformException("the JADE container refused agent '" + name + "': "
            + e.getMessage(), e);
      }
    });
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformException("interrupted while creating agent " + name, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof PlatformException p) {
        throw p;
      }
      throw new PlatformException("cannot create agent " + name + ": " + e.getCause(), e);
    }
  }

  /** Removes these agents (local names) one at a time, after the caller's current step. */
  void retire(List<String> names) {
    try {
      thread.execute(() -> remove(names));
    } catch (java.util.concurrent.RejectedExecutionException closed) {
      // the runtime is closing: stopping the platform removes every agent itself
    }
  }

  private void remove(List<String> names) {
    for (String name : names) {
      try {
        container.getAgent(name).kill();
        waitGone(name);
      } catch (ControllerException gone) {
        // already gone
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot remove agent " + name, e);
      }
    }
  }

  private void waitGone(String name) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      try {
        container.getAgent(name);
      } catch (ControllerException gone) {
        return;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    LOG.warning("agent " + name + " still present 10 s after it was killed");
  }

  /** Finishes the creations and removals already asked for, then stops. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warning("agents still being removed after 30 s; stopping the platform anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
