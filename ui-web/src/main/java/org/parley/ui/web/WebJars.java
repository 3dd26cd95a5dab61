package org.parley.ui.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The browser libraries the pages use, served from their WebJars at paths without a version
 * ({@code /lib/chart.umd.js}), so a library's version is named in one place: the parent POM.
 */
final class WebJars {

  private WebJars() {
  }

  /** Chart.js's UMD build as a classpath resource, found through the WebJar's own version. */
  static String chartJs() {
    String pom = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    try (InputStream in = WebJars.class.getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException("the Chart.js WebJar is not on the classpath (" + pom
            + ")");
      }
      Properties p = new Properties();
      p.load(in);
      return "/META-INF/resources/webjars/chart.js/" + p.getProperty("version")
          + "/dist/chart.umd.js";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
