package org.parley.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Strategies run in JADE agents, the direct runner and behind a student's opponent alike. */
class ArchitectureTest {

  @Test
  void strategyCodeNeverImportsJade() throws IOException {
    Path strategies = Path.of("src/main/java/org/parley/agents/strategy");
    assertTrue(Files.isDirectory(strategies));
    List<String> offenders;
    try (Stream<Path> files = Files.walk(strategies)) {
      offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readAllLines(p).stream().anyMatch(l -> l.startsWith("import jade."));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Path::toString).toList();
    }
    assertEquals(List.of(), offenders);
  }
}
