package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ui.web.WebApiTest.ok;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.ui.cli.Parley;

/**
 * A class of 30 games in progress (24 against bots, 6 between classmates) on a `parley serve`
 * process killed with SIGKILL mid-class; a new process on the same data brings every game back,
 * and each ends with the transcript of the same class played on a server that never stopped.
 */
@Tag("jade")
class ClassroomKillTest {

  private static final int BOT_STUDENTS = 24;
  private static final int PAIR_STUDENTS = 12;

  @TempDir
  Path dir;
  private Process process;

  @AfterEach
  void stop() {
    if (process != null) {
      process.destroyForcibly();
    }
  }

  /** A student: their browser and their game. */
  private static final class Student {
    final String name;
    ApiClient client;
    String game;
    int moves;

    Student(String name, ApiClient client) {
      this.name = name;
      this.client = client;
    }
  }

  @Test
  void everyGameComesBackAfterAKill() throws Exception {
    Path data = dir.resolve("killed");
    int port = freePort();
    String key = serve(data, port);
    Map<String, String> killed = play(port, key, () -> {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown at all
      int again = freePort();
      serve(data, again);
      return again;
    });
    Map<String, String> twin;
    try (WebServer server = WebServer.start("127.0.0.1", 0, dir.resolve("twin"),
        new StrategyCatalog(), WebServer.Limits.DEFAULT, true)) {
      twin = play(server.port(), server.instructorPath().orElseThrow(), null);
    }
    assertEquals(BOT_STUDENTS + PAIR_STUDENTS, twin.size());
    assertEquals(twin, killed);
  }

  private interface Restart {
    int restart() throws Exception;
  }

  /**
   * Plays the class: every student joins and makes two moves; then {@code restart} (if any)
   * kills the server and starts another; then every game is played to its end. Returns each
   * student's transcript (its events and outcome).
   */
  private Map<String, String> play(int port, String key, Restart restart) throws Exception {
    ApiClient teacher = new ApiClient(port);
    assertEquals(302, teacher.get(key).status());
    String bots = ok(teacher.post("/api/classes", "{\"scenario\":\"london-2025\",\"side\":"
        + "\"alternating\",\"opponent\":\"boulware\",\"rounds\":8,\"seed\":11}"))
        .get("code").getAsString();
    String pairs = ok(teacher.post("/api/classes", "{\"scenario\":\"magnets-for-chips\","
        + "\"opponent\":\"classmates\",\"rounds\":6,\"seed\":5}")).get("code").getAsString();
    List<Student> students = new ArrayList<>();
    for (int i = 0; i < BOT_STUDENTS + PAIR_STUDENTS; i++) {
      Student s = new Student("student " + i, new ApiClient(port));
      s.client.post("/api/join", "{\"code\":\"" + (i < BOT_STUDENTS ? bots : pairs)
          + "\",\"name\":\"" + s.name + "\"}");
      students.add(s);
    }
    for (Student s : students) {
      JsonObject me = ok(s.client.get("/api/me"));
      s.game = me.getAsJsonArray("games").get(0).getAsString();
    }
    movesUntil(students, 2);
    if (restart != null) {
      int again = restart.restart();
      for (Student s : students) {
        s.client = s.client.at(again);
      }
    }
    movesUntil(students, Integer.MAX_VALUE);
    Map<String, String> out = new LinkedHashMap<>();
    for (Student s : students) {
      JsonObject view = ok(s.client.get("/api/games/" + s.game));
      String transcript = view.get("transcript").getAsString();
      JsonObject t = ok(s.client.get("/api/transcripts/" + transcript));
      out.put(s.name, t.get("events").toString() + t.get("outcome"));
    }
    return out;
  }

  /** Each student whose turn it is moves, round after round, until each made {@code max}. */
  private static void movesUntil(List<Student> students, int max) throws Exception {
    for (int pass = 0; pass < 500; pass++) {
      boolean anyone = false;
      for (int i = 0; i < students.size(); i++) {
        Student s = students.get(i);
        JsonObject view = ok(s.client.get("/api/games/" + s.game));
        if (view.get("state").getAsString().equals("over") || s.moves >= max) {
          continue;
        }
        anyone = true;
        if (view.get("state").getAsString().equals("your-turn")) {
          String action = s.moves < 2 + i % 4
              ? "{\"action\":\"offer\",\"bid\":" + view.get("best") + "}"
              : view.has("standing") && i % 2 == 0 ? "{\"action\":\"accept\",\"bid\":"
                  + view.getAsJsonObject("standing").get("bid") + "}" : "{\"action\":\"end\"}";
          ok(s.client.post("/api/games/" + s.game + "/actions", action));
          s.moves++;
        }
      }
      if (!anyone) {
        return;
      }
      Thread.sleep(20); // a classmate's or a bot's answer
    }
    throw new AssertionError("the class did not finish");
  }

  /** Starts `parley serve --class` in its own process; returns the instructor's path. */
  private String serve(Path data, int port) throws Exception {
    process = new ProcessBuilder(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-Dfile.encoding=UTF-8", "-Djade.enable.multiple.platforms=true", "-cp",
        System.getProperty("java.class.path"), Parley.class.getName(), "serve", "--class",
        "--port", String.valueOf(port), "--data", data.toString()))
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    StringBuilder said = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      said.append(line).append('\n');
      int at = line.indexOf("/instructor?key=");
      if (at >= 0) {
        String key = line.substring(at).strip();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "serve-output");
        drain.setDaemon(true);
        drain.start();
        return key;
      }
    }
    throw new AssertionError("the server did not start: " + said);
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
