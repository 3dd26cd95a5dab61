package org.parley.ui.web;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The results page's API: {@code /api/results} (the folder's summary), {@code
 * /api/results/sessions} (the seats behind a figure, see {@link ResultsQuery}) and the replays of
 * the folder's transcripts, read from the folder itself. Without a folder each answers 404.
 */
final class ResultsRoutes {

  private ResultsRoutes() {
  }

  /**
   * Installs the routes; returns the replays of the folder's transcripts (to close with the
   * server), whose documents are kept under {@code data}, never in the folder.
   */
  static Optional<Replays> install(Javalin app, Optional<ResultsFolder> results, Path data) {
    if (results.isEmpty()) {
      app.get("/api/results/*", ctx -> {
        throw none();
      });
      app.get("/api/results", ctx -> {
        throw none();
      });
      return Optional.empty();
    }
    ResultsFolder folder = results.get();
    Replays replays = new Replays(folder.transcripts(), documents(data, folder.dir()), 0);
    app.get("/api/results", ctx -> WebServer.json(ctx, ResultsDocuments.summary(folder)));
    app.get("/api/results/sessions", ctx -> WebServer.json(ctx, ResultsDocuments.seats(folder,
        ResultsQuery.of(ctx.queryParamMap()))));
    app.get("/api/results/transcripts/{id}/replay", ctx -> ctx.contentType(
        "application/json; charset=utf-8").result(replays.replay(ctx.pathParam("id"))));
    return Optional.of(replays);
  }

  private static ApiError none() {
    return ApiError.notFound("no results folder is open: start the server with 'parley serve "
        + "--results DIR'");
  }

  /** One folder of replay documents per results folder, named by a digest of its path. */
  private static Path documents(Path data, Path folder) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(folder.toAbsolutePath()
          .normalize().toString().getBytes(StandardCharsets.UTF_8));
      return data.resolve("replays").resolve("results-"
          + HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }
}
