package org.parley.engine.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.NegotiatorFactory;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Transcript;

/** The results row's conventions (README, "Results files") and its one JSON mapping. */
class ResultRowTest {

  private final Scenario scenario = Fixtures.randomScenario(5, 2, 10);

  private Transcript run(NegotiatorFactory factory) {
    return new DirectRunner(new ScenarioAnalysis(scenario), factory, InstantSource.fixed(
        Instant.EPOCH)).run(new SessionSpec("s", Fixtures.seats(scenario, "x"), 1,
        scenario.deadline()));
  }

  private List<ResultRow> rows(Transcript t) {
    return ResultRow.of("s", scenario.id(), 1, 1, List.of("thrower", "stubborn"), t);
  }

  /** p0 throws on its first turn; p1 offers its first bid forever. */
  private Transcript failed() {
    return run((spec, setup) -> setup.party().equals("p0") ? view -> {
      throw new IllegalStateException("thrower gives up");
    } : view -> Decision.of(new Offer(view.party(), Bid.of(new int[view.domain()
        .issueCount()]))));
  }

  @Test
  void aFailedSessionHoldsReservationValuesAndTheirSumAsWelfareNotZero() {
    List<ResultRow> rows = rows(failed());
    assertEquals(2, rows.size(), "one row per party");
    double sum = 0;
    for (ResultRow r : rows) {
      double reservation = scenario.requireParty(r.party()).profile().reservation();
      assertEquals(reservation, r.reservationValue());
      assertEquals(reservation, r.utility(), "utility of no deal is the reservation value");
      assertTrue(r.failed());
      assertFalse(r.agreement());
      assertEquals("agent-error", r.outcome());
      assertEquals("p0", r.causedBy());
      assertTrue(r.error().contains("IllegalStateException: thrower gives up"), r.error());
      assertEquals(1, r.rounds(), "ended in the first round, counted from 1");
      assertNull(r.nashDistance());
      sum += reservation;
    }
    assertTrue(sum > 0, "the fixture's reservation values are not all 0");
    for (ResultRow r : rows) {
      assertEquals(sum, r.socialWelfare(), 1e-12, "welfare is the sum of the utility column");
    }
    assertEquals(List.of("thrower", "stubborn"), rows.stream().map(ResultRow::strategy).toList());
    assertEquals(List.of("stubborn", "thrower"), rows.stream().map(ResultRow::opponents).toList());
  }

  @Test
  void aDeadlineIsNoFailureAndItsLastRoundCountsFromOne() {
    Transcript t = run((spec, setup) -> view -> Decision.of(new Offer(view.party(),
        Bid.of(new int[view.domain().issueCount()])))); // both offer, neither accepts
    for (ResultRow r : rows(t)) {
      assertEquals("deadline", r.outcome());
      assertFalse(r.failed());
      assertNull(r.error(), "a deadline is no error");
      assertEquals(scenario.deadline().rounds(), r.rounds(), "the last of 10 rounds is 10");
    }
  }

  @Test
  void jsonKeysAreTheCsvColumnsInOrderAndRowsReadBackEqual() {
    for (ResultRow r : rows(failed())) {
      String line = ResultsCodec.line(r);
      assertEquals(ResultsCodec.COLUMNS, List.copyOf(JsonParser.parseString(line)
          .getAsJsonObject().keySet()));
      assertEquals(r, ResultsCodec.read("results.jsonl:1", line));
      assertEquals(ResultsCodec.COLUMNS.size(), ResultsCodec.values(r).size());
    }
  }

  @Test
  void aSweepRowHasItsCandidateFirstAndReadsBackEqual() {
    SweepRow r = new SweepRow("e=0.2", rows(failed()).get(1));
    String line = ResultsCodec.line(r);
    assertEquals(ResultsCodec.SWEEP_COLUMNS, List.copyOf(JsonParser.parseString(line)
        .getAsJsonObject().keySet()));
    assertEquals(r, ResultsCodec.readSweep("results.jsonl:1", line));
    FormatException tournament = assertThrows(FormatException.class,
        () -> ResultsCodec.read("results.jsonl:2", line));
    assertTrue(tournament.getMessage().contains("'candidate'"), tournament.getMessage());
    FormatException missing = assertThrows(FormatException.class,
        () -> ResultsCodec.readSweep("results.jsonl:3", ResultsCodec.line(r.row())));
    assertTrue(missing.getMessage().contains("results.jsonl:3")
        && missing.getMessage().contains("candidate"), missing.getMessage());
  }

  @Test
  void anOlderRowOrAnUnknownKeyIsRefusedNamingFileAndLine() {
    FormatException old = assertThrows(FormatException.class, () -> ResultsCodec.read(
        "results.jsonl:3", "{\"id\":\"a\",\"strategies\":{\"us\":\"boulware\"}}"));
    assertTrue(old.getMessage().contains("results.jsonl:3")
        && old.getMessage().contains("older Parley"), old.getMessage());
    String line = ResultsCodec.line(rows(failed()).get(0)).replace("\"rounds\"", "\"round\"");
    FormatException typo = assertThrows(FormatException.class,
        () -> ResultsCodec.read("results.jsonl:4", line));
    assertTrue(typo.getMessage().contains("'round'"), typo.getMessage());
  }
}
