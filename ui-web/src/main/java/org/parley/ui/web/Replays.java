package org.parley.ui.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.analysis.AnalysisStoppedException;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.TranscriptReplay;
import org.parley.engine.transcript.Transcript;

/**
 * The replay documents of stored transcripts, and uploads. A replay needs the scenario's whole
 * outcome space and frontier, so what one request may cost is bounded: scenarios of at most
 * {@link #MAX_PARTIES} parties and {@link #MAX_BIDS} bids, one analysis at a time on one thread
 * (a few more wait, others get a 503), each stopped after {@link #BUDGET}. A document is computed
 * once and stored under {@code DATA/replays}; an upload is checked and analysed before it is
 * accepted, so an upload that could never be replayed is refused at once. Uploads get random ids
 * and live within a quota; they can be deleted.
 */
final class Replays implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Replays.class.getName());

  static final long MAX_BIDS = 1_000_000L;
  static final int MAX_PARTIES = 3;
  static final Duration BUDGET = Duration.ofSeconds(20);
  static final int MAX_UPLOADS = 200;
  static final long MAX_UPLOAD_BYTES = 256L << 20;
  static final String UPLOAD = "upload-";

  private final TranscriptStore store;
  private final int maxUploads;
  private final Path dir;
  private final SecureRandom random = new SecureRandom();
  private final ThreadPoolExecutor analyst = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new ArrayBlockingQueue<>(4), r -> {
        Thread t = new Thread(r, "parley-web-analysis");
        t.setDaemon(true);
        return t;
      });

  Replays(TranscriptStore store) {
    this(store, MAX_UPLOADS);
  }

  /** @param maxUploads how many uploads the room keeps at most */
  Replays(TranscriptStore store, int maxUploads) {
    this(store, store.dir().resolveSibling("replays"), maxUploads);
  }

  /**
   * @param documents where the replay documents are kept: outside a read-only store's folder
   */
  Replays(TranscriptStore store, Path documents, int maxUploads) {
    this.store = store;
    this.maxUploads = maxUploads;
    this.dir = documents;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    TranscriptFiles.removeLeftovers(dir); // a write cut short by a kill
  }

  /** The replay document of transcript {@code id}, as JSON text. */
  String replay(String id) {
    Path transcript = store.file(id);
    Path doc = dir.resolve(transcript.getFileName());
    try {
      if (Files.isRegularFile(doc) && Files.getLastModifiedTime(doc).compareTo(
          Files.getLastModifiedTime(transcript)) >= 0) {
        return Files.readString(doc, StandardCharsets.UTF_8);
      }
    } catch (NoSuchFileException e) {
      // the transcript is gone (or the document was just replaced): read below says which
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot read the stored replay " + doc + "; computing it again", e);
    }
    Transcript t = store.read(id);
    checkBounds(id, t.scenario(), 422);
    String text = withinBudget("replaying '" + id + "'", analysis ->
        SessionDocuments.replay(id, t, analysis).toString(), t.scenario());
    keep(doc, text);
    return text;
  }

  /**
   * Checks an uploaded transcript (format, size of its scenario, and that replaying its actions
   * through the protocol gives the same record), stores it with its replay, and returns its id.
   */
  String upload(String fileName, String text) {
    String source = fileName == null || fileName.isBlank() ? "upload"
        : TranscriptStore.abbreviate(fileName);
    checkQuota(text.getBytes(StandardCharsets.UTF_8).length);
    Transcript t;
    try {
      t = TranscriptCodec.read(source, text);
    } catch (FormatException | IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    checkBounds(source, t.scenario(), 413);
    String id = UPLOAD + Games.newId(random);
    String doc = withinBudget("checking " + source, analysis -> {
      List<String> differences;
      try {
        differences = TranscriptReplay.differences(t, analysis);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest(source + ": its actions do not replay: " + e.getMessage());
      }
      if (!differences.isEmpty()) {
        throw ApiError.badRequest(source + ": replaying its actions gives a different record: "
            + TranscriptStore.abbreviate(String.join("; ", differences.subList(0,
                Math.min(3, differences.size()))), 400));
      }
      return SessionDocuments.replay(id, t, analysis).toString();
    }, t.scenario());
    store.write(id, t);
    keep(dir.resolve(id + ".json"), doc);
    return id;
  }

  /** Deletes an upload and its replay; only uploads can be deleted. */
  void delete(String id) {
    Path file = store.file(id);
    if (!id.startsWith(UPLOAD)) {
      throw new ApiError(403, "only uploads can be deleted; '" + TranscriptStore.abbreviate(id)
          + "' is not one");
    }
    try {
      if (!Files.deleteIfExists(file)) {
        throw ApiError.notFound("no transcript '" + id + "'");
      }
      Files.deleteIfExists(dir.resolve(file.getFileName()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete '" + id + "': " + e.getMessage(), e);
    }
  }

  /** What the web room analyses: at most {@link #MAX_PARTIES} parties and {@link #MAX_BIDS}. */
  static void checkBounds(String source, Scenario sc, int status) {
    if (sc.parties().size() > MAX_PARTIES) {
      throw new ApiError(status, source + ": its scenario has " + sc.parties().size()
          + " parties; the web room analyses at most " + MAX_PARTIES + " (use 'parley analyze')");
    }
    long bids = sc.domain().size();
    if (bids > MAX_BIDS) {
      throw new ApiError(status, String.format(Locale.ROOT, "%s: its scenario has %,d bids; the "
          + "web room analyses at most %,d (use 'parley analyze')", source, bids, MAX_BIDS));
    }
  }

  private void checkQuota(long adding) {
    long count = 0;
    long bytes = adding;
    try (var files = Files.newDirectoryStream(store.dir(), UPLOAD + "*.json")) {
      for (Path f : files) {
        count++;
        bytes += Files.size(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + store.dir() + ": " + e.getMessage(), e);
    }
    if (count >= maxUploads || bytes > MAX_UPLOAD_BYTES) {
      throw new ApiError(413, String.format(Locale.ROOT, "the room keeps at most %d uploads "
          + "(%d MB); it has %d: delete some first (DELETE /api/transcripts/ID)", maxUploads,
          MAX_UPLOAD_BYTES >> 20, count));
    }
  }

  private interface Work {
    String run(ScenarioAnalysis analysis);
  }

  /**
   * Runs {@code work} on the analysis thread with an analysis that stops when the budget is spent
   * (or the thread is interrupted); the caller's errors (ApiError and the like) come back as they
   * were thrown.
   */
  private String withinBudget(String what, Work work, Scenario scenario) {
    Callable<String> task = () -> work.run(new ScenarioAnalysis(scenario,
        () -> Thread.currentThread().isInterrupted()));
    Future<String> future;
    try {
      future = analyst.submit(task);
    } catch (RejectedExecutionException e) {
      throw new ApiError(503, "the server is busy analysing other transcripts; try again in a "
          + "moment");
    }
    try {
      return future.get(BUDGET.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiError(422, what + " took longer than " + BUDGET.toSeconds()
          + " s and was stopped (use 'parley analyze')");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiError(503, what + " was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AnalysisStoppedException) {
        throw new ApiError(422, what + " took longer than " + BUDGET.toSeconds()
            + " s and was stopped (use 'parley analyze')");
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(what + " failed: " + cause, cause);
    }
  }

  /** Stores a replay document; a failure costs only the cache, so it is logged, not thrown. */
  private static void keep(Path doc, String text) {
    try {
      TranscriptFiles.writeText(doc, text);
    } catch (UncheckedIOException e) {
      LOG.log(Level.WARNING, "cannot store the replay " + doc + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    analyst.shutdownNow();
  }
}
