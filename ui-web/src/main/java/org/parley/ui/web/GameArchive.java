package org.parley.ui.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.engine.transcript.Transcript;

/**
 * Where a finished game goes: its transcript (and its agents' messages) into the store, its place
 * freed, its player and hooks told. A transcript that cannot be written (a full disk) is kept in
 * memory and tried again every {@link #STORE_RETRY}; the player is told why the debrief waits.
 */
final class GameArchive {

  private static final Logger LOG = Logger.getLogger(GameArchive.class.getName());
  /** How often a transcript that could not be written is tried again. */
  static final java.time.Duration STORE_RETRY = java.time.Duration.ofSeconds(3);

  private final TranscriptStore store;
  private final ExecutorService background;

  GameArchive(TranscriptStore store, ExecutorService background) {
    this.store = store;
    this.background = background;
  }

  /** Called once the game's session is over, with its transcript or the failure. */
  void finish(Game game, Transcript t, Throwable error) {
    String tid = "game-" + game.id;
    String unsaved = t == null ? null : tryToStore(game, tid, t);
    game.slot.release(); // before anyone hears the end: the place is free when they do
    game.finish(t, unsaved == null && t != null ? tid : null, error, unsaved);
    if (t != null) {
      game.hooks().ended(game, t, unsaved == null ? tid : null);
    }
    if (unsaved != null) {
      retryStoring(game, tid, t);
    }
  }

  /** Stores the transcript; null when it is stored, else what went wrong, in the player's words. */
  private String tryToStore(Game game, String tid, Transcript t) {
    try {
      store.writeMessages(tid, game.messages);
      store.write(tid, t);
      return null;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "cannot store the transcript of game " + game.id + " (kept in "
          + "memory; trying again every " + STORE_RETRY.toSeconds() + " s)", e);
      return "the server could not save this game's transcript (" + TranscriptStore.abbreviate(
          String.valueOf(e.getMessage()), 200) + "); it keeps it and tries again every "
          + STORE_RETRY.toSeconds() + " s: your debrief appears once it is saved";
    }
  }

  /** A transcript that could not be written (a full disk) is kept and written when it can be. */
  private void retryStoring(Game game, String tid, Transcript t) {
    CompletableFuture.delayedExecutor(STORE_RETRY.toMillis(), TimeUnit.MILLISECONDS, background)
        .execute(() -> {
          try {
            store.write(tid, t);
            game.stored(tid);
            game.hooks().ended(game, t, tid);
            LOG.info("stored the transcript of game " + game.id + " at last");
          } catch (RuntimeException e) {
            retryStoring(game, tid, t);
          }
        });
  }
}
