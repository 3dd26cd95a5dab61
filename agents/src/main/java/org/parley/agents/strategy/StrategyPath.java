package org.parley.agents.strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** Finds the {@link StrategyPlugin}s (ServiceLoader) in the jars and class folders of a path. */
final class StrategyPath {

  private StrategyPath() {
  }

  /** The plug-ins in {@code strategyPath}: each entry a jar, a folder of classes, or of jars. */
  static List<StrategyPlugin> load(List<Path> strategyPath) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : strategyPath) {
      if (!Files.exists(entry)) {
        throw new IllegalArgumentException("strategy path entry " + entry + " does not exist");
      }
      try {
        if (Files.isDirectory(entry)) {
          try (Stream<Path> jars = Files.list(entry)) {
            for (Path jar : jars.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
              urls.add(jar.toUri().toURL());
            }
          }
        }
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("bad strategy path entry " + entry, e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + entry + ": " + e.getMessage(), e);
      }
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        StrategyCatalog.class.getClassLoader());
    List<StrategyPlugin> found = new ArrayList<>();
    try {
      ServiceLoader.load(StrategyPlugin.class, loader).forEach(found::add);
    } catch (java.util.ServiceConfigurationError e) {
      throw new IllegalArgumentException("cannot load a strategy plug-in: " + e.getMessage(), e);
    }
    return found;
  }
}
