package org.parley.ui.web;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium for the browser tests: Debian's chromium and chromium-driver. */
final class Chromium {

  /** Held here so that the level sticks: Selenium warns it has no CDP bindings for Chromium. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  private Chromium() {
  }

  /** A new headless browser; {@code extra} adds switches (a window size, host rules). */
  static WebDriver start(String... extra) {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-dev-shm-usage");
    options.addArguments(extra);
    return new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(),
        options);
  }
}
