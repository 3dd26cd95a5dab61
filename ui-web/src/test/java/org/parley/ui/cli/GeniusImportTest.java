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

/** GENIUS's laptop and party domains (examples/genius), imported and checked bid by bid. */
class GeniusImportTest {

  static final Path GENIUS = Path.of("..", "examples", "genius");

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
}
