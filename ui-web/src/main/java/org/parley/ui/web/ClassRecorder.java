package org.parley.ui.web;

import com.google.gson.JsonObject;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Action;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.GameRow;

/** Writes a class game's actions and result to the store as they happen. */
final class ClassRecorder implements Games.Hooks {
  private final ClassroomStore store;
  private final ClassPulse pulse;
  private final String gameId;
  private final String classId;

  ClassRecorder(ClassroomStore store, ClassPulse pulse, String gameId, String classId) {
    this.store = store;
    this.pulse = pulse;
    this.gameId = gameId;
    this.classId = classId;
  }

  @Override
  public void observed(Game game, org.parley.engine.transcript.Event event) {
    pulse.changed(classId);
  }

  @Override
  public void acted(Game game, int seq, Action action) {
    JsonObject o = new JsonObject();
    ActionCodec.write(o, action, ActionCodec::indices);
    store.addAction(gameId, seq, action.party(), o.toString(), System.currentTimeMillis());
  }

  @Override
  public void handedOver(Game game, int seq, NegotiatorSpec bot) {
    JsonObject o = new JsonObject();
    o.addProperty(ClassGames.HAND_OVER, bot.text());
    store.addAction(gameId, seq, game.side, o.toString(), System.currentTimeMillis());
  }

  /** Each person's view of the game ends: the result, with that side's moves and transcript. */
  @Override
  public synchronized void ended(Game game, Transcript t, String transcriptId) {
    JsonObject result = store.game(gameId).map(GameRow::result)
        .filter(r -> r != null && r.startsWith("{\"outcome\""))
        .map(r -> JsonNode.parse("result", r).raw().getAsJsonObject())
        .orElseGet(() -> ClassBoard.result(t));
    ClassBoard.addSide(result, t, game.side, transcriptId);
    store.finishGame(gameId, System.currentTimeMillis(), result.toString());
    pulse.changed(classId);
  }
}
