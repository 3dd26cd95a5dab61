package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.engine.io.JsonNode;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * Class mode: nothing is served without a role. The instructor holds the key printed when the
 * server starts (a cookie once the link is opened); a student holds the secret given when they
 * joined (a cookie). A student reaches their own games, their own finished transcripts and, once
 * the instructor reveals it, their class's board; nothing else.
 */
final class ClassRoutes {

  static final String INSTRUCTOR_COOKIE = "parley_instructor";
  static final String STUDENT_COOKIE = "parley_student";
  private static final Pattern GAME = Pattern.compile("/api/games/([^/]+)(/.*)?");
  private static final Pattern TRANSCRIPT = Pattern.compile(
      "/api/transcripts/([^/]+)(/replay|/messages)?");
  private static final Pattern CLASS = Pattern.compile("/api/classes/([^/]+)");

  private final Classroom classroom;
  private final Games games;

  private ClassRoutes(Classroom classroom, Games games) {
    this.classroom = classroom;
    this.games = games;
  }

  /** Who is asking. */
  private record Viewer(boolean instructor, StudentRow student) {
  }

  static void install(Javalin app, Classroom classroom, Games games, TranscriptStore store) {
    ClassRoutes routes = new ClassRoutes(classroom, games);
    app.before("/api/*", ctx -> routes.guard(ctx, store));
    app.get("/instructor", ctx -> {
      String key = ctx.queryParam("key");
      if (!classroom.isInstructorKey(key)) {
        throw new ApiError(403, "this is not the instructor's link: copy it again from the "
            + "server's window");
      }
      ctx.cookie(cookie(INSTRUCTOR_COOKIE, key));
      ctx.redirect("/instructor.html");
    });
    app.post("/api/join", ctx -> {
      ClassStudents.Joined joined = classroom.students().join(WebServer.body(ctx));
      ctx.cookie(cookie(STUDENT_COOKIE, joined.secret()));
      JsonObject o = classroom.students().me(joined.student());
      o.addProperty("game", joined.gameId());
      ctx.status(201);
      json(ctx, o);
    });
    app.get("/api/join", ctx -> json(ctx, classroom.students().joining(ctx.queryParam("code"))));
    app.get("/api/me", ctx -> json(ctx, classroom.students().me(routes.viewer(ctx).student())));
    app.post("/api/classes", ctx -> {
      ctx.status(201);
      json(ctx, classroom.create(WebServer.body(ctx)));
    });
    app.get("/api/classes", ctx -> json(ctx, classroom.classes()));
    app.get("/api/classes/{id}", ctx -> {
      ClassRow c = classroom.classRow(ctx.pathParam("id"));
      boolean hide = !routes.viewer(ctx).instructor() && c.hideNames();
      json(ctx, ClassBoard.board(c, classroom.store(), games, hide));
    });
    app.before("/api/classes/{id}/events", ctx -> classroom.classRow(ctx.pathParam("id")));
    app.sse("/api/classes/{id}/events", client -> {
      WebServer.streaming(client.ctx());
      classroom.pulse().watch(client.ctx().pathParam("id"), client);
    });
    app.get("/api/classes/{id}/results.csv", ctx -> {
      ClassRow c = classroom.classRow(ctx.pathParam("id"));
      ctx.header("Content-Disposition", "attachment; filename=\"class-" + c.code() + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(ClassBoard.csv(ClassBoard.board(c,
          classroom.store(), games, false)));
    });
    app.post("/api/classes/{id}/reveal", ctx -> {
      classroom.reveal(ctx.pathParam("id"), WebServer.body(ctx));
      ctx.status(204);
    });
    app.post("/api/classes/{id}/close", ctx -> {
      classroom.close(ctx.pathParam("id"));
      ctx.status(204);
    });
    app.post("/api/classes/{id}/students/{student}/bot", ctx -> {
      ctx.status(201);
      json(ctx, classroom.classGames().giveBot(ctx.pathParam("id"), ctx.pathParam("student")));
    });
    app.post("/api/classes/{id}/pair", ctx -> {
      ctx.status(201);
      json(ctx, classroom.classGames().pair(ctx.pathParam("id"), WebServer.body(ctx)));
    });
    app.post("/api/classes/{id}/again", ctx -> {
      ctx.status(201);
      json(ctx, classroom.again(ctx.pathParam("id")));
    });
    app.post("/api/games/{id}/end", ctx -> json(ctx, games.end(ctx.pathParam("id"),
        "the instructor ended the game")));
    app.post("/api/games/{id}/bot", ctx -> {
      JsonNode body = WebServer.body(ctx).allowOnly(Set.of("bot"));
      String bot = body.opt("bot").map(JsonNode::string)
          .orElse(org.parley.agents.strategy.Preset.DEFAULT_OPPONENT);
      if (org.parley.agents.strategy.Preset.ALL.stream().noneMatch(p -> p.name().equals(bot))) {
        throw ApiError.badRequest("bot: no preset '" + TranscriptStore.abbreviate(bot) + "'");
      }
      json(ctx, games.handOver(ctx.pathParam("id"),
          new org.parley.engine.transcript.NegotiatorSpec(bot)));
    });
    app.post("/api/games/{id}/extend", ctx -> {
      JsonNode body = WebServer.body(ctx).allowOnly(Set.of("minutes"));
      int minutes = body.get("minutes").integer(1, 240);
      if (!games.extend(ctx.pathParam("id"), Duration.ofMinutes(minutes))) {
        throw ApiError.conflict("the game has no time limit, or is over");
      }
      json(ctx, games.view(ctx.pathParam("id")));
    });
  }

  private static Cookie cookie(String name, String value) {
    Cookie c = new Cookie(name, value);
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    c.setMaxAge(60 * 60 * 24 * 30);
    return c;
  }

  private Viewer viewer(Context ctx) {
    if (classroom.isInstructorKey(ctx.cookie(INSTRUCTOR_COOKIE))) {
      return new Viewer(true, null);
    }
    return new Viewer(false, classroom.student(ctx.cookie(STUDENT_COOKIE)).orElse(null));
  }

  /** Lets a request through only if its viewer may make it. */
  private void guard(Context ctx, TranscriptStore store) {
    String path = ctx.path();
    String method = ctx.method().name();
    if (path.equals("/api/join") || path.equals("/api/role")) {
      return;
    }
    Viewer v = viewer(ctx);
    if (v.instructor()) {
      return;
    }
    StudentRow s = v.student();
    if (s == null) {
      throw new ApiError(401, "this room runs a class: join it with the class code and your "
          + "name (or open the instructor's link)");
    }
    boolean read = method.equals("GET") || method.equals("HEAD");
    if (read && (path.equals("/api/me") || path.equals("/api/strategies")
        || path.equals("/api/scenarios") || path.matches("/api/scenarios/[^/]+"))) {
      return;
    }
    Matcher game = GAME.matcher(path);
    if (game.matches() && classroom.students().plays(s, game.group(1))) {
      String rest = game.group(2) == null ? "" : game.group(2);
      if (read || rest.equals("/actions")) {
        return;
      }
    }
    Set<String> mine = classroom.students().transcriptsOf(s);
    if (read && path.equals("/api/transcripts")) {
      JsonArray out = new JsonArray();
      store.list().stream().filter(t -> mine.contains(t.id())).forEach(t -> out.add(t.json()));
      json(ctx, out);
      ctx.skipRemainingHandlers();
      return;
    }
    Matcher transcript = TRANSCRIPT.matcher(path);
    if (read && transcript.matches() && mine.contains(transcript.group(1))) {
      return;
    }
    Matcher board = CLASS.matcher(path);
    if (read && board.matches() && board.group(1).equals(s.classId())
        && classroom.classRow(s.classId()).revealed()) {
      return;
    }
    throw new ApiError(403, "a student reaches only their own games and, once revealed, their "
        + "class's board");
  }

  /**
   * The viewer's role, and whether a results folder is open, for the pages to find their way
   * (anyone may ask).
   */
  static void role(Javalin app, Optional<Classroom> classroom, boolean results) {
    app.get("/api/role", ctx -> {
      JsonObject o = new JsonObject();
      o.addProperty("classMode", classroom.isPresent());
      o.addProperty("results", results);
      String role = "practice";
      if (classroom.isPresent()) {
        Classroom c = classroom.get();
        role = c.isInstructorKey(ctx.cookie(INSTRUCTOR_COOKIE)) ? "instructor"
            : c.student(ctx.cookie(STUDENT_COOKIE)).isPresent() ? "student" : "none";
      }
      o.addProperty("role", role);
      json(ctx, o);
    });
  }

  private static void json(Context ctx, com.google.gson.JsonElement body) {
    ctx.contentType("application/json; charset=utf-8").result(body.toString());
  }
}
