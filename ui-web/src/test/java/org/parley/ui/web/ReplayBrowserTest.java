package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.protocol.Offer;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;

/**
 * The replay page in headless Chromium: stepping by action and by round with the address in step,
 * presenter mode on a 1920x1080 projector, two negotiations side by side, three parties' axes,
 * hiding a side's utilities, the PNG export, and taking a replay over at round k.
 */
@Tag("browser")
class ReplayBrowserTest {

  static final String DEMO = "demo-london-boulware-vs-conceder";
  static final String OTHER = "demo-london-hardheaded-vs-tit-for-tat";
  static final String TRILATERAL = "demo-trilateral-linear";

  @TempDir
  static Path data;
  static WebServer server;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    server = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(),
        WebServer.Limits.DEFAULT, false);
    base = "http://127.0.0.1:" + server.port();
    driver = Chromium.start("--window-size=1500,1100");
    Files.createDirectories(BrowserTest.SHOTS);
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

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static void open(String query, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.get(base + "/replay.html?" + query);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
    WebElement error = driver.findElement(By.id("error"));
    assertFalse(error.isDisplayed(), () -> "page error: " + error.getText());
  }

  static void shot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), BrowserTest.SHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  static Transcript stored(String id) throws Exception {
    return TranscriptCodec.read(id, Files.readString(server.transcripts().resolve(id + ".json")));
  }

  /** Actions up to the end of round r (1-based), as the page counts them. */
  static int roundEnd(Transcript t, int r) {
    return (int) t.events().stream().filter(e -> e.round() + 1 <= r).count();
  }

  static void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  static String address() {
    return String.valueOf(js("return location.search;"));
  }

  @Test
  void replayScrubsToAnActionAndEveryPanelShowsIt() throws Exception {
    Transcript t = stored(DEMO);
    open("id=" + DEMO, 1500, 1100);
    int k = 41;
    js("const s = document.getElementById('scrub'); s.value = arguments[0];"
        + "s.dispatchEvent(new Event('input'));", k);
    Event e = t.events().get(k - 1);
    assertEquals("Round " + (e.round() + 1) + " of 100 · action " + k + " of "
        + t.events().size(), driver.findElement(By.id("position")).getText());
    WebElement now = driver.findElement(By.cssSelector("#offers tr.now"));
    assertEquals(String.valueOf(e.turn()), now.getAttribute("data-turn"));
    assertEquals(k, driver.findElements(By.cssSelector("#offers tbody tr:not(.hidden)")).size(),
        "the table shows actions up to k only");
    String issueValue = t.scenario().domain().issue(0).display(((Offer) e.action()).bid()
        .level(0));
    assertTrue(driver.findElement(By.id("current-bid")).getText().contains(issueValue));
    WebElement board = driver.findElement(By.id("board"));
    String[] current = board.getAttribute("data-current").split(",");
    assertEquals(e.utilities().get("us"), Double.parseDouble(current[0]), 1e-4);
    assertEquals(e.utilities().get("china"), Double.parseDouble(current[1]), 1e-4);
    long usOffers = t.events().subList(0, k).stream()
        .filter(x -> x.action() instanceof Offer o && o.party().equals("us")).count();
    assertEquals(String.valueOf(usOffers), board.getAttribute("data-track-us"));
    assertTrue(address().contains("k=" + k), address());
    driver.findElement(By.id("back")).click();
    assertEquals(String.valueOf(k - 2), driver.findElement(By.cssSelector("#offers tr.now"))
        .getAttribute("data-turn"));
    driver.findElement(By.id("last")).click();
    assertTrue(driver.findElement(By.id("outcome")).getText().startsWith("Agreement in round"));
    assertFalse(board.getAttribute("data-agreement").isEmpty(), "the agreement is plotted");
  }

  @Test
  void presenterModeFitsAProjectorStepsByRoundAndTheAddressFollows() throws Exception {
    Transcript t = stored(DEMO);
    open("id=" + DEMO + "&present=1&round=30", 1920, 1080);
    WebElement board = driver.findElement(By.id("board"));
    assertEquals(String.valueOf(roundEnd(t, 30)), board.getAttribute("data-k"));
    assertTrue(driver.findElement(By.id("position")).getText().startsWith("Round 30 of 100"));
    long scroll = (Long) js("return document.documentElement.scrollHeight - innerHeight;");
    assertTrue(scroll <= 0, "presenter mode scrolls by " + scroll + " px at 1920x1080");
    for (String canvas : List.of("outcome-plot", "utility-plot")) {
      Number ticks = (Number) js("const c = Chart.getChart(arguments[0]).options;"
          + "return Math.min(c.scales.x.ticks.font.size, c.scales.y.ticks.font.size,"
          + " c.scales.x.title.font.size, c.plugins.legend.labels.font.size);", canvas);
      assertTrue(ticks.intValue() >= 18, canvas + " labels are " + ticks + " px");
    }
    shot("replay-presenter-1920x1080");
    press(Keys.ARROW_DOWN); // a whole round
    assertEquals(String.valueOf(roundEnd(t, 31)), board.getAttribute("data-k"));
    assertTrue(address().contains("round=31") && address().contains("present=1"), address());
    press(Keys.ARROW_RIGHT); // one action, into round 32
    assertEquals(String.valueOf(roundEnd(t, 31) + 1), board.getAttribute("data-k"));
    String link = address();
    press(Keys.ARROW_UP); // back to the end of round 31
    assertEquals(String.valueOf(roundEnd(t, 31)), board.getAttribute("data-k"));
    open(link.substring(1), 1920, 1080); // the copied link opens where it was copied
    assertEquals(String.valueOf(roundEnd(t, 31) + 1), driver.findElement(By.id("board"))
        .getAttribute("data-k"));
    driver.findElement(By.id("present")).click(); // and back to the desk
    assertFalse(address().contains("present"), address());
    assertEquals("14", driver.findElement(By.id("board")).getAttribute("data-font-size"));
  }

  @Test
  void twoNegotiationsSideBySideShareTheRound() throws Exception {
    Transcript a = stored(DEMO);
    Transcript b = stored(OTHER);
    open("id=" + DEMO + "&with=" + OTHER + "&round=40&present=1", 1920, 1080);
    List<WebElement> boards = driver.findElements(By.cssSelector(".run-board"));
    assertEquals(2, boards.size());
    assertEquals(String.valueOf(roundEnd(a, 40)), boards.get(0).getAttribute("data-k"));
    assertEquals(String.valueOf(roundEnd(b, 40)), boards.get(1).getAttribute("data-k"));
    long scroll = (Long) js("return document.documentElement.scrollHeight - innerHeight;");
    assertTrue(scroll <= 0, "side by side scrolls by " + scroll + " px at 1920x1080");
    shot("replay-side-by-side-1920x1080");
    press(Keys.ARROW_DOWN);
    assertEquals(String.valueOf(roundEnd(a, 41)), boards.get(0).getAttribute("data-k"));
    assertEquals(String.valueOf(roundEnd(b, 41)), boards.get(1).getAttribute("data-k"));
    assertTrue(address().contains("round=41") && address().contains("with=" + OTHER));
  }

  @Test
  void threePartiesChooseTheirAxesAndASideCanBeHiddenAndRevealed() throws Exception {
    Transcript t = stored(TRILATERAL);
    open("id=" + TRILATERAL + "&round=10", 1366, 768);
    Event e = t.events().get(roundEnd(t, 10) - 1);
    new Select(driver.findElement(By.id("axes"))).selectByVisibleText("United States × United Kingdom");
    WebElement board = driver.findElement(By.id("board"));
    String[] current = board.getAttribute("data-current").split(",");
    assertEquals(e.utilities().get("us"), Double.parseDouble(current[0]), 1e-4);
    assertEquals(e.utilities().get("uk"), Double.parseDouble(current[1]), 1e-4);
    assertTrue(driver.findElement(By.id("third")).getText().startsWith("China (not on the axes): "
        + String.format("%.3f", e.utilities().get("china"))));
    WebElement veil = driver.findElement(By.cssSelector(".veil"));
    assertFalse(veil.isDisplayed());
    driver.findElement(By.cssSelector("[data-hide='us']")).click();
    assertTrue(veil.isDisplayed(), "the US is on an axis: the outcome space is veiled");
    assertTrue(driver.findElements(By.cssSelector("#offers [data-u='us']")).stream()
        .noneMatch(WebElement::isDisplayed), "no US utility left in the offer table");
    assertFalse(driver.findElement(By.id("current")).getText().contains("United States 0."));
    shot("replay-three-parties-us-hidden-1366x768");
    driver.findElement(By.cssSelector("[data-hide='us']")).click();
    assertFalse(veil.isDisplayed());
    assertTrue(driver.findElement(By.id("current")).getText().contains("United States 0."));
  }

  @Test
  void theOutcomeChartExportsAsAPng() throws Exception {
    open("id=" + DEMO + "&round=20", 1366, 768);
    js("HTMLAnchorElement.prototype.click = function () { window.savedPng = this.href;"
        + " window.savedName = this.download; };");
    driver.findElement(By.id("png")).click();
    String url = String.valueOf(js("return window.savedPng;"));
    assertTrue(url.startsWith("data:image/png;base64,"), url.substring(0, 40));
    assertEquals("london-2025-outcome-space.png", js("return window.savedName;"));
    var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
        url.substring(url.indexOf(',') + 1))));
    int canvas = ((Number) js("return document.getElementById('outcome-plot').width;"))
        .intValue();
    assertEquals(canvas, image.getWidth());
    assertEquals(0xffffffff, image.getRGB(2, 2), "a white background, not a transparent one");
  }

  @Test
  void takingOverAtRoundKContinuesTheReplayWithTheSameBot() throws Exception {
    Transcript t = stored(DEMO);
    open("id=" + DEMO + "&round=30", 1366, 768);
    new Select(driver.findElement(By.id("take-side"))).selectByValue("china");
    WebElement take = driver.findElement(By.id("take"));
    assertEquals("after round 30", take.getText());
    take.click();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl()
        .contains("play.html?game=") && !d.findElements(By.id("from")).isEmpty());
    assertTrue(driver.findElement(By.id("from")).getText().contains("after round 30"));
    String game = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("game=") + 5);
    JsonObject view = new ApiClient(server.port()).get("/api/games/" + game).json().getAsJsonObject();
    assertEquals("your-turn", view.get("state").getAsString());
    JsonArray history = view.getAsJsonArray("history");
    int prefix = roundEnd(t, 30);
    assertEquals(prefix + 1, history.size(), "30 rounds replayed, then the US bot's next move");
    for (int i = 0; i <= prefix; i++) { // the bot's next move is the one it made in the replay
      Event e = t.events().get(i);
      JsonObject stored = SessionDocuments.action(e.turn(), e.round(), e.action());
      JsonObject now = history.get(i).getAsJsonObject();
      now.remove("utility");
      assertEquals(stored, now, "action " + (i + 1));
    }
    shot("play-taken-over-1366x768");
  }
}
