package org.parley.ui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parley.engine.io.GeniusImport;

/** The GENIUS and GeniusWeb imports' input files as named texts; a missing file is one line. */
final class GeniusSources {

  private GeniusSources() {
  }

  /** The file as a source named by its file name (errors then name the file, not the path). */
  static GeniusImport.Source read(Path p) {
    try {
      return new GeniusImport.Source(p.getFileName().toString(),
          Files.readString(p, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new Parley.UserError("no such file: " + p);
    } catch (IOException e) {
      throw new Parley.UserError("cannot read " + p + ": " + e.getMessage());
    }
  }
}
