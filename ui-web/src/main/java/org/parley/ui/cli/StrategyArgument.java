package org.parley.ui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * A strategy as a user names it on the command line: a preset or plug-in name, a JSON spec, or a
 * {@code .json} file holding a JSON spec.
 */
final class StrategyArgument {

  private StrategyArgument() {
  }

  /** The spec; throws IllegalArgumentException naming a missing file or bad JSON. */
  static NegotiatorSpec read(String text) {
    String given = text.strip();
    if (given.startsWith("{") || !given.endsWith(".json")) {
      return TranscriptCodec.canonicalSpec(given);
    }
    Path file = Path.of(given);
    try {
      return TranscriptCodec.canonicalSpec(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such strategy file: " + file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
