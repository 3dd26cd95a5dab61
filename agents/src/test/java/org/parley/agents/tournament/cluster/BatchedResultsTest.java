package org.parley.agents.tournament.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parley.agents.tournament.SessionResult;
import org.parley.engine.io.JsonNode;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * Results travel from workers in batches, and every session is still recorded exactly once: a
 * worker lost with an unsent batch has those sessions run again by another, and the lost
 * worker's batch, should it arrive late after all, is dropped. Plays the master's bookkeeping
 * ({@link Jobs}, {@link WorkerState}) and the workers' batches ({@link ResultBatch}) through the
 * wire's JSON, on a clock of its own; no platform.
 */
class BatchedResultsTest {

  private static final long MS = 1_000_000L;

  private final Jobs jobs = new Jobs();
  private final Map<String, Integer> recorded = new TreeMap<>();
  private final List<PlannedSession> plan = new ArrayList<>();

  private void plan(int sessions) {
    TournamentSpec.Entry a = new TournamentSpec.Entry("a", new NegotiatorSpec("boulware"));
    TournamentSpec.Entry b = new TournamentSpec.Entry("b", new NegotiatorSpec("conceder"));
    for (int i = 0; i < sessions; i++) {
      PlannedSession s = new PlannedSession("s" + i, "london-2025", List.of("uk", "eu"),
          List.of(a, b), 1, i);
      plan.add(s);
      jobs.add(new Jobs.Job(s, r -> recorded.merge(s.id(), 1, Integer::sum), e -> {
        throw new AssertionError("session " + s.id() + " failed: " + e);
      }));
    }
  }

  /** The master fills a worker's room, as its dispatch does (its pace not yet known). */
  private static List<PlannedSession> hand(Jobs jobs, WorkerState w, ResultBatch batch) {
    List<PlannedSession> given = new ArrayList<>();
    while (w.inFlight.size() < w.capacity(0)) {
      Jobs.Job j = jobs.next();
      if (j == null) {
        break;
      }
      w.inFlight.put(j.session().id(), j);
      given.add(j.session());
    }
    batch.given(given.size());
    return given;
  }

  private static ResultBatch.Finished result(PlannedSession s) {
    List<ResultRow> rows = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      rows.add(new ResultRow(s.id(), s.scenario(), s.repetition(), s.seed(), s.parties().get(i),
          s.strategies().get(i).name(), s.strategies().get(1 - i).name(), 0.1 * (i + 1) / 3,
          0.7, 0.25, true, "agreement", false, null, null, 12, 0.1, 0.03125, 0.0));
    }
    return new ResultBatch.Finished(s.id(), new SessionResult(rows, "{\"é\": \"" + s.id()
        + "\"}\n"));
  }

  /** A batch the master receives: through the wire's JSON text, then recorded. */
  private void arrive(JsonObject batch, WorkerState from) {
    List<ResultBatch.Entry> entries = ResultBatch.read(JsonNode.parse("test",
        batch.toString()));
    jobs.record(from, entries).forEach(a -> a.deliver("a test worker"));
  }

  @Test
  void aWorkerLostWithAnUnsentBatchHasThoseSessionsRunAgainAndNoneTwice() {
    plan(40);
    long now = 0;
    WorkerState lost = new WorkerState(4); // room for 16
    ResultBatch lostBatch = new ResultBatch();
    List<PlannedSession> first = hand(jobs, lost, lostBatch);
    assertEquals(16, first.size());
    for (int i = 0; i < 8; i++) {
      assertTrue(lostBatch.takeIfDue(now).isEmpty(), "no batch before half are done");
      lostBatch.add(result(first.get(i)), now);
    }
    arrive(lostBatch.takeIfDue(now).orElseThrow(), lost); // half done: 8 go in one message
    for (int i = 8; i < 11; i++) {
      lostBatch.add(result(first.get(i)), now += MS);
    }
    assertTrue(lostBatch.takeIfDue(now).isEmpty(), "3 of 8 held, younger than the wait");
    // the worker dies here: 3 results unsent, 5 sessions unfinished; the master requeues them
    jobs.requeue(new ArrayList<>(lost.inFlight.values()));
    assertEquals(8, lost.inFlight.size());
    assertEquals(8, recorded.size());

    WorkerState other = new WorkerState(4);
    ResultBatch batch = new ResultBatch();
    List<PlannedSession> running = new ArrayList<>(hand(jobs, other, batch));
    assertEquals(first.subList(8, 16), running.subList(0, 8), "the lost sessions go first");
    int messages = 0;
    while (!running.isEmpty()) {
      batch.add(result(running.remove(0)), now += MS);
      Optional<JsonObject> due = batch.takeIfDue(now);
      if (due.isPresent()) {
        messages++;
        arrive(due.get(), other);
        running.addAll(hand(jobs, other, batch));
      }
    }
    assertEquals(0, jobs.left());
    assertTrue(batch.untilDue(now).isEmpty(), "the last, partial batch went at once");
    assertTrue(messages < 32 / 2, messages + " messages for 32 sessions");

    // the lost worker was only slow: its batch comes after all, and changes nothing
    arrive(lostBatch.takeIfDue(now + ResultBatch.MAX_WAIT.toNanos()).orElseThrow(), null);
    assertEquals(40, recorded.size());
    recorded.forEach((id, times) -> assertEquals(1, times, id + " recorded " + times + " times"));
  }

  @Test
  void aFastWorkerHoldsFiftyMillisecondsOfItsSessionsAndASlowOneFourPerThread() {
    WorkerState fast = new WorkerState(1);
    WorkerState slow = new WorkerState(8);
    assertEquals(4, fast.capacity(0), "pace not yet known");
    fast.given(1);
    slow.given(1);
    fast.finished(400); // 2,000 sessions/s
    slow.finished(10); // 50 sessions/s
    assertEquals(100, fast.capacity(1 + 200 * MS));
    assertEquals(32, slow.capacity(1 + 200 * MS));
    fast.finished(1_000_000);
    assertEquals(WorkerState.MAX_ROOM, fast.capacity(1 + 200 * MS));
  }

  @Test
  void aResultWaitsAtMostTheMaximumWaitWhileTheWorkerIsBusy() {
    plan(1);
    ResultBatch batch = new ResultBatch();
    batch.given(10);
    assertTrue(batch.add(result(plan.get(0)), 0), "a first result starts the wait");
    assertEquals(Optional.of(ResultBatch.MAX_WAIT.toNanos() - 30 * MS), batch.untilDue(30 * MS));
    assertTrue(batch.takeIfDue(ResultBatch.MAX_WAIT.toNanos() - 1).isEmpty());
    assertTrue(batch.takeIfDue(ResultBatch.MAX_WAIT.toNanos()).isPresent());
  }

  @Test
  void aBatchCarriesRowsTranscriptsAndFailuresExactly() {
    plan(2);
    ResultBatch batch = new ResultBatch();
    batch.given(2);
    ResultBatch.Finished ok = result(plan.get(0));
    ResultBatch.Failed failed = new ResultBatch.Failed("s1", "java.lang.IllegalStateException: "
        + "no scenario 'x'\n\tat somewhere");
    ResultBatch.Finished noTranscript = new ResultBatch.Finished("s9",
        new SessionResult(ok.result().rows(), null));
    batch.add(ok, 0);
    batch.add(noTranscript, 0);
    batch.add(failed, 0);
    List<ResultBatch.Entry> read = ResultBatch.read(JsonNode.parse("test",
        batch.takeIfDue(0).orElseThrow().toString()));
    assertEquals(List.of(ok, noTranscript, failed), read);
  }
}
