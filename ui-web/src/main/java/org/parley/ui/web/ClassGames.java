package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.io.JsonNode;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.GameRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * A class's games: started for students (against the class's bot, or two classmates in one
 * session), paired by the instructor or given a bot, recorded as they go, and brought back after
 * a restart by replaying the people's logged actions through the same deterministic session.
 */
final class ClassGames {

  private static final Logger LOG = Logger.getLogger(ClassGames.class.getName());

  private final Classroom classroom;
  private final ClassroomStore store;
  private final Games games;
  private final Scenarios scenarios;
  private final ClassPulse pulse;
  private final SecureRandom random = new SecureRandom();

  ClassGames(Classroom classroom, ClassroomStore store, Games games, Scenarios scenarios,
      ClassPulse pulse) {
    this.classroom = classroom;
    this.store = store;
    this.games = games;
    this.scenarios = scenarios;
    this.pulse = pulse;
  }

  /** In the log of a game's actions: a bot took this party's seat over at that turn. */
  static final String HAND_OVER = "handover";

  /** The opponent setting for classmates playing each other. */
  static final String PAIRS = "classmates";

  /** The student who joined a pairs class first and has no partner yet. */
  Optional<StudentRow> waiting(ClassRow c) {
    return store.students(c.id()).stream().filter(s -> store.gamesOf(s.id()).isEmpty())
        .findFirst();
  }

  /** Gives a student who waits for a classmate a game against the class's fallback bot now. */
  JsonObject giveBot(String classId, String studentId) {
    ClassRow c = classroom.classRow(classId);
    StudentRow s = store.student(studentId).filter(x -> x.classId().equals(c.id()))
        .orElseThrow(() -> ApiError.notFound("no student '" + TranscriptStore.abbreviate(
            studentId) + "' in this class"));
    synchronized (this) {
      if (!store.gamesOf(s.id()).isEmpty()) {
        throw ApiError.conflict(s.name() + " has a game already");
      }
      Classroom.Settings settings = classroom.settings(c);
      Scenario sc = scenarios.get(settings.scenario());
      List<Game> started = newGame(c, settings, sc, Map.of(sc.partyIds().get(0), s.id()),
          org.parley.agents.strategy.Preset.DEFAULT_OPPONENT);
      JsonObject o = new JsonObject();
      o.addProperty("game", started.get(0).id);
      return o;
    }
  }

  /** The instructor pairs two waiting students of a class of classmates; returns the game. */
  JsonObject pair(String classId, JsonNode request) {
    request.allowOnly(Set.of("students"));
    List<JsonNode> ids = request.get("students").items();
    if (ids.size() != 2) {
      throw ApiError.badRequest("students: give two students to pair");
    }
    ClassRow c = classroom.classRow(classId);
    Classroom.Settings settings = classroom.settings(c);
    if (!settings.opponent().equals(PAIRS)) {
      throw ApiError.conflict("this class plays a bot, not classmates");
    }
    synchronized (this) {
      List<StudentRow> two = new ArrayList<>();
      for (JsonNode id : ids) {
        StudentRow s = store.student(id.string()).filter(x -> x.classId().equals(c.id()))
            .orElseThrow(() -> ApiError.notFound("no student '" + TranscriptStore.abbreviate(
                id.string()) + "' in this class"));
        if (!store.gamesOf(s.id()).isEmpty()) {
          throw ApiError.conflict(s.name() + " has a game already");
        }
        two.add(s);
      }
      if (two.get(0).id().equals(two.get(1).id())) {
        throw ApiError.badRequest("students: two different students");
      }
      Scenario sc = scenarios.get(settings.scenario());
      Map<String, String> people = new java.util.LinkedHashMap<>();
      people.put(sc.partyIds().get(0), two.get(0).id());
      people.put(sc.partyIds().get(1), two.get(1).id());
      List<Game> started = newGame(c, settings, sc, people, sc.partyIds().size() > 2
          ? org.parley.agents.strategy.Preset.DEFAULT_OPPONENT : null);
      pulse.changed(c.id());
      JsonObject o = new JsonObject();
      JsonArray games = new JsonArray();
      started.forEach(g -> games.add(g.id));
      o.add("games", games);
      return o;
    }
  }

  /** Records and starts a game in which {@code people} (party to student) play. */
  List<Game> newGame(ClassRow c, Classroom.Settings settings, Scenario sc,
      Map<String, String> people, String opponent) {
    long seed = settings.seed() != null ? settings.seed() : random.nextInt(1_000_000);
    Long endsAt = settings.minutes() == null ? null
        : System.currentTimeMillis() + settings.minutes() * 60_000L;
    JsonObject spec = new JsonObject();
    spec.addProperty("scenario", sc.id());
    JsonArray sides = new JsonArray();
    people.keySet().forEach(sides::add);
    spec.add("sides", sides);
    spec.addProperty("opponent", opponent);
    spec.addProperty("seed", seed);
    spec.addProperty("rounds", settings.rounds());
    if (settings.from() != null) {
      spec.add("from", settings.from().json());
    }
    GameRow row = new GameRow(Games.newId(random), c.id(), spec.toString(),
        System.currentTimeMillis(), endsAt, null, null, people);
    store.addGame(row);
    return start(row, List.of());
  }

  // running and restoring games

  List<Game> start(GameRow row, List<Games.Logged> actions) {
    JsonNode spec = JsonNode.parse("game " + row.id(), row.spec());
    Scenario sc = scenarios.get(spec.get("scenario").string());
    List<String> sides = spec.get("sides").items().stream().map(JsonNode::string).toList();
    Opponent opponent = spec.opt("opponent").map(n -> Opponent.of(n.string())).orElse(null);
    Games.Setup setup = new Games.Setup(row.id(), sc, sides, opponent,
        spec.get("seed").longValue(), spec.get("rounds").integer(2, Games.MAX_ROUNDS),
        row.endsAt(), "game:" + row.id(), new ClassRecorder(store, pulse, row.id(), row.classId()), true,
        null);
    if (spec.opt("from").isPresent()) { // every student takes a replay over at the same round
      return games.takeOver().startForClass(setup, ReplayPoint.read(spec.get("from")), actions);
    }
    return games.start(setup, actions);
  }

  /** Brings back every game that was running when the server stopped; returns how many. */
  int restore() {
    int restored = 0;
    for (GameRow row : store.runningGames()) {
      try {
        List<Games.Logged> actions = new ArrayList<>();
        for (ClassroomStore.ActionRow a : store.actions(row.id())) {
          JsonNode logged = JsonNode.parse("action", a.action());
          actions.add(logged.opt(HAND_OVER).isPresent()
              ? new Games.Logged(a.party(), null, new NegotiatorSpec(logged.get(HAND_OVER)
                  .string()))
              : new Games.Logged(a.party(), ActionCodec.read(logged, a.party(),
                  ActionCodec::readIndices), null));
        }
        start(row, actions);
        restored++;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot restore game " + row.id(), e);
        JsonObject result = new JsonObject();
        result.addProperty("error", "the game could not be restored after a restart: "
            + TranscriptStore.abbreviate(String.valueOf(e.getMessage()), 200));
        store.finishGame(row.id(), System.currentTimeMillis(), result.toString());
      }
    }
    return restored;
  }
}
