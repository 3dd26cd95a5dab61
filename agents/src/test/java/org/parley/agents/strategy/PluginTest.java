package org.parley.agents.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/** Builds the README's example plug-in (examples/plugin) into a jar and plays it. */
class PluginTest {

  private static final Path EXAMPLE = Path.of("../examples/plugin/src/main");

  static Path buildJar(Path dir, String serviceLine) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> sources;
    try (Stream<Path> files = Files.walk(EXAMPLE.resolve("java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path")));
    args.addAll(sources);
    assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "compiles");
    Path jar = dir.resolve("plugin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
      }
      out.putNextEntry(new JarEntry("META-INF/services/" + StrategyPlugin.class.getName()));
      OutputStream o = out;
      o.write(serviceLine.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    return jar;
  }

  @Test
  void aResearchersJarIsDiscoveredAndPlays(@TempDir Path dir) throws Exception {
    String service = Files.readString(EXAMPLE.resolve(
        "resources/META-INF/services/" + StrategyPlugin.class.getName()));
    Path jar = buildJar(dir, service);
    StrategyCatalog catalog = StrategyCatalog.withPlugins(List.of(jar));
    assertEquals(List.of("stubborn"), catalog.plugins().stream().map(StrategyPlugin::name).toList());
    catalog.check(new NegotiatorSpec("stubborn"));
    catalog.check(new NegotiatorSpec("{\"plugin\":\"stubborn\",\"patience\":0.5}"));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> catalog.check(new NegotiatorSpec("{\"plugin\":\"stubborn\",\"patience\":2}")));
    assertEquals("spec.patience: 2.0 is outside [0.0, 1.0]", range.getMessage());

    Scenario london = ScenarioCatalog.load("london-2025");
    ScenarioAnalysis analysis = new ScenarioAnalysis(london);
    Transcript t = new DirectRunner(analysis, catalog, InstantSource.fixed(Instant.EPOCH)).run(
        new SessionSpec("plugin", List.of(new Seat("us", new NegotiatorSpec("stubborn")),
            new Seat("china", new NegotiatorSpec("conceder"))), 1, london.deadline()));
    Offer first = (Offer) t.events().get(0).action();
    assertEquals(analysis.ranking("us").bidAt(analysis.ranking("us").size() - 1), first.bid(),
        "it opens with its best bid, as its code says");
    assertTrue(t.metrics().agreement());
  }

  @Test
  void brokenPluginsAreReportedNotIgnored(@TempDir Path dir) throws Exception {
    Path jar = buildJar(dir, "example.DoesNotExist\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StrategyCatalog.withPlugins(List.of(jar)));
    assertTrue(e.getMessage().startsWith("cannot load a strategy plug-in"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> StrategyCatalog.withPlugins(List.of(dir.resolve("missing.jar"))));
  }
}
