package org.parley.ui.classroom;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the classroom keeps, table by table: the room's settings, classes, students, games with who
 * plays each party, and the people's actions. Rows go in and come out as the records below; the
 * file, its schema and the SQL plumbing are {@link ClassroomDatabase}'s. Every method holds this
 * store's lock, so one caller at a time uses the connection; every write is committed before the
 * method returns, so a kill loses nothing written.
 */
public final class ClassroomStore implements AutoCloseable {

  /** A class as the instructor made it. */
  public record ClassRow(String id, String code, String title, String settings, long createdAt,
      Long closedAt, boolean revealed, boolean hideNames) {
  }

  public record StudentRow(String id, String classId, String name, String secretHash,
      long joinedAt) {
  }

  /** A game: its spec, who plays which party (null: a bot), and its result once over. */
  public record GameRow(String id, String classId, String spec, long startedAt, Long endsAt,
      Long endedAt, String result, Map<String, String> students) {
  }

  public record ActionRow(int seq, String party, String action, long at) {
  }

  /** A student name already taken in the class. */
  public static final class NameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NameTakenException(String name) {
      super("the name '" + name + "' is taken in this class");
    }
  }

  private final ClassroomDatabase db;

  private ClassroomStore(ClassroomDatabase db) {
    this.db = db;
  }

  /** Opens (or creates) {@code dataDir/classroom.db} and brings its schema up to date. */
  public static ClassroomStore open(Path dataDir) {
    return new ClassroomStore(ClassroomDatabase.open(dataDir));
  }

  public Path file() {
    return db.file();
  }

  /** The schema version the database is at. */
  public synchronized int version() {
    return db.version();
  }

  // the room

  /** A room setting, such as the instructor's key. */
  public synchronized Optional<String> setting(String key) {
    return db.query("SELECT value FROM room WHERE key = ?", r -> r.getString(1), key).stream()
        .findFirst();
  }

  public synchronized void putSetting(String key, String value) {
    db.update("INSERT INTO room (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
        + "value = excluded.value", key, value);
  }

  // classes

  public synchronized void addClass(ClassRow c) {
    db.update("INSERT INTO classes (id, code, title, settings, created_at, closed_at, revealed, "
        + "hide_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.code(), c.title(), c.settings(),
        c.createdAt(), c.closedAt(), c.revealed() ? 1 : 0, c.hideNames() ? 1 : 0);
  }

  public synchronized Optional<ClassRow> classById(String id) {
    return db.query("SELECT * FROM classes WHERE id = ?", ClassroomStore::classRow, id).stream()
        .findFirst();
  }

  public synchronized Optional<ClassRow> classByCode(String code) {
    return db.query("SELECT * FROM classes WHERE code = ?", ClassroomStore::classRow, code)
        .stream().findFirst();
  }

  /** Every class, newest first. */
  public synchronized List<ClassRow> classes() {
    return db.query("SELECT * FROM classes ORDER BY created_at DESC, id",
        ClassroomStore::classRow);
  }

  public synchronized void setRevealed(String classId, boolean revealed, boolean hideNames) {
    db.update("UPDATE classes SET revealed = ?, hide_names = ? WHERE id = ?", revealed ? 1 : 0,
        hideNames ? 1 : 0, classId);
  }

  public synchronized void close(String classId, long at) {
    db.update("UPDATE classes SET closed_at = ? WHERE id = ? AND closed_at IS NULL", at, classId);
  }

  private static ClassRow classRow(ResultSet r) throws SQLException {
    long closed = r.getLong("closed_at");
    Long closedAt = r.wasNull() ? null : closed;
    return new ClassRow(r.getString("id"), r.getString("code"), r.getString("title"),
        r.getString("settings"), r.getLong("created_at"), closedAt,
        r.getInt("revealed") != 0, r.getInt("hide_names") != 0);
  }

  // students

  public synchronized void addStudent(StudentRow s) {
    if (!db.query("SELECT 1 FROM students WHERE class_id = ? AND name = ? COLLATE NOCASE",
        r -> 1, s.classId(), s.name()).isEmpty()) {
      throw new NameTakenException(s.name());
    }
    db.update("INSERT INTO students (id, class_id, name, secret_hash, joined_at) "
        + "VALUES (?, ?, ?, ?, ?)", s.id(), s.classId(), s.name(), s.secretHash(), s.joinedAt());
  }

  public synchronized Optional<StudentRow> studentBySecret(String secretHash) {
    return db.query("SELECT * FROM students WHERE secret_hash = ?", ClassroomStore::studentRow,
        secretHash).stream().findFirst();
  }

  public synchronized Optional<StudentRow> student(String id) {
    return db.query("SELECT * FROM students WHERE id = ?", ClassroomStore::studentRow, id)
        .stream().findFirst();
  }

  public synchronized List<StudentRow> students(String classId) {
    return db.query("SELECT * FROM students WHERE class_id = ? ORDER BY joined_at, name",
        ClassroomStore::studentRow, classId);
  }

  private static StudentRow studentRow(ResultSet r) throws SQLException {
    return new StudentRow(r.getString("id"), r.getString("class_id"), r.getString("name"),
        r.getString("secret_hash"), r.getLong("joined_at"));
  }

  // games

  /** Records a new game and who plays each party ({@code students}: party to student id). */
  public synchronized void addGame(GameRow g) {
    db.transaction(() -> {
      db.update("INSERT INTO games (id, class_id, spec, started_at, ends_at) "
          + "VALUES (?, ?, ?, ?, ?)", g.id(), g.classId(), g.spec(), g.startedAt(), g.endsAt());
      for (Map.Entry<String, String> seat : g.students().entrySet()) {
        db.update("INSERT INTO seats (game_id, party, student_id) VALUES (?, ?, ?)", g.id(),
            seat.getKey(), seat.getValue());
      }
    });
  }

  public synchronized void addAction(String gameId, int seq, String party, String action,
      long at) {
    db.update("INSERT INTO actions (game_id, seq, party, action, at) VALUES (?, ?, ?, ?, ?)",
        gameId, seq, party, action, at);
  }

  public synchronized void finishGame(String gameId, long at, String result) {
    db.update("UPDATE games SET ended_at = COALESCE(ended_at, ?), result = ? WHERE id = ?", at,
        result, gameId);
  }

  /** A game's new wall-clock limit (an extension). */
  public synchronized void setEndsAt(String gameId, long endsAt) {
    db.update("UPDATE games SET ends_at = ? WHERE id = ?", endsAt, gameId);
  }

  /** A seat handed over: {@code party} is played by a bot from now on. */
  public synchronized void freeSeat(String gameId, String party) {
    db.update("UPDATE seats SET student_id = NULL WHERE game_id = ? AND party = ?", gameId,
        party);
  }

  public synchronized Optional<GameRow> game(String id) {
    return gameRows("SELECT * FROM games WHERE id = ?", id).stream().findFirst();
  }

  public synchronized List<GameRow> games(String classId) {
    return gameRows("SELECT * FROM games WHERE class_id = ? ORDER BY started_at, id", classId);
  }

  /** Games not over: those a restart brings back. */
  public synchronized List<GameRow> runningGames() {
    return gameRows("SELECT * FROM games WHERE ended_at IS NULL ORDER BY started_at, id");
  }

  /** The games {@code studentId} plays in, oldest first. */
  public synchronized List<GameRow> gamesOf(String studentId) {
    return gameRows("SELECT g.* FROM games g JOIN seats s ON s.game_id = g.id "
        + "WHERE s.student_id = ? ORDER BY g.started_at, g.id", studentId);
  }

  public synchronized List<ActionRow> actions(String gameId) {
    return db.query("SELECT * FROM actions WHERE game_id = ? ORDER BY seq", r -> new ActionRow(
        r.getInt("seq"), r.getString("party"), r.getString("action"), r.getLong("at")), gameId);
  }

  private List<GameRow> gameRows(String sql, Object... args) {
    List<GameRow> rows = db.query(sql, r -> {
      long ends = r.getLong("ends_at");
      Long endsAt = r.wasNull() ? null : ends;
      long ended = r.getLong("ended_at");
      Long endedAt = r.wasNull() ? null : ended;
      return new GameRow(r.getString("id"), r.getString("class_id"), r.getString("spec"),
          r.getLong("started_at"), endsAt, endedAt, r.getString("result"), Map.of());
    }, args);
    List<GameRow> out = new ArrayList<>();
    for (GameRow g : rows) {
      Map<String, String> seats = new LinkedHashMap<>();
      db.query("SELECT party, student_id FROM seats WHERE game_id = ? ORDER BY party", r -> {
        seats.put(r.getString(1), r.getString(2));
        return null;
      }, g.id());
      out.add(new GameRow(g.id(), g.classId(), g.spec(), g.startedAt(), g.endsAt(), g.endedAt(),
          g.result(), Collections.unmodifiableMap(seats)));
    }
    return out;
  }

  @Override
  public synchronized void close() {
    db.close();
  }
}
