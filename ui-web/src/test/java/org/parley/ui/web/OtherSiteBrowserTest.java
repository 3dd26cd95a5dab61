package org.parley.ui.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.agents.strategy.StrategyCatalog;

/**
 * A page on another site, open in the same browser, tries to start a lab session and to store an
 * upload in the room (the simple requests any page may send, and a JSON one that needs the room's
 * consent); and the room is reached under another host name (DNS rebinding). Nothing happens. The
 * same requests from the room's own page do happen: the control.
 */
@Tag("browser")
class OtherSiteBrowserTest {

  @TempDir
  static Path data;
  static WebServer room;
  static HttpServer elsewhere;
  static WebDriver driver;

  /** The attack: three requests to the room, then a mark on the page once all have settled. */
  static final String ATTACK = """
      <!doctype html><html><body><script>
      const room = '%s';
      const lab = JSON.stringify({parties: {us: 'boulware', china: 'conceder'}, pace: 0, rounds: 2});
      const upload = %s;
      Promise.allSettled([
        fetch(room + '/api/lab', {method: 'POST', mode: 'no-cors',
            headers: {'Content-Type': 'text/plain'}, body: lab}),
        fetch(room + '/api/transcripts', {method: 'POST', mode: 'no-cors',
            headers: {'Content-Type': 'text/plain'}, body: upload}),
        fetch(room + '/api/lab', {method: 'POST',
            headers: {'Content-Type': 'application/json'}, body: lab}),
      ]).then(r => { document.body.dataset.done = r.map(x => x.status).join(','); });
      </script></body></html>
      """;

  @BeforeAll
  static void start() throws Exception {
    room = WebServer.start("127.0.0.1", 0, data, new StrategyCatalog(), WebServer.Limits.DEFAULT, false);
    String base = "http://127.0.0.1:" + room.port();
    String transcript = Files.readString(room.transcripts()
        .resolve("demo-london-hardliner-standoff.json"));
    byte[] page = String.format(ATTACK, base, new com.google.gson.JsonPrimitive(transcript))
        .getBytes(StandardCharsets.UTF_8);
    elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    elsewhere.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    elsewhere.start();
    driver = Chromium.start("--host-resolver-rules=MAP rebound.example 127.0.0.1");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (elsewhere != null) {
      elsewhere.stop(0);
    }
    if (room != null) {
      room.close();
    }
  }

  private static List<String> stored(String prefix) throws Exception {
    try (Stream<Path> files = Files.list(room.transcripts())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList();
    }
  }

  private static String attackFrom(String pageUrl) {
    driver.get(pageUrl);
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
        d.findElement(By.tagName("body")).getAttribute("data-done"));
  }

  @Test
  void aPageOnAnotherSiteChangesNothing() throws Exception {
    List<String> labs = stored("lab-");
    List<String> uploads = stored("upload-");
    String settled = attackFrom("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
    assertTrue(settled.endsWith("rejected"), "the JSON request needs a consent never given: "
        + settled);
    Thread.sleep(1500); // a 2-round lab session at pace 0 would have ended and been stored
    assertEquals(labs, stored("lab-"), "no lab session started");
    assertEquals(uploads, stored("upload-"), "nothing uploaded");
  }

  @Test
  void theRoomUnderAnotherHostNameAnswersNothing() {
    driver.get("http://rebound.example:" + room.port() + "/api/scenarios");
    String body = driver.findElement(By.tagName("body")).getText();
    assertTrue(body.contains("this server answers only for this machine, not for host "
        + "'rebound.example:" + room.port() + "'"), body);
    assertTrue(!body.contains("london-2025"), body);
  }

  /** The control: from the room's own page, the JSON request goes through. */
  @Test
  void theRoomsOwnPageCanStartALabSession() throws Exception {
    driver.get("http://127.0.0.1:" + room.port() + "/lab.html");
    Object id = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/api/lab', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        + " body: JSON.stringify({pace: 0, rounds: 2})}).then(r => r.json())"
        + ".then(j => done(j.id), e => done('failed: ' + e));");
    assertTrue(String.valueOf(id).matches("[0-9a-f]{16}"), String.valueOf(id));
    for (int i = 0; i < 100 && !stored("lab-").contains("lab-" + id + ".json"); i++) {
      Thread.sleep(100);
    }
    assertTrue(stored("lab-").contains("lab-" + id + ".json"), stored("lab-").toString());
  }
}
