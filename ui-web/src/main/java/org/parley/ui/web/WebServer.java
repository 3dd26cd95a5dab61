package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agents.jade.JadeRuntime;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.JsonNode;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.scenario.Scenario;
import org.parley.ui.classroom.ClassroomStore;

/**
 * The web room: a JSON API under {@code /api}, server-sent event streams of sessions, and the
 * static pages (replay, play, lab) with their libraries from WebJars. Games and lab sessions run
 * on one JADE platform that lives as long as the server.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(WebServer.class.getName());

  /** Largest request body (an uploaded transcript): 16 MiB. */
  public static final long MAX_BODY = 16L << 20;

  /**
   * What one client may hold: sessions running at once, and how long a player may leave a turn
   * unanswered before the game ends and its slot is free again.
   */
  public record Limits(int sessionsPerClient, java.time.Duration idle,
      int connectionsPerClient) {
    public static final Limits DEFAULT = new Limits(10, java.time.Duration.ofMinutes(5));

    public Limits(int sessionsPerClient, java.time.Duration idle) {
      this(sessionsPerClient, idle, ConnectionLimits.PER_CLIENT);
    }

    public Limits {
      if (connectionsPerClient < 1) {
        throw new IllegalArgumentException("connections per client must be positive, got "
            + connectionsPerClient);
      }
      if (sessionsPerClient < 1 || sessionsPerClient > Slots.MAX_RUNNING) {
        throw new IllegalArgumentException("sessions per client must be 1-" + Slots.MAX_RUNNING
            + ", got " + sessionsPerClient);
      }
      if (idle.isNegative() || idle.isZero() || idle.compareTo(java.time.Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException("the idle time must be from 1 s to 24 h, got " + idle);
      }
    }
  }

  private final Javalin app;
  private final JadeRuntime jade;
  private final ExecutorService background;
  private final TranscriptStore store;
  private final Replays replays;
  private final Classroom classroom;
  private final int restored;
  private final java.util.Optional<Replays> resultsReplays;

  private WebServer(Javalin app, JadeRuntime jade, ExecutorService background,
      TranscriptStore store, Replays replays, Classroom classroom, int restored,
      java.util.Optional<Replays> resultsReplays) {
    this.app = app;
    this.jade = jade;
    this.background = background;
    this.store = store;
    this.replays = replays;
    this.classroom = classroom;
    this.restored = restored;
    this.resultsReplays = resultsReplays;
  }

  /**
   * Starts the server on {@code host:port} (0 = a free port) with its data under {@code data}; the
   * demo transcripts are written there first if missing. In class mode nothing is served without
   * a role (see {@link ClassRoutes}), and the games that were running when the server stopped
   * are brought back first.
   */
  public static WebServer start(String host, int port, Path data, StrategyCatalog catalog,
      Limits limits, boolean classMode) {
    return start(host, port, data, catalog, limits, classMode, java.util.Optional.empty());
  }

  /**
   * As above, with a tournament's or sweep's output folder shown read-only on the results page;
   * its replays are computed from its own transcripts and kept under {@code data}.
   */
  public static WebServer start(String host, int port, Path data, StrategyCatalog catalog,
      Limits limits, boolean classMode, java.util.Optional<ResultsFolder> results) {
    TranscriptStore store = new TranscriptStore(data);
    Replays replays = new Replays(store);
    Demos.ensure(store, catalog);
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "parley-web-events");
      t.setDaemon(true);
      return t;
    });
    JadeRuntime jade = JadeRuntime.local(catalog);
    Scenarios scenarios = new Scenarios();
    Slots slots = new Slots(limits.sessionsPerClient());
    Games games = new Games(jade, catalog, scenarios, store, background, slots, limits.idle());
    Labs labs = new Labs(jade, catalog, scenarios, store, background, slots);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
    });
    routes(app, scenarios, store, replays, games, labs, catalog, SiteGuard.LOOPBACK.contains(host));
    java.util.Optional<Replays> resultsReplays = ResultsRoutes.install(app, results, data);
    Classroom classroom = null;
    int restored = 0;
    if (classMode) {
      java.util.concurrent.ScheduledExecutorService timer =
          Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-class-pulse");
            t.setDaemon(true);
            return t;
          });
      classroom = new Classroom(ClassroomStore.open(data), games, scenarios, catalog,
          new ClassPulse(timer));
      ClassRoutes.install(app, classroom, games, store);
      restored = classroom.classGames().restore();
    }
    ClassRoutes.role(app, java.util.Optional.ofNullable(classroom), results.isPresent());
    try {
      app.start(host, port);
      ConnectionLimits.apply(app.jettyServer().server(), limits.connectionsPerClient());
    } catch (RuntimeException e) {
      jade.close();
      replays.close();
      resultsReplays.ifPresent(Replays::close);
      background.shutdownNow();
      if (classroom != null) {
        classroom.store().close();
      }
      throw new IllegalStateException("cannot serve on " + host + ":" + port + ": "
          + rootMessage(e), e);
    }
    return new WebServer(app, jade, background, store, replays, classroom, restored,
        resultsReplays);
  }

  public int port() {
    return app.port();
  }

  public Path transcripts() {
    return store.dir();
  }

  /** The instructor's link (class mode), or empty. */
  public java.util.Optional<String> instructorPath() {
    return java.util.Optional.ofNullable(classroom).map(c -> "/instructor?key="
        + c.instructorKey());
  }

  /** How many games in progress were brought back at start (class mode). */
  public int restored() {
    return restored;
  }

  @Override
  public void close() {
    app.stop();
    jade.close();
    replays.close();
    resultsReplays.ifPresent(Replays::close);
    background.shutdownNow();
    if (classroom != null) {
      classroom.pulse().close();
      classroom.store().close();
    }
  }

  private static void routes(Javalin app, Scenarios scenarios, TranscriptStore store,
      Replays replays, Games games, Labs labs, StrategyCatalog catalog, boolean loopback) {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
      ctx.header("Referrer-Policy", "no-referrer");
      SiteGuard.refuseOthers(ctx, loopback);
    });
    String chart = WebJars.chartJs();
    app.get("/lib/chart.umd.js", ctx -> {
      ctx.contentType("text/javascript; charset=utf-8");
      ctx.header("Cache-Control", "max-age=86400");
      ctx.result(WebServer.class.getResourceAsStream(chart));
    });
    app.get("/api/scenarios", ctx -> {
      JsonArray out = new JsonArray();
      for (String id : scenarios.ids()) {
        JsonObject o = ScenarioDocuments.publicScenario(scenarios.get(id));
        o.remove("issues");
        out.add(o);
      }
      json(ctx, out);
    });
    app.get("/api/scenarios/{id}", ctx -> json(ctx,
        ScenarioDocuments.publicScenario(scenarios.get(ctx.pathParam("id")))));
    app.get("/api/scenarios/{id}/space", ctx -> {
      Scenario sc = scenarios.get(ctx.pathParam("id"));
      json(ctx, ScenarioDocuments.space(scenarios.analysis(sc)));
    });
    app.get("/api/strategies", ctx -> json(ctx, Strategies.list(catalog)));
    app.get("/api/transcripts/{id}/messages", ctx -> {
      ctx.contentType("application/json");
      ctx.result(store.messages(ctx.pathParam("id")));
    });
    app.get("/api/transcripts", ctx -> {
      JsonArray out = new JsonArray();
      store.list().forEach(s -> out.add(s.json()));
      json(ctx, out);
    });
    app.get("/api/transcripts/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.contentType("application/json; charset=utf-8").result(store.text(id));
    });
    app.get("/api/transcripts/{id}/replay", ctx -> ctx.contentType(
        "application/json; charset=utf-8").result(replays.replay(ctx.pathParam("id"))));
    app.delete("/api/transcripts/{id}", ctx -> {
      replays.delete(ctx.pathParam("id"));
      ctx.status(204);
    });
    app.post("/api/transcripts", ctx -> {
      String id = replays.upload(ctx.queryParam("name"), bodyText(ctx));
      ctx.status(201);
      JsonObject o = new JsonObject();
      o.addProperty("id", id);
      json(ctx, o);
    });
    app.post("/api/games", ctx -> {
      JsonObject view = games.create(body(ctx), ctx.ip());
      ctx.status(201);
      json(ctx, view);
    });
    app.get("/api/games/{id}", ctx -> json(ctx, games.view(ctx.pathParam("id"))));
    app.delete("/api/games/{id}", ctx -> json(ctx, games.cancel(ctx.pathParam("id"))));
    app.post("/api/games/{id}/actions", ctx -> json(ctx,
        games.act(ctx.pathParam("id"), body(ctx))));
    app.get("/api/games/{id}/utility", ctx -> json(ctx,
        games.utility(ctx.pathParam("id"), ctx.queryParam("bid"))));
    // an unknown id is a 404 before any stream opens (a stream answers 200 at once)
    app.before("/api/games/{id}/events", ctx -> games.events(ctx.pathParam("id")));
    app.before("/api/lab/{id}/events", ctx -> labs.events(ctx.pathParam("id")));
    app.sse("/api/games/{id}/events", client -> {
      streaming(client.ctx());
      games.events(client.ctx().pathParam("id")).subscribe(client);
    });
    app.post("/api/lab", ctx -> {
      JsonObject o = labs.start(body(ctx), ctx.ip());
      ctx.status(201);
      json(ctx, o);
    });
    app.sse("/api/lab/{id}/events", client -> {
      streaming(client.ctx());
      labs.events(client.ctx().pathParam("id")).subscribe(client);
    });
    app.delete("/api/lab/{id}", ctx -> {
      JsonObject o = new JsonObject();
      o.addProperty("cancelled", labs.cancel(ctx.pathParam("id")));
      json(ctx, o);
    });

    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
    // whole messages (they name the path and the problem), but bounded: they quote the input
    app.exception(FormatException.class, (e, ctx) -> error(ctx, 400,
        TranscriptStore.abbreviate(e.getMessage(), 400)));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      String id = Games.newId(new java.security.SecureRandom()).substring(0, 8);
      LOG.log(Level.WARNING, "internal error " + id + " in " + ctx.method() + " " + ctx.path(), e);
      error(ctx, 500, "internal error " + id + " (the server's log has the details under this "
          + "id)");
    });
    app.error(404, ctx -> {
      String result = ctx.result();
      if (result == null || result.isEmpty()) {
        error(ctx, 404, "no such page or endpoint: " + ctx.method() + " "
            + TranscriptStore.abbreviate(ctx.path()));
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on "
        + TranscriptStore.abbreviate(ctx.path())));
  }

  /** An event stream is idle by nature: it keeps its connection past the usual idle limit. */
  static void streaming(Context ctx) {
    org.eclipse.jetty.server.Request.getBaseRequest(ctx.req()).getHttpChannel()
        .setIdleTimeout(java.time.Duration.ofHours(1).toMillis());
  }

  private static void error(Context ctx, int status, String message) {
    JsonObject o = new JsonObject();
    o.addProperty("error", message);
    ctx.status(status);
    json(ctx, o);
  }

  static void json(Context ctx, JsonElement body) {
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }

  /**
   * The request body, strictly parsed by the one JSON reader ({@link JsonNode}); anything else is
   * a 400 naming the problem and its JSON path. An empty body is an empty object.
   */
  static JsonNode body(Context ctx) {
    String text = bodyText(ctx);
    return JsonNode.parse("request body", text.isBlank() ? "{}" : text);
  }

  /** The request body as text; one that cannot be read (a malformed chunked body) is a 400. */
  private static String bodyText(Context ctx) {
    try {
      return ctx.body();
    } catch (HttpResponseException e) { // too large: Javalin's own 413
      throw e;
    } catch (Exception e) { // Jetty's, thrown unchecked through Kotlin
      throw ApiError.badRequest("request body cannot be read: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return TranscriptStore.abbreviate(String.valueOf(t.getMessage()));
  }
}
