package org.parley.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.engine.io.ScenarioCodec;
import org.parley.engine.scenario.Scenario;

/**
 * The bundled scenarios (listed in {@code index.txt} beside the files) and the one way to turn what
 * a user typed into a scenario: a bundled id, or a path to a scenario file.
 */
public final class ScenarioCatalog {

  /** The scenario a command or page uses when none is named: the US–China talks of June 2025. */
  public static final String DEFAULT_ID = "london-2025";

  private static final String BASE = "/org/parley/scenarios/";

  private ScenarioCatalog() {
  }

  /** Ids of the bundled scenarios, in catalog order. */
  public static List<String> ids() {
    return resource("index.txt").lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** A bundled scenario by id. */
  public static Scenario load(String id) {
    if (!ids().contains(id)) {
      throw new UnknownScenarioException("no bundled scenario '" + id + "'"
          + Closest.hint(id, ids()) + "; bundled scenarios are " + ids()
          + " (or give the path of a scenario file)");
    }
    return ScenarioCodec.read(id + ".json", resource(id + ".json"));
  }

  /** The raw JSON of a bundled scenario, as shipped. */
  public static String source(String id) {
    load(id);
    return resource(id + ".json");
  }

  /**
   * A bundled id, or else a scenario file. Errors name the file and the JSON path
   * ({@link org.parley.engine.io.FormatException}).
   */
  public static Scenario resolve(String idOrPath) {
    if (ids().contains(idOrPath)) {
      return load(idOrPath);
    }
    Path path = Path.of(idOrPath);
    if (Files.isRegularFile(path)) {
      return readFile(path);
    }
    throw new UnknownScenarioException("'" + idOrPath + "' is neither a bundled scenario"
        + Closest.hint(idOrPath, ids()) + " " + ids() + " nor a scenario file");
  }

  public static Scenario readFile(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return ScenarioCodec.read(path.toString(), text);
  }

  private static String resource(String name) {
    try (InputStream in = ScenarioCatalog.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + BASE + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A scenario name that matches nothing. */
  public static final class UnknownScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnknownScenarioException(String message) {
      super(message);
    }
  }
}
