package org.parley.agents.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.Transcript;

/** Reading and writing transcript (and other result) files; writes are atomic (temp file, then rename). */
public final class TranscriptFiles {

  private TranscriptFiles() {
  }

  public static Transcript read(Path file) {
    try {
      return TranscriptCodec.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static void write(Path file, Transcript transcript) {
    writeText(file, TranscriptCodec.write(transcript));
  }

  /** Writes {@code text} to {@code file} atomically: a temp file beside it, then a rename. */
  public static void writeText(Path file, String text) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the temp files a killed write left in {@code dir} ({@link #writeText} names them
   * {@code .NAME…tmp}); returns how many.
   */
  public static int removeLeftovers(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int removed = 0;
    try (var files = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path f : files) {
        Files.deleteIfExists(f);
        removed++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + dir + ": " + e.getMessage(), e);
    }
    return removed;
  }
}
