package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.engine.domain.Bid;
import org.parley.engine.io.FormatException;
import org.parley.engine.io.GeniusImport;
import org.parley.engine.scenario.Scenario;
import org.parley.scenarios.ScenarioCatalog;
import picocli.CommandLine;

/**
 * GENIUS's laptop and party domains (examples/genius), imported and checked bid by bid; the laptop
 * in GeniusWeb's format (examples/geniusweb) gives the same utilities.
 */
class GeniusImportTest {

  static final Path GENIUS = Path.of("..", "examples", "genius");
  static final Path GENIUS_WEB = Path.of("..", "examples", "geniusweb", "laptop");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"laptop", "party"})
  void everyBidHasGeniusUtilityForEveryProfile(String name) throws Exception {
    Path out = dir.resolve(name + ".json");
    StringWriter text = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(text));
    int code = cli.execute("scenario", "import-genius",
        GENIUS.resolve(name).resolve(name + "_domain.xml").toString(),
        GENIUS.resolve(name).resolve(name + "_profileA.xml").toString(),
        GENIUS.resolve(name).resolve(name + "_profileB.xml").toString(), "--out", out.toString());
    assertEquals(0, code, text.toString());
    Scenario sc = ScenarioCatalog.readFile(out);
    JsonObject copy = JsonParser.parseString(Files.readString(GENIUS.resolve(name)
        .resolve(name + "_genius-reference.json"))).getAsJsonObject();
    JsonArray profiles = copy.getAsJsonArray("profiles");
    assertEquals(name.equals("laptop") ? 27 : 3072, sc.domain().size());
    for (int p = 0; p < 2; p++) {
      JsonObject profile = profiles.get(p).getAsJsonObject();
      JsonArray w = profile.getAsJsonArray("weights");
      JsonArray ev = profile.getAsJsonArray("evaluations");
      double wsum = 0;
      for (int i = 0; i < w.size(); i++) {
        wsum += w.get(i).getAsDouble();
      }
      var party = sc.parties().get(p);
      assertEquals(profile.get("reservation").getAsDouble(), party.profile().reservation(), 1e-12);
      for (long o = 0; o < sc.domain().size(); o++) {
        Bid bid = sc.domain().bidAt(o);
        double expected = 0;
        for (int i = 0; i < w.size(); i++) {
          JsonArray e = ev.get(i).getAsJsonArray();
          double max = 0;
          for (int l = 0; l < e.size(); l++) {
            max = Math.max(max, e.get(l).getAsDouble());
          }
          expected += w.get(i).getAsDouble() / wsum
              * (max == 0 ? 0 : e.get(bid.level(i)).getAsDouble() / max);
        }
        assertEquals(expected, party.profile().utility().utility(bid), 1e-9,
            name + " profile " + p + " bid " + bid);
      }
    }
  }

  @Test
  void badGeniusFilesNameTheFileAndThePlace() throws Exception {
    String domain = Files.readString(GENIUS.resolve("laptop/laptop_domain.xml"));
    String a = Files.readString(GENIUS.resolve("laptop/laptop_profileA.xml"));
    String b = Files.readString(GENIUS.resolve("laptop/laptop_profileB.xml"));
    var d = new GeniusImport.Source("laptop_domain.xml", domain);
    FormatException e = assertThrows(FormatException.class, () -> GeniusImport.convert("x", d,
        List.of(new GeniusImport.Source("a.xml", a.replace("evaluation=\"0.5\"",
            "evaluation=\"half\"")), new GeniusImport.Source("b.xml", b)), 100));
    assertTrue(e.getMessage().startsWith("a.xml: "), e.getMessage());
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + a.substring(a.indexOf("<utility_space>"));
    e = assertThrows(FormatException.class, () -> GeniusImport.convert("x", d,
        List.of(new GeniusImport.Source("evil.xml", xxe), new GeniusImport.Source("b.xml", b)),
        100));
    assertTrue(e.getMessage().contains("evil.xml") && e.getMessage().contains("DOCTYPE"),
        e.getMessage());
    e = assertThrows(FormatException.class, () -> GeniusImport.convert("x", d,
        List.of(new GeniusImport.Source("a.xml", a.replace("Dell", "Lenovo")),
            new GeniusImport.Source("b.xml", b)), 100));
    assertTrue(e.getMessage().contains("Lenovo"), e.getMessage());
    e = assertThrows(FormatException.class, () -> GeniusImport.convert("x",
        new GeniusImport.Source("d.xml", "not xml"), List.of(new GeniusImport.Source("a.xml", a),
            new GeniusImport.Source("b.xml", b)), 100));
    assertTrue(e.getMessage().startsWith("d.xml: "), e.getMessage());
  }

  @Test
  void geniusWebLaptopHasTheGeniusLaptopsUtilitiesAndItsReservationBidsValues() throws Exception {
    Path genius = dir.resolve("genius.json");
    Path web = dir.resolve("web.json");
    Path laptop = GENIUS.resolve("laptop");
    assertEquals(0, Parley.commandLine().execute("scenario", "import-genius",
        laptop.resolve("laptop_domain.xml").toString(),
        laptop.resolve("laptop_profileA.xml").toString(),
        laptop.resolve("laptop_profileB.xml").toString(), "--out", genius.toString()));
    StringWriter text = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(text));
    assertEquals(0, cli.execute("scenario", "import-geniusweb",
        GENIUS_WEB.resolve("laptop_domain.json").toString(),
        GENIUS_WEB.resolve("laptop_profileA.json").toString(),
        GENIUS_WEB.resolve("laptop_profileB.json").toString(), "--out", web.toString()));
    assertEquals("wrote " + web + ": 'laptop', 2 parties (profilea, profileb), 3 issues, 27 bids",
        text.toString().strip());
    Scenario g = ScenarioCatalog.readFile(genius);
    Scenario w = ScenarioCatalog.readFile(web);
    assertEquals(g.domain().issues(), w.domain().issues());
    for (int p = 0; p < 2; p++) {
      for (long o = 0; o < g.domain().size(); o++) {
        Bid bid = g.domain().bidAt(o);
        assertEquals(g.parties().get(p).profile().utility().utility(bid),
            w.parties().get(p).profile().utility().utility(bid), 1e-9, p + " " + bid);
      }
    }
    // A: Dell, 80 Gb, 20'' LCD = 0.378062931843 x 0.5; B: HP, 60 Gb, 23'' LCD = (0.378062931843
    // + 0.176747553666) x 0.5 (examples/geniusweb/README.md)
    assertEquals(0.1890314659215, w.parties().get(0).profile().reservation(), 1e-12);
    assertEquals(0.2774052427545, w.parties().get(1).profile().reservation(), 1e-12);
  }

  @Test
  void aFileInTheOtherFormatGetsOneLineNamingItAndTheCommandThatReadsIt() {
    StringWriter err = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setErr(new PrintWriter(err));
    Path laptop = GENIUS.resolve("laptop");
    assertEquals(1, cli.execute("scenario", "import-geniusweb",
        laptop.resolve("laptop_profileA.xml").toString(),
        laptop.resolve("laptop_profileB.xml").toString(), "--out", dir.resolve("x").toString()));
    assertEquals("error: laptop_profileA.xml: $: this is XML, not JSON; a GENIUS domain or "
        + "profile is converted with 'parley scenario import-genius'", err.toString().strip());
    Path profile = GENIUS_WEB.resolve("laptop_profileA.json");
    assertEquals(1, cli.execute("scenario", "validate", profile.toString()));
    assertTrue(err.toString().contains("invalid: " + profile + ": $: this is a GeniusWeb profile "
        + "or domain, not a Parley scenario; it is converted with 'parley scenario "
        + "import-geniusweb'"), err.toString());
  }
}
