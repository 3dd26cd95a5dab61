package org.parley.agents.tournament.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.parley.agents.tournament.SessionResult;
import org.parley.engine.tournament.PlannedSession;

/**
 * The sessions of a distributed tournament as its master sees them: queued, handed to a worker,
 * queued again at the front when that worker is lost, and recorded. A session is recorded the
 * first time its result arrives; a late copy from a worker presumed gone is dropped, so every
 * session is recorded once. {@link #add} may be called from any thread; the rest only from the
 * master agent's thread.
 */
final class Jobs {

  /** A session and what to call when it is over: exactly one of the two, once. */
  record Job(PlannedSession session, Consumer<SessionResult> done, Consumer<Throwable> failed) {
  }

  /** A session's result that arrived first, with the job it completes. */
  record Arrival(Job job, ResultBatch.Entry entry) {

    /** Hands the result to the job: done, or failed naming the {@code worker} it came from. */
    void deliver(String worker) {
      if (entry instanceof ResultBatch.Failed f) {
        job.failed().accept(new IllegalStateException("worker " + worker + " failed on session "
            + f.id() + ": " + f.error()));
        return;
      }
      try {
        job.done().accept(((ResultBatch.Finished) entry).result());
      } catch (RuntimeException e) {
        job.failed().accept(e);
      }
    }
  }

  private final ConcurrentLinkedQueue<Job> pending = new ConcurrentLinkedQueue<>();
  private final AtomicInteger added = new AtomicInteger();
  private final Deque<Job> retry = new ArrayDeque<>();
  private final Map<String, Job> handedOut = new HashMap<>();
  private final Set<String> recorded = new HashSet<>();

  /** Queues a session (a tournament queues all of its sessions at once, before any can fail). */
  void add(Job job) {
    added.incrementAndGet();
    pending.add(job);
  }

  /** The next session to hand out, a lost worker's first; null when there is none. */
  Job next() {
    Job j = retry.pollFirst();
    while (j != null && recorded.contains(j.session().id())) {
      j = retry.pollFirst();
    }
    if (j == null) {
      j = pending.poll();
    }
    if (j != null) {
      handedOut.put(j.session().id(), j);
    }
    return j;
  }

  /** Puts a lost worker's sessions back at the front of the queue, in the order they had. */
  void requeue(List<Job> lost) {
    for (int i = lost.size() - 1; i >= 0; i--) {
      retry.addFirst(lost.get(i));
    }
  }

  /** The job of session {@code id} the first time its result arrives; null for a late copy. */
  private Job recordFirst(String id) {
    Job job = handedOut.get(id);
    if (job == null || !recorded.add(id)) {
      return null;
    }
    handedOut.remove(id);
    return job;
  }

  /**
   * Records a batch of results from worker {@code from} (null: one presumed lost, whose sessions
   * are queued again): the sessions recorded now, each with its job. A session already recorded
   * (a late copy) is left out. The worker no longer holds any of the batch's sessions.
   */
  List<Arrival> record(WorkerState from, List<ResultBatch.Entry> batch) {
    List<Arrival> out = new ArrayList<>();
    for (ResultBatch.Entry e : batch) {
      if (from != null) {
        from.inFlight.remove(e.id());
      }
      Job job = recordFirst(e.id());
      if (job != null) {
        out.add(new Arrival(job, e));
      }
    }
    return out;
  }

  /** Sessions queued and not yet recorded. */
  int left() {
    return added.get() - recorded.size();
  }

  /** Fails every session not yet recorded with {@code why}; later results are dropped. */
  void failAll(RuntimeException why) {
    List<Job> open = new ArrayList<>(retry);
    open.addAll(handedOut.values());
    for (Job j = pending.poll(); j != null; j = pending.poll()) {
      open.add(j);
    }
    retry.clear();
    handedOut.clear();
    for (Job j : open) {
      if (recorded.add(j.session().id())) {
        j.failed().accept(why);
      }
    }
  }
}
