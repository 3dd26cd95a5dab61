package org.parley.agents.tournament;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.io.FormatException;
import org.parley.engine.tournament.PlannedSession;

/**
 * A tournament's output folder: {@code results.jsonl} and {@code results.csv} (the same rows, one
 * per party per session, a session's rows appended whole and flushed as it finishes) and
 * {@code transcripts/ID.json}. After a kill, at most the last session's rows are cut short;
 * {@link #recover} drops them so that the session runs again.
 */
final class ResultsFiles implements AutoCloseable {

  static final String RESULTS = "results.jsonl";
  static final String CSV = "results.csv";

  private final Path out;
  private final BufferedWriter jsonl;
  private final BufferedWriter csv;
  /** Rows not yet written, guarded by {@code pending}; {@code writing}: a thread is writing. */
  private final Object pending = new Object();
  private final StringBuilder pendingJsonl = new StringBuilder();
  private final StringBuilder pendingCsv = new StringBuilder();
  private boolean writing;

  ResultsFiles(Path out) {
    this.out = out;
    try {
      boolean newCsv = !Files.exists(out.resolve(CSV));
      this.jsonl = Files.newBufferedWriter(out.resolve(RESULTS), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      this.csv = Files.newBufferedWriter(out.resolve(CSV), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      if (newCsv) {
        csv.write(ResultsCsv.header());
        csv.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the results in " + out + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Reads back the finished sessions' rows and rewrites both files from them. A session is
   * finished when it has a row for each of its parties ({@code partiesOf}: how many a planned
   * session has; null for a session not in the plan, kept as it is). A kill during a write can
   * cut the file's last line short and leave its session without all its rows: both are dropped
   * from the end, so that session runs again. Any other line that does not read, or a session
   * short of rows before the end, is an error naming the file and line, never a silent re-run.
   */
  static List<ResultRow> recover(Path out, Function<String, Integer> partiesOf)
      throws IOException {
    Path file = out.resolve(RESULTS);
    Map<String, List<ResultRow>> sessions = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>(); // where each session starts, for errors
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      boolean cutShort = i == lines.length - 1; // the file does not end with this line's end
      ResultRow row;
      try {
        row = ResultsCodec.read(file + ":" + (i + 1), line);
      } catch (FormatException e) {
        if (cutShort) {
          continue;
        }
        throw new FormatException(file.toString(), "line " + (i + 1), "is not a results row ("
            + e.getMessage() + "); repair or delete the line, then --resume again");
      }
      lineOf.putIfAbsent(row.session(), i + 1);
      List<ResultRow> rows = sessions.computeIfAbsent(row.session(), k -> new ArrayList<>());
      if (rows.stream().noneMatch(r -> r.party().equals(row.party()))) {
        rows.add(row);
      }
    }
    List<String> ids = new ArrayList<>(sessions.keySet());
    for (int i = 0; i < ids.size(); i++) {
      Integer parties = partiesOf.apply(ids.get(i));
      if (parties != null && sessions.get(ids.get(i)).size() < parties) {
        if (i < ids.size() - 1) {
          throw new FormatException(file.toString(), "line " + lineOf.get(ids.get(i)),
              "session '" + ids.get(i) + "' has " + sessions.get(ids.get(i)).size() + " of its "
              + parties + " rows; repair or delete its lines, then --resume again");
        }
        sessions.remove(ids.get(i)); // the last session, cut short by a kill: it runs again
      }
    }
    List<ResultRow> rows = new ArrayList<>();
    sessions.values().forEach(rows::addAll);
    StringBuilder jsonl = new StringBuilder();
    StringBuilder csv = new StringBuilder(ResultsCsv.header());
    for (ResultRow r : rows) {
      jsonl.append(ResultsCodec.line(r)).append('\n');
      csv.append(ResultsCsv.line(r));
    }
    TranscriptFiles.writeText(out.resolve(RESULTS), jsonl.toString());
    TranscriptFiles.writeText(out.resolve(CSV), csv.toString());
    return rows;
  }

  /** Writes a session's transcript file, when its result carries one. */
  void transcript(PlannedSession s, SessionResult r) {
    if (r.transcript() != null) {
      TranscriptFiles.writeText(out.resolve("transcripts").resolve(s.id() + ".json"),
          r.transcript());
    }
  }

  /**
   * Appends a session's rows, one per party, in one write; the transcript is on disk before the
   * rows that say the session is done. One
   * thread at a time writes to disk. A thread that finds a write under way leaves its rows
   * pending and returns at once: a session thread never waits on the disk for another's rows.
   * The writing thread goes on until nothing is pending, so once every {@code rows} call has
   * returned, every row is on disk.
   */
  void rows(List<ResultRow> session) {
    StringBuilder line = new StringBuilder(); // formatted outside the lock: threads wait less
    StringBuilder csvLine = new StringBuilder();
    for (ResultRow row : session) {
      line.append(ResultsCodec.line(row)).append('\n');
      csvLine.append(ResultsCsv.line(row));
    }
    synchronized (pending) {
      pendingJsonl.append(line);
      pendingCsv.append(csvLine);
      if (writing) {
        return;
      }
      writing = true;
    }
    boolean done = false;
    try {
      while (!done) {
        String lines;
        String csvLines;
        synchronized (pending) {
          lines = pendingJsonl.toString();
          csvLines = pendingCsv.toString();
          pendingJsonl.setLength(0);
          pendingCsv.setLength(0);
        }
        jsonl.write(lines); // whole lines, then flushed: a kill leaves at most a cut last line
        jsonl.flush();
        csv.write(csvLines);
        csv.flush();
        synchronized (pending) {
          done = pendingJsonl.length() == 0;
          writing = !done;
        }
      }
    } catch (IOException e) {
      synchronized (pending) {
        writing = false;
      }
      throw new UncheckedIOException("cannot append to " + out.resolve(RESULTS) + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      jsonl.close();
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the results: " + e.getMessage(), e);
    }
  }
}
