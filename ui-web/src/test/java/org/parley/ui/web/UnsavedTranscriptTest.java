package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ui.web.WebApiTest.ok;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;

/**
 * A game that ends while its transcript cannot be written (a full disk; here the transcripts
 * folder is replaced by a file) says so to the player, keeps the transcript and stores it as soon
 * as it can: nothing is lost.
 */
@Tag("jade")
class UnsavedTranscriptTest {

  @TempDir
  Path data;

  @Test
  void aTranscriptThatCannotBeWrittenIsKeptAndStoredLater() throws Exception {
    try (WebServer server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false)) {
      ApiClient api = new ApiClient(server.port());
      String id = ok(api.post("/api/games", "{\"side\":\"us\",\"opponent\":\"conceder\"}"))
          .get("id").getAsString();
      Path folder = server.transcripts();
      Path away = folder.resolveSibling("transcripts.away");
      Files.move(folder, away);
      Files.writeString(folder, "not a folder");

      JsonObject over = ok(api.post("/api/games/" + id + "/actions", "{\"action\":\"end\"}"));
      assertEquals("over", over.get("state").getAsString());
      assertEquals("walked-away", over.getAsJsonObject("outcome").get("reason").getAsString());
      assertFalse(over.has("transcript"), "no link to a debrief that is not there");
      assertTrue(over.get("unsaved").getAsString().startsWith(
          "the server could not save this game's transcript ("), over.toString());
      assertFalse(over.has("error"), "the game itself did not fail");

      Files.delete(folder);
      Files.move(away, folder);
      JsonObject view = ok(api.get("/api/games/" + id));
      for (int i = 0; i < 100 && !view.has("transcript"); i++) {
        Thread.sleep(100);
        view = ok(api.get("/api/games/" + id));
      }
      assertEquals("game-" + id, view.get("transcript").getAsString(), view.toString());
      assertFalse(view.has("unsaved"));
      JsonObject replay = ok(api.get("/api/transcripts/game-" + id + "/replay"));
      assertEquals("walked-away", replay.getAsJsonObject("outcome").get("reason").getAsString());
    }
  }
}
