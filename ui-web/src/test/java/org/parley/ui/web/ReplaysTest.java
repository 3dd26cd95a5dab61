package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.scenarios.ScenarioCatalog;

/** Uploads within a quota; a replay computed once and served from its stored document. */
class ReplaysTest {

  @TempDir
  Path data;

  private static String transcript(long seed) {
    Scenario sc = ScenarioCatalog.load("london-2025");
    return TranscriptCodec.write(new DirectRunner(new ScenarioAnalysis(sc), new StrategyCatalog(),
        InstantSource.fixed(Instant.EPOCH)).run(new SessionSpec("s" + seed, List.of(
            new Seat("us", new NegotiatorSpec("boulware")),
            new Seat("china", new NegotiatorSpec("conceder"))), seed, sc.deadline())));
  }

  @Test
  void uploadsStayWithinTheQuotaAndDeletingMakesRoom() {
    try (Replays replays = new Replays(new TranscriptStore(data), 2)) {
      String first = replays.upload("a.json", transcript(1));
      replays.upload("b.json", transcript(2));
      ApiError full = assertThrows(ApiError.class, () -> replays.upload("c.json", transcript(3)));
      assertEquals(413, full.status);
      assertTrue(full.getMessage().startsWith("the room keeps at most 2 uploads (256 MB); it has "
          + "2: delete some first"), full.getMessage());
      replays.delete(first);
      replays.upload("c.json", transcript(3));
    }
  }

  @Test
  void aReplayIsServedFromItsStoredDocument() throws Exception {
    TranscriptStore store = new TranscriptStore(data);
    try (Replays replays = new Replays(store)) {
      String id = replays.upload("a.json", transcript(1));
      Path doc = data.resolve("replays").resolve(id + ".json");
      Files.writeString(doc, "{\"stored\":true}"); // what is served is the stored document
      assertEquals("{\"stored\":true}", replays.replay(id));
      // a transcript written after its document makes the document stale: computed again
      store.write(id, TranscriptCodec.read("a.json", transcript(1)));
      Files.setLastModifiedTime(doc, java.nio.file.attribute.FileTime.fromMillis(0));
      assertTrue(replays.replay(id).startsWith("{\"id\":\"" + id + "\""));
    }
  }

  @Test
  void writesCutShortByAKillAreClearedAtStart() throws Exception {
    Path transcripts = Files.createDirectories(data.resolve("transcripts"));
    Path replays = Files.createDirectories(data.resolve("replays"));
    Path a = Files.writeString(transcripts.resolve(".game-1.json123.tmp"), "{\"half");
    Path b = Files.writeString(replays.resolve(".game-1.json456.tmp"), "{\"half");
    try (Replays r = new Replays(new TranscriptStore(data))) {
      assertTrue(Files.notExists(a) && Files.notExists(b));
    }
  }
}
