package org.parley.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: a document that must not change by accident, kept under the calling module's
 * {@code src/test/resources/golden/}. When a change is on purpose, regenerate with
 * {@code ./run-tests -Dparley.golden.update=true} and review the diff.
 */
public final class Golden {

  private Golden() {
  }

  public static void assertMatches(String name, String actual) {
    Path file = Path.of("src/test/resources/golden", name);
    try {
      if (Boolean.getBoolean("parley.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "golden file " + file + " differs; see Golden's Javadoc if the change is on purpose");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file + ": " + e, e);
    }
  }
}
