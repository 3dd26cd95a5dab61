package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.agents.strategy.StrategyCatalog;

/**
 * A class in headless Chromium: the instructor makes it on the classes page; two students join
 * (each with their own cookies, as on their own laptops), play, refresh, and cannot open each
 * other's game; the server stops mid-class and starts again, and the game goes on; the board
 * shows every result. Screenshots at 1366×768 and 1920×1080 go to target/screenshots.
 */
@Tag("browser")
class ClassroomBrowserTest {

  @TempDir
  static Path data;
  static WebServer server;
  static WebDriver driver;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, true);
    driver = Chromium.start("--window-size=1366,768");
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String text(String css) {
    return String.valueOf(js("const e = document.querySelector(arguments[0]);"
        + "return e ? e.textContent : '';", css));
  }

  private static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Becomes someone else: their cookies only (a browser of their own). */
  private static void become(Set<Cookie> cookies) {
    driver.get(base() + "/css/parley.css");
    driver.manage().deleteAllCookies();
    cookies.forEach(c -> driver.manage().addCookie(c));
  }

  private static Set<Cookie> joinAs(String code, String name) {
    Set<Cookie> cookies = join(code, name);
    waiting().until(d -> d.getCurrentUrl().contains("/play.html?game="));
    waitForTurn();
    return cookies;
  }

  /** A new student's browser joins the class; returns its cookies. */
  private static Set<Cookie> join(String code, String name) {
    become(Set.of());
    driver.get(base() + "/");
    waiting().until(d -> d.getCurrentUrl().endsWith("/join.html"));
    driver.findElement(By.id("code")).sendKeys(code);
    driver.findElement(By.id("name")).sendKeys(name);
    driver.findElement(By.id("go")).click();
    waiting().until(d -> !d.getCurrentUrl().endsWith("/join.html"));
    return driver.manage().getCookies();
  }

  private static void waitForTurn() {
    waiting().until(d -> text("#state").equals("Your move") || text("#state").equals("Game over"));
  }

  @Test
  void aClassFromJoiningToTheBoardThroughARestart() throws Exception {
    driver.get(base() + server.instructorPath().orElseThrow());
    waiting().until(d -> d.getCurrentUrl().endsWith("/instructor.html"));
    waiting().until(d -> !new Select(d.findElement(By.id("side"))).getOptions().isEmpty());
    new Select(driver.findElement(By.id("side"))).selectByValue("alternating");
    WebDriverWait wait = waiting();
    driver.findElement(By.id("rounds")).clear();
    driver.findElement(By.id("rounds")).sendKeys("6");
    driver.findElement(By.cssSelector("#create button[type=submit]")).click();
    wait.until(d -> !text("#code").isEmpty());
    String code = text("#code");
    Set<Cookie> instructor = driver.manage().getCookies();
    shot("class-instructor-new-1366");

    Set<Cookie> ada = joinAs(code, "Ada");
    String adaGame = driver.getCurrentUrl();
    driver.findElement(By.id("offer")).click();
    // Ada (the US) opened; her offer and the bot's answer are on the table
    waiting().until(d -> d.findElements(By.cssSelector("#history tbody tr")).size() == 2);
    waitForTurn();
    int before = driver.findElements(By.cssSelector("#history tbody tr")).size();
    driver.navigate().refresh(); // a refresh (or a closed lid) comes back to the same game
    waitForTurn();
    assertEquals(adaGame, driver.getCurrentUrl());
    assertEquals(before, driver.findElements(By.cssSelector("#history tbody tr")).size());
    shot("class-student-game-1366");

    // a second class where classmates play each other: Bo waits for a partner, Cy makes the pair
    become(instructor);
    driver.get(base() + "/instructor.html");
    waiting().until(d -> !new Select(d.findElement(By.id("opponent"))).getOptions().isEmpty());
    new Select(driver.findElement(By.id("opponent"))).selectByValue("classmates");
    driver.findElement(By.id("rounds")).clear();
    driver.findElement(By.id("rounds")).sendKeys("6");
    driver.findElement(By.cssSelector("#create button[type=submit]")).click();
    waiting().until(d -> !text("#code").isEmpty() && !text("#code").equals(code));
    String pairs = text("#code");
    Set<Cookie> bo = join(pairs, "Bo");
    waiting().until(d -> d.getCurrentUrl().endsWith("/class.html")
        && text("#who").contains("Waiting for a classmate"));
    Set<Cookie> cy = join(pairs, "Cy");
    waiting().until(d -> d.getCurrentUrl().contains("/play.html?game="));
    String cyGame = driver.getCurrentUrl();
    become(bo);
    driver.get(base() + "/class.html"); // Bo's page finds the new game
    waiting().until(d -> d.getCurrentUrl().contains("/play.html?game="));
    waitForTurn();
    driver.findElement(By.id("offer")).click(); // Bo opens; Cy answers in her own browser
    become(cy);
    driver.get(cyGame);
    waitForTurn();
    assertEquals("a classmate", text("#title").replaceAll(".*\\(", "").replace(")", ""));
    driver.findElement(By.id("accept")).click();
    if (text("#accept").startsWith("Confirm")) {
      driver.findElement(By.id("accept")).click();
    }
    waiting().until(d -> "ready".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-debrief")));
    assertTrue(text("#result").startsWith("Deal in round 1"), text("#result"));

    driver.get(adaGame); // another student's game: refused
    waiting().until(d -> d.findElement(By.id("error")).isDisplayed());
    assertTrue(text("#error").contains("a student reaches only their own games"), text("#error"));

    // the server stops mid-class and starts again on the same data
    server.close();
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, true);
    assertEquals(1, server.restored(), "Ada's game; the classmates' is over");
    become(ada);
    driver.get(adaGame.replaceFirst(":\\d+/", ":" + server.port() + "/"));
    waitForTurn();
    assertEquals(before, driver.findElements(By.cssSelector("#history tbody tr")).size(),
        "the game is where it was");
    driver.findElement(By.id("walk")).click();
    driver.findElement(By.id("walk")).click(); // confirm
    waiting().until(d -> "ready".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-debrief")));
    shot("class-student-debrief-1366");

    become(instructor);
    driver.get(base() + "/instructor.html");
    // the newest class opens first: the classmates' deal, one row each
    waiting().until(d -> d.findElements(By.cssSelector("#board tbody tr")).size() == 2
        && text("#board tbody").contains("agreement in round 1"));
    shot("class-instructor-pairs-1366");
    driver.findElements(By.cssSelector("#classes tbody tr")).get(1).click();
    waiting().until(d -> d.findElements(By.cssSelector("#board tbody tr")).size() == 1
        && text("#board tbody").contains("walked away"));
    shot("class-instructor-board-1366");
    driver.manage().window().setSize(new Dimension(1920, 1080));
    shot("class-instructor-board-1920");
    driver.manage().window().setSize(new Dimension(1366, 768));
  }
}
