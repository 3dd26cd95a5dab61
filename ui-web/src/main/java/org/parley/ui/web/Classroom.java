package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.JsonNode;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.ui.classroom.ClassroomStore;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

/**
 * Classes: an instructor makes one (scenario, side, opponent, rounds, time, seed) and runs it
 * (reveal, close, run again); the instructor's key; who a cookie belongs to. Students joining
 * are {@link ClassStudents}; the games, their pairing and their restoring are {@link ClassGames}.
 * Everything is in the classroom store as it happens.
 */
final class Classroom {

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
  private final ClassGames classGames;
  private final ClassStudents students;

  /** A class's settings, as the instructor chose them. */
  /** @param byHand classmates are paired by the instructor, not in the order they join */
  /**
   * @param from the stored negotiation every game continues ({@link TakeOver}): its id and the
   *     rounds kept; null for new games
   */
  record Settings(String scenario, String side, String opponent, int rounds, Integer minutes,
      Long seed, boolean byHand, ReplayPoint from) {

    JsonObject json() {
      JsonObject o = new JsonObject();
      o.addProperty("scenario", scenario);
      o.addProperty("side", side);
      o.addProperty("opponent", opponent);
      o.addProperty("rounds", rounds);
      o.addProperty("minutes", minutes);
      o.addProperty("seed", seed);
      o.addProperty("pairing", byHand ? "by hand" : "as they join");
      if (from != null) {
        o.add("from", from.json());
      }
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
    this.classGames = new ClassGames(this, store, games, scenarios, pulse);
    this.students = new ClassStudents(this, classGames, store, scenarios);
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
        "seed", "pairing", "from"));
    if (request.opt("from").isPresent()) {
      return create(request, games.takeOver().forClass(request));
    }
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
      if (!opponent.equals(ClassGames.PAIRS)) {
        catalog.check(new NegotiatorSpec(opponent));
      }
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("opponent: " + e.getMessage() + " (or \"" + ClassGames.PAIRS
          + "\" for students to play each other)");
    }
    int rounds = request.opt("rounds").map(n -> n.integer(2, Games.MAX_ROUNDS))
        .orElse(Math.min(Games.roomRounds(sc), 20));
    Integer minutes = request.opt("minutes").map(n -> n.integer(1, 24 * 60)).orElse(null);
    Long seed = request.opt("seed").map(JsonNode::longValue).orElse(null);
    String pairing = request.opt("pairing").map(JsonNode::string).orElse("as they join");
    if (!pairing.equals("as they join") && !pairing.equals("by hand")) {
      throw ApiError.badRequest("pairing: 'as they join' or 'by hand', got '"
          + TranscriptStore.abbreviate(pairing) + "'");
    }
    return create(request, new Settings(sc.id(), side, opponent, rounds, minutes, seed,
        pairing.equals("by hand"), null));
  }

  private JsonObject create(JsonNode request, Settings settings) {
    String title = request.opt("title").map(JsonNode::string)
        .orElse(scenarios.get(settings.scenario()).title());
    if (title.isBlank() || title.length() > 200) {
      throw ApiError.badRequest("title: 1-200 characters");
    }
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

  Settings settings(ClassRow c) {
    JsonNode s = JsonNode.parse("settings", c.settings());
    return new Settings(s.get("scenario").string(), s.get("side").string(),
        s.get("opponent").string(), s.get("rounds").integer(2, Games.MAX_ROUNDS),
        s.opt("minutes").map(n -> n.integer(1, 24 * 60)).orElse(null),
        s.opt("seed").map(JsonNode::longValue).orElse(null),
        s.opt("pairing").map(n -> n.string().equals("by hand")).orElse(false),
        s.opt("from").map(ReplayPoint::read).orElse(null));
  }

  /** Joining and what students reach. */
  ClassStudents students() {
    return students;
  }

  /** The games of classes: pairing, bots, restarts. */
  ClassGames classGames() {
    return classGames;
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
