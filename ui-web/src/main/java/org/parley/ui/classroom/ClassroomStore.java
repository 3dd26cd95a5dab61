package org.parley.ui.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classroom's one SQLite database ({@code DATA/classroom.db}, readable by sqlite3, pandas and
 * R): classes, students, games as their people's actions, and results. The schema is versioned:
 * each script under {@code /db} runs once, in order, and the database records its version in
 * {@code PRAGMA user_version}. One connection, one writer at a time; every write is committed
 * before the method returns, so a kill loses nothing written.
 */
public final class ClassroomStore implements AutoCloseable {

  /** The schema's scripts, in order: script i brings the database to version i + 1. */
  static final List<String> MIGRATIONS = List.of("V1__classroom.sql");

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

  private final Connection db;
  private final Path file;

  private ClassroomStore(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Opens (or creates) {@code dataDir/classroom.db} and brings its schema up to date. */
  public static ClassroomStore open(Path dataDir) {
    Path file = dataDir.resolve("classroom.db").toAbsolutePath();
    try {
      Files.createDirectories(dataDir);
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL"); // with WAL: a process kill loses no commit
        s.execute("PRAGMA foreign_keys = ON");
        s.execute("PRAGMA busy_timeout = 5000");
      }
      ClassroomStore store = new ClassroomStore(db, file);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the classroom database " + file + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dataDir + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** The schema version the database is at. */
  public synchronized int version() {
    return query("PRAGMA user_version", r -> r.getInt(1)).get(0);
  }

  private synchronized void migrate() throws SQLException {
    int at = version();
    if (at > MIGRATIONS.size()) {
      throw new IllegalStateException(file + " has schema version " + at + ", newer than this "
          + "Parley knows (" + MIGRATIONS.size() + "): use a newer Parley");
    }
    for (int v = at; v < MIGRATIONS.size(); v++) {
      String script = resource("/db/" + MIGRATIONS.get(v));
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        for (String sql : statements(script)) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = " + (v + 1));
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    }
  }

  /** The statements of a script: split at semicolons that end a line; comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
      if (code.isBlank()) {
        continue;
      }
      current.append(code.stripTrailing()).append('\n');
      if (code.strip().endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in = ClassroomStore.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema script " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // the room

  /** A room setting, such as the instructor's key. */
  public synchronized Optional<String> setting(String key) {
    return query("SELECT value FROM room WHERE key = ?", r -> r.getString(1), key).stream()
        .findFirst();
  }

  public synchronized void putSetting(String key, String value) {
    update("INSERT INTO room (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
        + "excluded.value", key, value);
  }

  // classes

  public synchronized void addClass(ClassRow c) {
    update("INSERT INTO classes (id, code, title, settings, created_at, closed_at, revealed, "
        + "hide_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", c.id(), c.code(), c.title(), c.settings(),
        c.createdAt(), c.closedAt(), c.revealed() ? 1 : 0, c.hideNames() ? 1 : 0);
  }

  public synchronized Optional<ClassRow> classById(String id) {
    return query("SELECT * FROM classes WHERE id = ?", ClassroomStore::classRow, id).stream()
        .findFirst();
  }

  public synchronized Optional<ClassRow> classByCode(String code) {
    return query("SELECT * FROM classes WHERE code = ?", ClassroomStore::classRow, code).stream()
        .findFirst();
  }

  /** Every class, newest first. */
  public synchronized List<ClassRow> classes() {
    return query("SELECT * FROM classes ORDER BY created_at DESC, id", ClassroomStore::classRow);
  }

  public synchronized void setRevealed(String classId, boolean revealed, boolean hideNames) {
    update("UPDATE classes SET revealed = ?, hide_names = ? WHERE id = ?", revealed ? 1 : 0,
        hideNames ? 1 : 0, classId);
  }

  public synchronized void close(String classId, long at) {
    update("UPDATE classes SET closed_at = ? WHERE id = ? AND closed_at IS NULL", at, classId);
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
    if (!query("SELECT 1 FROM students WHERE class_id = ? AND name = ? COLLATE NOCASE",
        r -> 1, s.classId(), s.name()).isEmpty()) {
      throw new NameTakenException(s.name());
    }
    update("INSERT INTO students (id, class_id, name, secret_hash, joined_at) "
        + "VALUES (?, ?, ?, ?, ?)", s.id(), s.classId(), s.name(), s.secretHash(), s.joinedAt());
  }

  public synchronized Optional<StudentRow> studentBySecret(String secretHash) {
    return query("SELECT * FROM students WHERE secret_hash = ?", ClassroomStore::studentRow,
        secretHash).stream().findFirst();
  }

  public synchronized Optional<StudentRow> student(String id) {
    return query("SELECT * FROM students WHERE id = ?", ClassroomStore::studentRow, id).stream()
        .findFirst();
  }

  public synchronized List<StudentRow> students(String classId) {
    return query("SELECT * FROM students WHERE class_id = ? ORDER BY joined_at, name",
        ClassroomStore::studentRow, classId);
  }

  private static StudentRow studentRow(ResultSet r) throws SQLException {
    return new StudentRow(r.getString("id"), r.getString("class_id"), r.getString("name"),
        r.getString("secret_hash"), r.getLong("joined_at"));
  }

  // games

  /** Records a new game and who plays each party ({@code students}: party to student id). */
  public synchronized void addGame(GameRow g) {
    try {
      db.setAutoCommit(false);
      update("INSERT INTO games (id, class_id, spec, started_at, ends_at) VALUES (?, ?, ?, ?, ?)",
          g.id(), g.classId(), g.spec(), g.startedAt(), g.endsAt());
      for (Map.Entry<String, String> seat : g.students().entrySet()) {
        update("INSERT INTO seats (game_id, party, student_id) VALUES (?, ?, ?)", g.id(),
            seat.getKey(), seat.getValue());
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      autoCommit();
    }
  }

  public synchronized void addAction(String gameId, int seq, String party, String action,
      long at) {
    update("INSERT INTO actions (game_id, seq, party, action, at) VALUES (?, ?, ?, ?, ?)", gameId,
        seq, party, action, at);
  }

  public synchronized void finishGame(String gameId, long at, String result) {
    update("UPDATE games SET ended_at = COALESCE(ended_at, ?), result = ? WHERE id = ?", at,
        result, gameId);
  }

  /** A game's new wall-clock limit (an extension). */
  public synchronized void setEndsAt(String gameId, long endsAt) {
    update("UPDATE games SET ends_at = ? WHERE id = ?", endsAt, gameId);
  }

  /** A seat handed over: {@code party} is played by a bot from now on. */
  public synchronized void freeSeat(String gameId, String party) {
    update("UPDATE seats SET student_id = NULL WHERE game_id = ? AND party = ?", gameId, party);
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
    return query("SELECT * FROM actions WHERE game_id = ? ORDER BY seq", r -> new ActionRow(
        r.getInt("seq"), r.getString("party"), r.getString("action"), r.getLong("at")), gameId);
  }

  private List<GameRow> gameRows(String sql, Object... args) {
    List<GameRow> rows = query(sql, r -> {
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
      query("SELECT party, student_id FROM seats WHERE game_id = ? ORDER BY party", r -> {
        seats.put(r.getString(1), r.getString(2));
        return null;
      }, g.id());
      out.add(new GameRow(g.id(), g.classId(), g.spec(), g.startedAt(), g.endsAt(), g.endedAt(),
          g.result(), java.util.Collections.unmodifiableMap(seats)));
    }
    return out;
  }

  // JDBC plumbing

  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet r = p.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (r.next()) {
          out.add(row.read(r));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("classroom database: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement p = db.prepareStatement(sql)) {
      bind(p, args);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("classroom database: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement p, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      p.setObject(i + 1, args[i]);
    }
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException e) {
      // the original failure is what matters
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException("classroom database: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
