package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.Transcript;

/**
 * The pages in headless Chromium (Debian's chromium and chromium-driver; ./run-tests installs
 * them). Slow-ish: a real browser against a real server and JADE platform. Screenshots of every
 * page go to target/screenshots.
 */
@Tag("browser")
class BrowserTest {

  @TempDir
  static Path data;
  static WebServer server;
  static WebDriver driver;
  static String base;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false);
    base = "http://127.0.0.1:" + server.port();
    driver = Chromium.start("--window-size=1500,1100");
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

  /** Waits, retrying when the page re-rendered an element between finding and reading it. */
  static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** Text of the first element matching {@code css}, read in one step (no stale references). */
  static String text(String css) {
    return String.valueOf(js("const e = document.querySelector(arguments[0]);"
        + "return e ? e.textContent : '';", css));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static void noPageError() {
    WebElement error = driver.findElement(By.id("error"));
    assertFalse(error.isDisplayed(), () -> "page error: " + error.getText());
  }

  @Test
  void aStudentPlaysConcederToAnAgreementAndGetsADebrief() throws Exception {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768)); // a laptop
    driver.get(base + "/play.html");
    waiting().until(d -> !d.findElements(By.cssSelector("#opponent option")).isEmpty());
    new Select(driver.findElement(By.id("scenario"))).selectByValue("london-2025");
    waiting().until(d -> !d.findElements(By.cssSelector("#side option[value=china]")).isEmpty());
    new Select(driver.findElement(By.id("side"))).selectByValue("china");
    new Select(driver.findElement(By.id("opponent"))).selectByValue("conceder");
    assertTrue(driver.findElement(By.id("difficulty")).getText().contains("easy"));
    WebElement rounds = driver.findElement(By.id("rounds"));
    rounds.clear();
    rounds.sendKeys("12");
    driver.findElement(By.id("start")).click();
    waiting().until(d -> d.findElement(By.id("meter-label")).getAttribute("data-utility") != null
        && d.findElement(By.id("offer")).isEnabled());
    noPageError();
    double best = Double.parseDouble(driver.findElement(By.id("meter-label"))
        .getAttribute("data-utility"));
    assertEquals(1.0, best, 1e-9, "the composer starts at China's best bid");
    assertTrue(text("#briefing").startsWith("Your briefingLondon, 9-10 June 2025. You lead "
        + "China's delegation"), text("#briefing"));
    driver.findElement(By.cssSelector("#briefing summary")).click(); // read, then folded
    // composing mid-page, the counter, the clocks, the offer's utility and the buttons are all
    // in view together (measured from the layout, not the pixels)
    js("document.querySelector('select[data-issue=visas]').scrollIntoView({block: 'center'})");
    for (String id : java.util.List.of("round", "clock", "meter-label", "offer", "accept",
        "walk")) {
      Object inView = js("const r = document.getElementById(arguments[0])"
          + ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"
          + " && r.height > 0;", id);
      assertEquals(Boolean.TRUE, inView, "#" + id + " out of view at 1366x768");
    }
    shot("play-composing-1366");
    // compose: change one issue and watch the utility update live
    Select chips = new Select(driver.findElement(By.cssSelector("select[data-issue=ai_chips]")));
    chips.selectByIndex(0);
    waiting().until(d -> Double.parseDouble(d.findElement(By.id("meter-label"))
        .getAttribute("data-utility")) < best);
    shot("play-composing");
    for (int round = 0; round < 20; round++) {
      if (!driver.findElements(By.cssSelector("body[data-debrief=ready]")).isEmpty()) {
        break;
      }
      waiting().until(d -> d.findElement(By.id("offer")).isEnabled()
          || !d.findElements(By.cssSelector("body[data-debrief=ready]")).isEmpty());
      if (!driver.findElements(By.cssSelector("body[data-debrief=ready]")).isEmpty()) {
        break;
      }
      int now = Integer.parseInt(text("#round"));
      String turn = text("#history tbody tr");
      if (now >= 6) {
        double offered = Double.parseDouble(text("#standing-utility"));
        driver.findElement(By.id("accept")).click();
        if (offered < 0.369) { // below China's reservation value: asked again first
          assertTrue(text("#accept").startsWith("Confirm: accept " + text("#standing-utility")
              + ", less than your reservation value 0.369"), text("#accept"));
          assertEquals("Your move", text("#state"), "nothing sent yet");
          driver.findElement(By.id("accept")).click();
        }
      } else {
        driver.findElement(By.id("offer")).click();
      }
      String before = turn;
      waiting().until(d -> !d.findElements(By.cssSelector("body[data-debrief=ready]")).isEmpty()
          || !text("#history tbody tr").equals(before));
    }
    waiting().until(d -> "ready".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-debrief")));
    noPageError();
    String result = driver.findElement(By.id("result")).getText();
    assertTrue(result.startsWith("Deal in round"), result);
    String facts = driver.findElement(By.id("facts")).getText();
    assertTrue(facts.contains("Nash point would give you"), facts);
    assertTrue(facts.contains("London as implemented gives you"), facts);
    assertTrue(facts.contains("Your moves"), facts);
    // the story, in words, from the transcript: the student never moved from one offer
    String transcript = driver.findElement(By.id("replay-link")).getAttribute("href");
    transcript = transcript.substring(transcript.indexOf("id=") + 3);
    var lessons = new ApiClient(server.port()).get("/api/transcripts/" + transcript + "/replay")
        .json().getAsJsonObject().getAsJsonObject("lessons");
    String story = text("#story");
    if (lessons.get("better").isJsonNull()) {
      assertTrue(story.startsWith("Your deal is on the Pareto frontier"), story);
    } else {
      var gain = java.util.regex.Pattern.compile("better off by at least (\\d\\.\\d{3})")
          .matcher(story);
      assertTrue(story.startsWith("Value was left on the table") && gain.find(), story);
      assertEquals(lessons.getAsJsonObject("better").get("gain").getAsDouble(),
          Double.parseDouble(gain.group(1)), 0.0011, story);
    }
    assertTrue(story.contains("History: \"London as implemented\""), story);
    assertTrue(java.util.regex.Pattern.compile("Concessions: you went from (\\d\\.\\d{3}) to \\1 "
        + "\\(0\\.000\\)").matcher(story).find() && story.contains("you let them move first"), story);
    assertEquals(8, driver.findElements(By.cssSelector("#wants tbody tr")).size());
    assertTrue(driver.findElement(By.id("wants")).getText().contains("United States wants"),
        "the opponent's interests are revealed after the game");
    assertFalse(driver.findElement(By.id("board")).getAttribute("data-agreement").isEmpty(),
        "the agreement is plotted");
    // the move classes in words where they appear, and each term a link into the glossary
    String legend = text("#moves-legend");
    // the student repeated one offer: every move after the first is silent
    assertTrue(legend.contains("silent: no real change for either side (you made "), legend);
    assertEquals("/glossary.html#nash-point", driver.findElement(By.cssSelector(
        "#facts a.term[href$='#nash-point']")).getAttribute("pathname")
        + driver.findElement(By.cssSelector("#facts a.term[href$='#nash-point']"))
            .getAttribute("hash"));
    shot("play-debrief");
    driver.get(base + "/glossary.html#reservation-value");
    assertTrue(text("#reservation-value + dd").startsWith("What you get if there is no deal"),
        text("#reservation-value + dd"));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1100));
  }

  @Test
  void walkingAwayShowsTheNoDealResult() throws Exception {
    driver.get(base + "/play.html");
    waiting().until(d -> !d.findElements(By.cssSelector("#opponent option")).isEmpty());
    new Select(driver.findElement(By.id("opponent"))).selectByValue("hardliner");
    driver.findElement(By.id("start")).click();
    waiting().until(d -> d.findElement(By.id("walk")).isDisplayed()
        && d.findElement(By.id("walk")).isEnabled());
    shot("play-opening");
    driver.findElement(By.id("walk")).click();
    assertTrue(driver.findElement(By.id("walk")).getText().startsWith("Confirm"));
    driver.findElement(By.id("walk")).click();
    waiting().until(d -> "ready".equals(d.findElement(By.tagName("body"))
        .getAttribute("data-debrief")));
    String result = driver.findElement(By.id("result")).getText();
    assertTrue(result.startsWith("No deal (") && result.contains(" walked away)"), result);
    assertTrue(result.contains("reservation value"), result);
  }

  @Test
  void aCorruptTranscriptUploadGetsAReadableError() throws Exception {
    Path bad = data.resolve("corrupt.json");
    Files.writeString(bad, "{\"format\": \"parley-transcript/1\", \"session\": 12");
    driver.get(base + "/");
    waiting().until(d -> !d.findElements(By.cssSelector("#transcripts tbody tr")).isEmpty());
    driver.findElement(By.id("upload")).sendKeys(bad.toAbsolutePath().toString());
    driver.findElement(By.id("upload-button")).click();
    WebElement error = waiting().until(d -> {
      WebElement e = d.findElement(By.id("upload-error"));
      return e.isDisplayed() ? e : null;
    });
    assertTrue(error.getText().startsWith("corrupt.json:"), error.getText());
    assertFalse(error.getText().contains("Exception"), error.getText());
    shot("index-upload-error");
    assertTrue(driver.getCurrentUrl().endsWith("/"), "stays on the page");
  }

  @Test
  void theLabStreamsABotSessionLiveAndLinksToItsReplay() throws Exception {
    driver.get(base + "/lab.html");
    waiting().until(d -> !d.findElements(By.cssSelector("#parties select")).isEmpty());
    new Select(driver.findElement(By.id("pace"))).selectByValue("100");
    WebElement rounds = driver.findElement(By.id("rounds"));
    rounds.clear();
    rounds.sendKeys("12"); // at 10 actions a second: live for a couple of seconds
    driver.findElement(By.id("start")).click();
    waiting().until(d -> {
      String k = d.findElement(By.id("board")).getAttribute("data-k");
      return k != null && Integer.parseInt(k) >= 4;
    });
    shot("lab-live");
    WebElement link = new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.findElements(By.id("replay-link")).isEmpty() ? null
            : d.findElement(By.id("replay-link")));
    noPageError();
    String href = link.getAttribute("href");
    String id = href.substring(href.indexOf("id=") + 3);
    Transcript t = TranscriptCodec.read(id, Files.readString(server.transcripts()
        .resolve(id + ".json")));
    assertEquals(String.valueOf(t.events().size()), driver.findElement(By.id("board"))
        .getAttribute("data-k"));
    List<WebElement> rows = driver.findElements(By.cssSelector("#offers tbody tr"));
    assertEquals(t.events().size(), rows.size());
    // its replay opens the agents' messages on a click: round 1's, as JADE carried them
    driver.get(href + "&round=1");
    waiting().until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
    assertFalse(driver.findElement(By.id("acl-messages-wrap")).isDisplayed(), "closed at first");
    driver.findElement(By.cssSelector("#acl summary")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("#acl-messages tbody tr")).isEmpty());
    String messages = text("#acl-messages tbody");
    assertTrue(messages.contains("CFP") && messages.contains("PROPOSE"), messages);
    js("document.getElementById('acl').scrollIntoView()");
    shot("replay-agent-messages");
  }
}
