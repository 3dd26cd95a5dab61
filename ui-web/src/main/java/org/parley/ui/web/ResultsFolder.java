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

/**
 * A tournament's or a sweep's output folder, opened read-only for the results page. Everything
 * the page shows is read once, here, when the server starts: a tournament's rows
 * ({@code results.jsonl}) and their {@link Leaderboard}, or a sweep's ranking ({@code sweep.csv},
 * as {@code SweepRanking} wrote it). Nothing is ever written into the folder; its transcripts are
 * read from {@code transcripts/} on demand.
 */
public final class ResultsFolder {

  /** What wrote the folder, told by its files. */
  enum Kind { TOURNAMENT, SWEEP }

  static final String SWEEP = "sweep.csv";

  private final Path dir;
  private final Kind kind;
  /** Tournament: each session's rows, in party order, sessions in file order. */
  private final Map<String, List<ResultRow>> sessions;
  private final Leaderboard leaderboard;
  /** Sweep: the cells of {@code sweep.csv}, its header first. */
  private final List<List<String>> ranking;
  /** Sessions with a transcript in {@code transcripts/}. */
  private final Set<String> transcripts;

  private ResultsFolder(Path dir, Kind kind, Map<String, List<ResultRow>> sessions,
      List<List<String>> ranking, Set<String> transcripts) {
    this.dir = dir;
    this.kind = kind;
    this.sessions = sessions;
    this.leaderboard = kind == Kind.TOURNAMENT ? Leaderboard.of(rows(sessions)) : null;
    this.ranking = ranking;
    this.transcripts = transcripts;
  }

  /**
   * Reads the folder; a folder that is missing, holds neither {@code results.jsonl} nor
   * {@code sweep.csv}, or whose files do not read is an error naming the file and the problem.
   */
  public static ResultsFolder open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--results " + dir + ": "
          + (Files.exists(dir) ? "is a file, not a folder" : "no such folder"));
    }
    Path results = dir.resolve(Tournament.RESULTS);
    Path sweep = dir.resolve(SWEEP);
    if (Files.isRegularFile(results)) {
      return new ResultsFolder(dir, Kind.TOURNAMENT, readRows(results), List.of(),
          transcriptIds(dir.resolve("transcripts")));
    }
    if (Files.isRegularFile(sweep)) {
      return new ResultsFolder(dir, Kind.SWEEP, Map.of(), readRanking(sweep), Set.of());
    }
    throw new IllegalArgumentException("--results " + dir + ": not a results folder: it holds "
        + "neither " + Tournament.RESULTS + " ('parley tournament --out') nor " + SWEEP
        + " ('parley sweep --out')");
  }

  private static Map<String, List<ResultRow>> readRows(Path file) {
    Map<String, List<ResultRow>> sessions = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank()) {
          ResultRow row = ResultsCodec.read(file + ":" + n, line);
          sessions.computeIfAbsent(row.session(), k -> new ArrayList<>()).add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (sessions.isEmpty()) {
      throw new FormatException(file.toString(), "$", "has no results rows (did the tournament "
          + "finish a session?)");
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

  /** A tournament's leaderboard; empty for a sweep. */
  Optional<Leaderboard> leaderboard() {
    return Optional.ofNullable(leaderboard);
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
