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
import java.util.List;

/**
 * The classroom's SQLite file ({@code DATA/classroom.db}, readable by sqlite3, pandas and R) and
 * its one connection: how it is opened, its versioned schema, and statements run on it with bound
 * parameters. Each script under {@code /db} runs once, in order, in its own transaction, and the
 * database records its version in {@code PRAGMA user_version}; a database newer than these
 * scripts is refused, never touched. The connection autocommits except inside
 * {@link #transaction}, so a write is committed when the call returns. Not thread-safe:
 * {@link ClassroomStore} is its only user and serialises the calls.
 */
final class ClassroomDatabase implements AutoCloseable {

  /** The schema's scripts, in order: script i brings the database to version i + 1. */
  static final List<String> MIGRATIONS = List.of("V1__classroom.sql");

  /** Reads one row of a result into a value. */
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private final Connection db;
  private final Path file;

  private ClassroomDatabase(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Opens (or creates) {@code dataDir/classroom.db} and brings its schema up to date. */
  static ClassroomDatabase open(Path dataDir) {
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
      ClassroomDatabase database = new ClassroomDatabase(db, file);
      database.migrate();
      return database;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the classroom database " + file + ": "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dataDir + ": " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /** The schema version the database is at: 0 for a new file, else a script's number. */
  int version() {
    return query("PRAGMA user_version", r -> r.getInt(1)).get(0);
  }

  private void migrate() throws SQLException {
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
    try (InputStream in = ClassroomDatabase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing schema script " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows {@code sql} selects, each read by {@code row}, in the order SQLite returns them. */
  <T> List<T> query(String sql, Row<T> row, Object... args) {
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

  void update(String sql, Object... args) {
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

  /**
   * Runs {@code writes} as one transaction: all of them are committed, or, when one fails, none
   * (rolled back) and the failure is rethrown.
   */
  void transaction(Runnable writes) {
    try {
      db.setAutoCommit(false);
      writes.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      autoCommit();
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
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
