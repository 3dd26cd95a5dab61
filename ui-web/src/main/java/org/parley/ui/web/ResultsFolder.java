package org.parley.ui.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.parley.agents.tournament.Leaderboard;
import org.parley.agents.tournament.Tournament;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.ResultsCodec;
import org.parley.engine.tournament.ResultRow;
import org.parley.engine.tournament.SweepRow;

/**
 * A tournament's or a sweep's output folder, opened read-only for the results page. Everything
 * the page shows is read once, here, when the server starts: the rows ({@code results.jsonl}, a
 * sweep's with each session's candidate) and their {@link Leaderboard}, and a sweep's ranking
 * ({@code sweep.csv}, as {@code SweepRanking} wrote it). Nothing is ever written into the folder;
 * its transcripts are read from {@code transcripts/} on demand.
 */
public final class ResultsFolder {

  /** What wrote the folder, told by its files. */
  enum Kind { TOURNAMENT, SWEEP }

  static final String SWEEP = "sweep.csv";

  private final Path dir;
  private final Kind kind;
  /** Each session's rows, in the file's order, sessions in file order. */
  private final Map<String, List<ResultRow>> sessions;
  /** Sweep: each session's candidate; empty for a tournament. */
  private final Map<String, String> candidates;
  private final Leaderboard leaderboard;
  /** Sweep: the cells of {@code sweep.csv}, its header first. */
  private final List<List<String>> ranking;
  /** Sessions with a transcript in {@code transcripts/}. */
  private final Set<String> transcripts;

  private ResultsFolder(Path dir, Kind kind, Map<String, List<ResultRow>> sessions,
      Map<String, String> candidates, List<List<String>> ranking, Set<String> transcripts) {
    this.dir = dir;
    this.kind = kind;
    this.sessions = sessions;
    this.candidates = candidates;
    this.leaderboard = Leaderboard.of(rows(sessions));
    this.ranking = ranking;
    this.transcripts = transcripts;
  }

  /**
   * Reads the folder; a folder that is missing, holds no {@code results.jsonl}, or whose files do
   * not read is an error naming the file and the problem. With {@code sweep.csv} it is a sweep's.
   */
  public static ResultsFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--results " + dir + ": "
          + (Files.exists(dir) ? "is a file, not a folder" : "no such folder"));
    }
    Path results = dir.resolve(Tournament.RESULTS);
    Path sweep = dir.resolve(SWEEP);
    Set<String> transcripts = transcriptIds(dir.resolve("transcripts"));
    if (Files.isRegularFile(sweep)) {
      if (!Files.isRegularFile(results)) {
        throw new IllegalArgumentException("--results " + dir + ": a sweep folder without "
            + Tournament.RESULTS + " (an older Parley wrote sessions.csv instead); run the sweep "
            + "again to browse its sessions");
      }
      Map<String, String> candidates = new HashMap<>();
      return new ResultsFolder(dir, Kind.SWEEP, readRows(results, candidates), candidates,
          readRanking(sweep), transcripts);
    }
    if (Files.isRegularFile(results)) {
      return new ResultsFolder(dir, Kind.TOURNAMENT, readRows(results, null), Map.of(),
          List.of(), transcripts);
    }
    throw new IllegalArgumentException("--results " + dir + ": not a results folder: it holds "
        + "no " + Tournament.RESULTS + " ('parley tournament --out' or 'parley sweep --out')");
  }

  /**
   * Each session's rows; a sweep's rows ({@code candidates} not null) also put each session's
   * candidate there, the same on every row of the session.
   */
  private static Map<String, List<ResultRow>> readRows(Path file,
      Map<String, String> candidates) {
    Map<String, List<ResultRow>> sessions = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String source = file + ":" + n;
        ResultRow row;
        if (candidates == null) {
          row = ResultsCodec.read(source, line);
        } else {
          SweepRow r = ResultsCodec.readSweep(source, line);
          row = r.row();
          String first = candidates.putIfAbsent(row.session(), r.candidate());
          if (first != null && !first.equals(r.candidate())) {
            throw new FormatException(source, "$.candidate", "'" + r.candidate() + "', but "
                + "session '" + row.session() + "' is candidate '" + first + "' on its first row");
          }
        }
        sessions.computeIfAbsent(row.session(), k -> new ArrayList<>()).add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (sessions.isEmpty()) {
      throw new FormatException(file.toString(), "$", "has no results rows (did the run finish "
          + "a session?)");
    }
    return sessions;
  }

  private static List<List<String>> readRanking(Path file) {
    List<List<String>> cells = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
        cells.add(r.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException | IllegalStateException e) { // commons-csv's parse errors
      throw new FormatException(file.toString(), "$", "is not CSV: " + e.getMessage());
    }
    if (cells.isEmpty() || cells.get(0).size() < 2 || !cells.get(0).get(0).equals("rank")
        || !cells.get(0).get(1).equals("candidate")) {
      throw new FormatException(file.toString(), "line 1", "is not a sweep ranking: its header "
          + "must start with rank,candidate");
    }
    for (int i = 1; i < cells.size(); i++) {
      if (cells.get(i).size() != cells.get(0).size()) {
        throw new FormatException(file.toString(), "line " + (i + 1), "has "
            + cells.get(i).size() + " cells; the header has " + cells.get(0).size());
      }
    }
    return cells;
  }

  /** The ids of the transcripts present; none without a {@code transcripts/} folder. */
  private static Set<String> transcriptIds(Path folder) {
    Set<String> ids = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        String id = name.substring(0, name.length() - ".json".length());
        if (TranscriptStore.ID.matcher(id).matches()) {
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    return ids;
  }

  private static List<ResultRow> rows(Map<String, List<ResultRow>> sessions) {
    List<ResultRow> rows = new ArrayList<>();
    sessions.values().forEach(rows::addAll);
    return rows;
  }

  Path dir() {
    return dir;
  }

  Kind kind() {
    return kind;
  }

  /** The leaderboard of every row: a sweep's opponents are strategies in it too. */
  Leaderboard leaderboard() {
    return leaderboard;
  }

  /** A sweep session's candidate; empty in a tournament. */
  Optional<String> candidate(String session) {
    return Optional.ofNullable(candidates.get(session));
  }

  Map<String, List<ResultRow>> sessions() {
    return sessions;
  }

  List<List<String>> ranking() {
    return ranking;
  }

  boolean hasTranscript(String session) {
    return transcripts.contains(session);
  }

  /** The folder's transcripts, read-only. */
  TranscriptStore transcripts() {
    return TranscriptStore.readOnly(dir.resolve("transcripts"));
  }
}
