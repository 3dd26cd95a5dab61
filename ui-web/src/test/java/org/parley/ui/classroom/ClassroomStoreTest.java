package org.parley.ui.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ui.classroom.ClassroomStore.ClassRow;
import org.parley.ui.classroom.ClassroomStore.GameRow;
import org.parley.ui.classroom.ClassroomStore.StudentRow;

class ClassroomStoreTest {

  @TempDir
  Path data;

  @Test
  void whatIsWrittenIsThereAfterReopeningAndReadableBySql() throws Exception {
    try (ClassroomStore s = ClassroomStore.open(data)) {
      assertEquals(ClassroomDatabase.MIGRATIONS.size(), s.version());
      s.addClass(new ClassRow("c1", "ABC123", "Monday", "{}", 1, null, false, false));
      s.addStudent(new StudentRow("s1", "c1", "Ada", "h1", 2));
      s.addGame(new GameRow("g1", "c1", "{\"seed\":1}", 3, null, null, null,
          Map.of("us", "s1")));
      s.putSetting("instructor-key", "k");
      s.addAction("g1", 0, "us", "{\"action\":\"end\"}", 4);
    }
    try (ClassroomStore s = ClassroomStore.open(data)) {
      assertEquals("Monday", s.classByCode("ABC123").orElseThrow().title());
      assertEquals(null, s.classByCode("ABC123").orElseThrow().closedAt(), "open");
      assertEquals("k", s.setting("instructor-key").orElseThrow());
      assertEquals("Ada", s.studentBySecret("h1").orElseThrow().name());
      GameRow g = s.runningGames().get(0);
      assertEquals(Map.of("us", "s1"), g.students());
      assertEquals(List.of(new ClassroomStore.ActionRow(0, "us", "{\"action\":\"end\"}", 4)),
          s.actions("g1"));
      s.finishGame("g1", 5, "{\"outcome\":\"x\"}");
      assertEquals(List.of(), s.runningGames());
      assertEquals(List.of("g1"), s.gamesOf("s1").stream().map(GameRow::id).toList());
    }
    // one file that any SQLite reader opens
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("classroom.db"));
        var r = c.createStatement().executeQuery("SELECT name FROM students")) {
      assertTrue(r.next());
      assertEquals("Ada", r.getString(1));
    }
  }

  @Test
  void aNameIsTakenOncePerClassWhateverItsCase() {
    try (ClassroomStore s = ClassroomStore.open(data)) {
      s.addClass(new ClassRow("c1", "ABC123", "Monday", "{}", 1, null, false, false));
      s.addStudent(new StudentRow("s1", "c1", "Ada", "h1", 2));
      var e = assertThrows(ClassroomStore.NameTakenException.class,
          () -> s.addStudent(new StudentRow("s2", "c1", "ada", "h2", 3)));
      assertEquals("the name 'ada' is taken in this class", e.getMessage());
    }
  }

  @Test
  void aDatabaseFromANewerParleyIsRefused() throws Exception {
    ClassroomStore.open(data).close();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("classroom.db"))) {
      c.createStatement().execute("PRAGMA user_version = 99");
    }
    var e = assertThrows(IllegalStateException.class, () -> ClassroomStore.open(data));
    assertTrue(e.getMessage().endsWith("has schema version 99, newer than this Parley knows ("
        + ClassroomDatabase.MIGRATIONS.size() + "): use a newer Parley"), e.getMessage());
  }

  @Test
  void scriptsSplitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (\n  x INTEGER\n);", "CREATE INDEX i ON a (x);"),
        ClassroomDatabase.statements("-- a comment\nCREATE TABLE a (\n  x INTEGER -- the x\n);\n\n"
            + "CREATE INDEX i ON a (x);\n"));
  }
}
