package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.engine.io.JsonNode;
import org.parley.engine.scenario.Scenario;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.GameRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * Students in a class: joining with its code and a name (a game at once, or a wait for a
 * classmate), and what each may reach afterwards (their own games and transcripts).
 */
final class ClassStudents {

  private final Classroom classroom;
  private final ClassGames classGames;
  private final ClassroomStore store;
  private final Scenarios scenarios;
  private final SecureRandom random = new SecureRandom();

  ClassStudents(Classroom classroom, ClassGames classGames, ClassroomStore store,
      Scenarios scenarios) {
    this.classroom = classroom;
    this.classGames = classGames;
    this.store = store;
    this.scenarios = scenarios;
  }

  /** What the join form needs to know of a class: its title, and the sides if students choose. */
  JsonObject joining(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    ClassRow row = store.classByCode(c).orElseThrow(() -> ApiError.notFound("no class has the "
        + "code '" + TranscriptStore.abbreviate(c) + "': check it with your instructor"));
    JsonObject o = new JsonObject();
    o.addProperty("title", row.title());
    Classroom.Settings settings = classroom.settings(row);
    if (settings.side().equals("chosen")) {
      JsonArray sides = new JsonArray();
      for (var p : scenarios.get(settings.scenario()).parties()) {
        JsonObject s = new JsonObject();
        s.addProperty("id", p.id());
        s.addProperty("name", p.name());
        sides.add(s);
      }
      o.add("sides", sides);
    }
    return o;
  }

  /**
   * A student joins with the class's code and a name and gets a game; returns the student's
   * secret (for the cookie) with the game.
   */
  Joined join(JsonNode request) {
    request.allowOnly(Set.of("code", "name", "side"));
    String code = request.opt("code").map(JsonNode::string).orElse("").strip()
        .toUpperCase(java.util.Locale.ROOT);
    ClassRow c = store.classByCode(code).orElseThrow(() -> ApiError.notFound("no class has the "
        + "code '" + TranscriptStore.abbreviate(code) + "': check it with your instructor"));
    if (c.closedAt() != null) {
      throw new ApiError(410, "this class has ended: ask your instructor for the new code");
    }
    String name = request.opt("name").map(JsonNode::string).orElse("").strip();
    if (name.isEmpty() || name.length() > 40 || !name.codePoints().allMatch(
        ch -> Character.isLetterOrDigit(ch) || " .'-_".indexOf(ch) >= 0)) {
      throw ApiError.badRequest("name: 1-40 letters, digits, spaces and . ' - _");
    }
    Classroom.Settings settings = classroom.settings(c);
    Scenario sc = scenarios.get(settings.scenario());
    boolean pairs = settings.opponent().equals(ClassGames.PAIRS);
    String side = pairs ? null : switch (settings.side()) {
      case "alternating" -> sc.partyIds().get(store.students(c.id()).size()
          % sc.partyIds().size());
      case "chosen" -> request.opt("side").map(JsonNode::string).filter(
          sc.partyIds()::contains).orElseThrow(() -> ApiError.badRequest("side: choose one of "
              + sc.partyIds()));
      default -> settings.side();
    };
    String secret = Games.newId(random) + Games.newId(random);
    StudentRow student = new StudentRow(Games.newId(random), c.id(), name, Classroom.hash(secret),
        System.currentTimeMillis());
    synchronized (this) { // one pairing at a time
      Optional<StudentRow> partner = pairs && !settings.byHand() ? classGames.waiting(c) : Optional.empty();
      try {
        store.addStudent(student);
      } catch (ClassroomStore.NameTakenException e) {
        throw ApiError.conflict(e.getMessage() + ": choose another");
      }
      classroom.pulse().changed(c.id());
      if (pairs && partner.isEmpty()) {
        return new Joined(secret, student, null); // waits for a classmate
      }
      Map<String, String> people = new java.util.LinkedHashMap<>();
      if (pairs) {
        people.put(sc.partyIds().get(0), partner.get().id());
        people.put(sc.partyIds().get(1), student.id());
      } else {
        people.put(side, student.id());
      }
      String opponent = pairs ? (sc.partyIds().size() > 2
          ? org.parley.agents.strategy.Preset.DEFAULT_OPPONENT : null) : settings.opponent();
      List<Game> started = classGames.newGame(c, settings, sc, people, opponent);
      return new Joined(secret, student, started.get(started.size() - 1).id);
    }
  }

  /** A student's game (null while they wait for a classmate) and their cookie's secret. */
  record Joined(String secret, StudentRow student, String gameId) {
  }

  /** What a student sees of their class: who they are and their games. */
  JsonObject me(StudentRow s) {
    ClassRow c = classroom.classRow(s.classId());
    JsonObject o = new JsonObject();
    o.addProperty("name", s.name());
    o.addProperty("classId", c.id());
    o.addProperty("class", c.title());
    o.addProperty("revealed", c.revealed());
    JsonArray gs = new JsonArray();
    for (GameRow g : store.gamesOf(s.id())) {
      g.students().forEach((party, id) -> {
        if (s.id().equals(id)) {
          gs.add(g.id() + "." + party);
        }
      });
    }
    o.add("games", gs);
    o.addProperty("waiting", gs.isEmpty());
    return o;
  }

  /** Whether {@code student} plays in the game known as {@code viewId} ({@code game.party}). */
  boolean plays(StudentRow student, String viewId) {
    int dot = viewId.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String party = viewId.substring(dot + 1);
    return store.game(viewId.substring(0, dot))
        .map(g -> student.id().equals(g.students().get(party))).orElse(false);
  }

  /**
   * The transcripts a student may read: those of their own games (a game's transcript is written
   * only once it is over, so none of a game in progress exists to be read).
   */
  Set<String> transcriptsOf(StudentRow student) {
    Set<String> out = new java.util.HashSet<>();
    for (GameRow g : store.gamesOf(student.id())) {
      g.students().forEach((party, id) -> {
        if (student.id().equals(id)) {
          out.add("game-" + g.id() + "." + party);
        }
      });
    }
    return out;
  }
}
