package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.agents.strategy.StrategyCatalog;

/**
 * The results page in headless Chromium on a laptop screen: a heatmap cell opens its sessions and
 * a session opens its replay, read from the results folder. Screenshots at 1366×768 and
 * 1920×1080 go to target/screenshots.
 */
@Tag("browser")
class ResultsBrowserTest {

  @TempDir
  static Path temp;
  static Path folder;
  static Map<String, String> before;
  static WebServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() {
    folder = SmallTournament.run(temp.resolve("out"));
    before = SmallTournament.snapshot(folder);
    server = WebServer.start("127.0.0.1", 0, temp.resolve("data"), new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false, Optional.of(ResultsFolder.open(folder)));
    driver = Chromium.start("--window-size=1366,768");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    assertEquals(before, SmallTournament.snapshot(folder));
  }

  static void shot(String name) throws Exception {
    Files.createDirectories(BrowserTest.SHOTS);
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), BrowserTest.SHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  static void ready() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !String.valueOf(
        ((JavascriptExecutor) d).executeScript("return document.body.dataset.ready || ''"))
        .isEmpty() || d.findElement(By.id("error")).isDisplayed());
    WebElement error = driver.findElement(By.id("error"));
    assertFalse(error.isDisplayed(), () -> "page error: " + error.getText());
  }

  @Test
  void aHeatmapCellOpensItsSessionsAndASessionItsReplay() throws Exception {
    String base = "http://127.0.0.1:" + server.port();
    driver.get(base + "/results.html");
    ready();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElements(
        By.cssSelector("header.top a[href='/results.html']")).isEmpty());
    assertTrue(driver.findElement(By.id("failures")).getText().contains("halfway gives up"));
    shot("results-1366x768");
    WebElement cell = driver.findElement(By.cssSelector(
        "#by-opponent td[data-strategy='boulware'][data-group='conceder'] a"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", cell);
    cell.click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(d -> d.findElements(By.cssSelector("#sessions[open] a.replay-link")).size() == 4);
    shot("results-sessions-1366x768");
    WebElement replay = driver.findElement(By.cssSelector("#sessions a.replay-link"));
    String session = replay.findElement(By.xpath("ancestor::tr/td[1]")).getText();
    replay.click();
    wait.until(d -> d.getCurrentUrl().contains("/replay.html?results="));
    ready();
    assertTrue(driver.getTitle().contains(session), driver.getTitle());
    assertTrue(driver.findElement(By.id("subtitle")).getText().contains("boulware"));
    driver.manage().window().setSize(new Dimension(1920, 1080));
    driver.get(base + "/results.html");
    ready();
    shot("results-1920x1080");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, document.body.scrollHeight)");
    shot("results-end-1920x1080");
  }
}
