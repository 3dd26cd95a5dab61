package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Action;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.GameRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * Classes: an instructor makes one (scenario, side, opponent, rounds, time, seed), students join
 * with its code and a name, and each gets a game against the class's bot. Everything is in the
 * classroom store as it happens, so a restart brings every game back where it was: its setup and
 * the student's actions, replayed through the same deterministic session.
 */
final class Classroom {

  private static final Logger LOG = Logger.getLogger(Classroom.class.getName());
  private static final String INSTRUCTOR_KEY = "instructor-key";
  /** Join codes avoid letters and digits that read alike (0/O, 1/I/L). */
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private final ClassroomStore store;
  private final Games games;
  private final Scenarios scenarios;
  private final StrategyCatalog catalog;
  private final SecureRandom random = new SecureRandom();
  private final String instructorKey;
  private final ClassPulse pulse;

  /** A class's settings, as the instructor chose them. */
  /** @param byHand classmates are paired by the instructor, not in the order they join */
  record Settings(String scenario, String side, String opponent, int rounds, Integer minutes,
      Long seed, boolean byHand) {

    JsonObject json() {
      JsonObject o = new JsonObject();
      o.addProperty("scenario", scenario);
      o.addProperty("side", side);
      o.addProperty("opponent", opponent);
      o.addProperty("rounds", rounds);
      o.addProperty("minutes", minutes);
      o.addProperty("seed", seed);
      o.addProperty("pairing", byHand ? "by hand" : "as they join");
      return o;
    }
  }

  Classroom(ClassroomStore store, Games games, Scenarios scenarios, StrategyCatalog catalog,
      ClassPulse pulse) {
    this.store = store;
    this.pulse = pulse;
    this.games = games;
    this.scenarios = scenarios;
    this.catalog = catalog;
    this.instructorKey = store.setting(INSTRUCTOR_KEY).orElseGet(() -> {
      String key = Games.newId(random) + Games.newId(random);
      store.putSetting(INSTRUCTOR_KEY, key);
      return key;
    });
  }

  /** The instructor's secret: whoever holds it runs the classes. */
  String instructorKey() {
    return instructorKey;
  }

  boolean isInstructorKey(String key) {
    return key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
        instructorKey.getBytes(StandardCharsets.UTF_8));
  }

  /** The student whose cookie holds {@code secret}, if any. */
  Optional<StudentRow> student(String secret) {
    return secret == null || secret.isBlank() ? Optional.empty()
        : store.studentBySecret(hash(secret));
  }

  // the instructor's side

  /** Makes a class from the instructor's request; returns it with its join code. */
  JsonObject create(JsonNode request) {
    request.allowOnly(Set.of("title", "scenario", "side", "opponent", "rounds", "minutes",
        "seed", "pairing"));
    // opponent: a bot (a preset or a JSON spec), or "classmates" for students to play each other
    Scenario sc = scenarios.get(request.opt("scenario").map(JsonNode::string)
        .orElse(org.parley.scenarios.ScenarioCatalog.DEFAULT_ID));
    String side = request.opt("side").map(JsonNode::string).orElse("alternating");
    if (!side.equals("alternating") && !side.equals("chosen") && !sc.partyIds().contains(side)) {
      throw ApiError.badRequest("side: give a party of '" + sc.id() + "' " + sc.partyIds()
          + ", 'alternating' or 'chosen'; got '" + TranscriptStore.abbreviate(side) + "'");
    }
    String opponent = request.opt("opponent").map(n -> n.isString() ? n.string()
        : n.raw().toString()).orElse(org.parley.agents.strategy.Preset.DEFAULT_OPPONENT);
    try {
      if (!opponent.equals(PAIRS)) {
        catalog.check(new NegotiatorSpec(opponent));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("opponent: " + e.getMessage() + " (or \"" + PAIRS
          + "\" for students to play each other)");
    }
    int rounds = request.opt("rounds").map(n -> n.integer(2, Games.MAX_ROUNDS))
        .orElse(Math.min(sc.deadline().rounds(), 20));
    Integer minutes = request.opt("minutes").map(n -> n.integer(1, 24 * 60)).orElse(null);
    Long seed = request.opt("seed").map(JsonNode::longValue).orElse(null);
    String title = request.opt("title").map(JsonNode::string).orElse(sc.title());
    if (title.isBlank() || title.length() > 200) {
      throw ApiError.badRequest("title: 1-200 characters");
    }
    String pairing = request.opt("pairing").map(JsonNode::string).orElse("as they join");
    if (!pairing.equals("as they join") && !pairing.equals("by hand")) {
      throw ApiError.badRequest("pairing: 'as they join' or 'by hand', got '"
          + TranscriptStore.abbreviate(pairing) + "'");
    }
    Settings settings = new Settings(sc.id(), side, opponent, rounds, minutes, seed,
        pairing.equals("by hand"));
    ClassRow c = new ClassRow(Games.newId(random), newCode(), title,
        settings.json().toString(), System.currentTimeMillis(), null, false, false);
    store.addClass(c);
    return summary(c);
  }

  /** Every class, newest first. */
  JsonArray classes() {
    JsonArray out = new JsonArray();
    store.classes().forEach(c -> out.add(summary(c)));
    return out;
  }

  private JsonObject summary(ClassRow c) {
    JsonObject o = new JsonObject();
    o.addProperty("id", c.id());
    o.addProperty("code", c.code());
    o.addProperty("title", c.title());
    o.add("settings", JsonNode.parse("settings", c.settings()).raw());
    o.addProperty("createdAt", c.createdAt());
    o.addProperty("closed", c.closedAt() != null);
    o.addProperty("revealed", c.revealed());
    o.addProperty("hideNames", c.hideNames());
    o.addProperty("students", store.students(c.id()).size());
    return o;
  }

  ClassRow classRow(String id) {
    return store.classById(id).orElseThrow(() -> ApiError.notFound("no class '"
        + TranscriptStore.abbreviate(id) + "'"));
  }

  void reveal(String classId, JsonNode request) {
    request.allowOnly(Set.of("revealed", "hideNames"));
    ClassRow c = classRow(classId);
    store.setRevealed(c.id(), request.opt("revealed").map(JsonNode::bool).orElse(true),
        request.opt("hideNames").map(JsonNode::bool).orElse(c.hideNames()));
  }

  void close(String classId) {
    store.close(classRow(classId).id(), System.currentTimeMillis());
  }

  /** A new class with the same settings (a new round), open for joining. */
  JsonObject again(String classId) {
    ClassRow c = classRow(classId);
    ClassRow next = new ClassRow(Games.newId(random), newCode(), c.title(), c.settings(),
        System.currentTimeMillis(), null, false, c.hideNames());
    store.addClass(next);
    return summary(next);
  }

  // the students' side

  /** What the join form needs to know of a class: its title, and the sides if students choose. */
  JsonObject joining(String code) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    ClassRow row = store.classByCode(c).orElseThrow(() -> ApiError.notFound("no class has the "
        + "code '" + TranscriptStore.abbreviate(c) + "': check it with your instructor"));
    JsonObject o = new JsonObject();
    o.addProperty("title", row.title());
    Settings settings = settings(row);
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
    Settings settings = settings(c);
    Scenario sc = scenarios.get(settings.scenario());
    boolean pairs = settings.opponent().equals(PAIRS);
    String side = pairs ? null : switch (settings.side()) {
      case "alternating" -> sc.partyIds().get(store.students(c.id()).size()
          % sc.partyIds().size());
      case "chosen" -> request.opt("side").map(JsonNode::string).filter(
          sc.partyIds()::contains).orElseThrow(() -> ApiError.badRequest("side: choose one of "
              + sc.partyIds()));
      default -> settings.side();
    };
    String secret = Games.newId(random) + Games.newId(random);
    StudentRow student = new StudentRow(Games.newId(random), c.id(), name, hash(secret),
        System.currentTimeMillis());
    synchronized (this) { // one pairing at a time
      Optional<StudentRow> partner = pairs && !settings.byHand() ? waiting(c) : Optional.empty();
      try {
        store.addStudent(student);
      } catch (ClassroomStore.NameTakenException e) {
        throw ApiError.conflict(e.getMessage() + ": choose another");
      }
      pulse.changed(c.id());
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
      List<Game> started = newGame(c, settings, sc, people, opponent);
      return new Joined(secret, student, started.get(started.size() - 1).id);
    }
  }

  /** In the log of a game's actions: a bot took this party's seat over at that turn. */
  static final String HAND_OVER = "handover";

  /** The opponent setting for classmates playing each other. */
  static final String PAIRS = "classmates";

  /** The student who joined a pairs class first and has no partner yet. */
  private Optional<StudentRow> waiting(ClassRow c) {
    return store.students(c.id()).stream().filter(s -> store.gamesOf(s.id()).isEmpty())
        .findFirst();
  }

  /** Gives a student who waits for a classmate a game against the class's fallback bot now. */
  JsonObject giveBot(String classId, String studentId) {
    ClassRow c = classRow(classId);
    StudentRow s = store.student(studentId).filter(x -> x.classId().equals(c.id()))
        .orElseThrow(() -> ApiError.notFound("no student '" + TranscriptStore.abbreviate(
            studentId) + "' in this class"));
    synchronized (this) {
      if (!store.gamesOf(s.id()).isEmpty()) {
        throw ApiError.conflict(s.name() + " has a game already");
      }
      Settings settings = settings(c);
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
    ClassRow c = classRow(classId);
    Settings settings = settings(c);
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
  private List<Game> newGame(ClassRow c, Settings settings, Scenario sc,
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
    GameRow row = new GameRow(Games.newId(random), c.id(), spec.toString(),
        System.currentTimeMillis(), endsAt, null, null, people);
    store.addGame(row);
    return start(row, List.of());
  }

  /** A student's game (null while they wait for a classmate) and their cookie's secret. */
  record Joined(String secret, StudentRow student, String gameId) {
  }

  /** What a student sees of their class: who they are and their games. */
  JsonObject me(StudentRow s) {
    ClassRow c = classRow(s.classId());
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

  // running and restoring games

  private List<Game> start(GameRow row, List<Games.Logged> actions) {
    JsonNode spec = JsonNode.parse("game " + row.id(), row.spec());
    Scenario sc = scenarios.get(spec.get("scenario").string());
    List<String> sides = spec.get("sides").items().stream().map(JsonNode::string).toList();
    Opponent opponent = spec.opt("opponent").map(n -> Opponent.of(n.string())).orElse(null);
    Games.Setup setup = new Games.Setup(row.id(), sc, sides, opponent,
        spec.get("seed").longValue(), spec.get("rounds").integer(2, Games.MAX_ROUNDS),
        row.endsAt(), "game:" + row.id(), new Recorder(row.id(), row.classId()), true);
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

  /** Writes a class game's actions and result to the store as they happen. */
  private final class Recorder implements Games.Hooks {
    private final String gameId;
    private final String classId;

    Recorder(String gameId, String classId) {
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
      o.addProperty(HAND_OVER, bot.text());
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

  Settings settings(ClassRow c) {
    JsonNode s = JsonNode.parse("settings", c.settings());
    return new Settings(s.get("scenario").string(), s.get("side").string(),
        s.get("opponent").string(), s.get("rounds").integer(2, Games.MAX_ROUNDS),
        s.opt("minutes").map(n -> n.integer(1, 24 * 60)).orElse(null),
        s.opt("seed").map(JsonNode::longValue).orElse(null),
        s.opt("pairing").map(n -> n.string().equals("by hand")).orElse(false));
  }

  ClassPulse pulse() {
    return pulse;
  }

  ClassroomStore store() {
    return store;
  }

  private String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
    }
    return store.classByCode(code.toString()).isPresent() ? newCode() : code.toString();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
