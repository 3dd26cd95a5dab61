package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parley.agents.files.TranscriptFiles;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.Transcript;

/**
 * Transcripts stored as {@code DATA/transcripts/ID.json}. Ids are checked against a strict pattern
 * and resolved inside the folder, so no id reaches outside it. Writes are atomic (temp file and
 * rename). A file that does not parse is listed with its error instead of breaking the list. A
 * {@linkplain #readOnly read-only} store (a results folder's transcripts) never writes.
 */
final class TranscriptStore {

  /** Letters, digits, '.', '_' and '-', starting with a letter or digit; no "..". */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}(\\.[A-Za-z0-9_-]{1,40}){0,3}");

  /** A line of the list: enough to choose a transcript without loading it. */
  record Summary(String id, String scenario, String title, List<String> seats, String outcome,
      int actions, String error) {

    JsonObject json() {
      JsonObject o = new JsonObject();
      o.addProperty("id", id);
      o.addProperty("scenario", scenario);
      o.addProperty("title", title);
      JsonArray s = new JsonArray();
      seats.forEach(s::add);
      o.add("seats", s);
      o.addProperty("outcome", outcome);
      o.addProperty("actions", actions);
      o.addProperty("error", error);
      return o;
    }
  }

  private record Cached(FileTime modified, long size, Summary summary) {
  }

  private final Path dir;
  private final boolean readOnly;
  private final Map<String, Cached> summaries = new ConcurrentHashMap<>();

  TranscriptStore(Path dataDir) {
    this.dir = dataDir.resolve("transcripts").toAbsolutePath().normalize();
    this.readOnly = false;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    TranscriptFiles.removeLeftovers(dir); // a write cut short by a kill
  }

  private TranscriptStore(Path dir, boolean readOnly) {
    this.dir = dir.toAbsolutePath().normalize();
    this.readOnly = readOnly;
  }

  /** The transcripts in {@code dir} as they are: nothing is created, cleaned or written there. */
  static TranscriptStore readOnly(Path dir) {
    return new TranscriptStore(dir, true);
  }

  Path dir() {
    return dir;
  }

  boolean exists(String id) {
    return Files.isRegularFile(file(id));
  }

  /** The file of {@code id}; a bad id is a 400, never a path outside the folder. */
  Path file(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw ApiError.badRequest("bad transcript id '" + abbreviate(id)
          + "': use letters, digits, '-', '_' and single dots");
    }
    Path file = dir.resolve(id + ".json").normalize();
    if (!file.getParent().equals(dir)) {
      throw ApiError.badRequest("bad transcript id '" + abbreviate(id) + "'");
    }
    return file;
  }

  String text(String id) {
    try {
      return Files.readString(file(id), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw ApiError.notFound("no transcript '" + id + "'");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read transcript '" + id + "': " + e.getMessage(), e);
    }
  }

  /** The transcript; a stored file that does not parse is reported with its JSON path. */
  Transcript read(String id) {
    String text = text(id);
    try {
      return TranscriptCodec.read(id + ".json", text);
    } catch (FormatException | IllegalArgumentException e) {
      throw new ApiError(422, "stored transcript is unreadable: " + e.getMessage());
    }
  }

  void write(String id, Transcript transcript) {
    if (readOnly) {
      throw new IllegalStateException("the transcripts in " + dir + " are read-only; '" + id
          + "' was not written");
    }
    TranscriptFiles.write(file(id), transcript);
    summaries.remove(id);
  }

  /**
   * Keeps the FIPA-ACL messages of {@code id}'s session beside its transcript ({@code ID.acl}, JSON;
   * written before the transcript, so a stored transcript's messages are there). Messages are a
   * teaching aid: a failure to write them is logged, and the transcript is stored all the same.
   */
  void writeMessages(String id, org.parley.agents.jade.MessageLog log) {
    if (readOnly || log == null) {
      return;
    }
    com.google.gson.JsonArray list = new com.google.gson.JsonArray();
    for (var m : log.entries()) {
      com.google.gson.JsonObject o = new com.google.gson.JsonObject();
      o.addProperty("round", m.round());
      o.addProperty("performative", m.performative());
      o.addProperty("sender", m.sender());
      o.addProperty("receiver", m.receiver());
      o.addProperty("conversation", m.conversation());
      o.addProperty("ontology", m.ontology());
      o.addProperty("content", m.content());
      list.add(o);
    }
    com.google.gson.JsonObject doc = new com.google.gson.JsonObject();
    doc.add("messages", list);
    doc.addProperty("omitted", log.omitted());
    try {
      org.parley.agents.files.TranscriptFiles.writeText(messagesFile(id), doc.toString());
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(TranscriptStore.class.getName()).log(
          java.util.logging.Level.WARNING, "cannot keep the messages of " + id, e);
    }
  }

  /** The messages kept for {@code id}, as JSON text; 404 when none were recorded. */
  String messages(String id) {
    file(id); // the id's checks
    try {
      return Files.readString(messagesFile(id), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw ApiError.notFound("no agent messages were recorded for '" + id + "': only sessions "
          + "this room ran on JADE have them (not uploads, nor the direct runtime)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages of '" + id + "': "
          + e.getMessage(), e);
    }
  }

  private Path messagesFile(String id) {
    return dir.resolve(id + ".acl");
  }

  List<Summary> list() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    List<Summary> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      if (!ID.matcher(id).matches()) {
        continue;
      }
      summary(id, f).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Summary> summary(String id, Path f) {
    try {
      FileTime modified = Files.getLastModifiedTime(f);
      long size = Files.size(f);
      Cached c = summaries.get(id);
      if (c != null && c.modified().equals(modified) && c.size() == size) {
        return Optional.of(c.summary());
      }
      Summary s;
      try {
        Transcript t = TranscriptCodec.read(id + ".json", Files.readString(f, StandardCharsets.UTF_8));
        s = new Summary(id, t.scenario().id(), t.scenario().title(),
            t.seats().stream().map(seat -> seat.party() + ": " + seat.negotiator().text()).toList(),
            describe(t.outcome()), t.events().size(), null);
      } catch (FormatException | IllegalArgumentException e) {
        s = new Summary(id, null, null, List.of(), null, 0, e.getMessage());
      }
      summaries.put(id, new Cached(modified, size, s));
      return Optional.of(s);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(new Summary(id, null, null, List.of(), null, 0,
          "cannot read: " + e.getMessage()));
    }
  }

  static String describe(SessionOutcome outcome) {
    if (outcome instanceof SessionOutcome.Agreement a) {
      return "agreement in round " + (a.round() + 1);
    }
    SessionOutcome.NoAgreement n = (SessionOutcome.NoAgreement) outcome;
    return "no deal: " + words(n.reason()) + (n.party() == null ? "" : " (" + n.party() + ")")
        + " in round " + (n.round() + 1);
  }

  /** How a game ended, in the words people use. */
  static String words(SessionOutcome.Reason reason) {
    return switch (reason) {
      case DEADLINE -> "ran out of rounds";
      case WALKED_AWAY -> "walked away";
      case VIOLATION -> "broke a rule";
      case TIMEOUT -> "ran out of time";
      case AGENT_ERROR -> "a bot failed";
      case CANCELLED -> "ended early";
    };
  }

  static String abbreviate(String s) {
    return abbreviate(s, 60);
  }

  /** At most {@code max} characters of {@code s}, control characters shown as '?'. */
  static String abbreviate(String s, int max) {
    if (s == null) {
      return "";
    }
    String clean = s.replaceAll("[\\p{Cntrl}]", "?");
    return clean.length() > max ? clean.substring(0, max) + "…" : clean;
  }
}

