package org.parley.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.engine.scenario.Scenario;
import org.parley.scenarios.ScenarioCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.agents.strategy.StrategyCatalog;
import java.time.InstantSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.engine.io.TranscriptCodec;
import org.parley.engine.transcript.Timing;
import org.parley.engine.transcript.Transcript;
import picocli.CommandLine;

/** The parley command as a user runs it: exit codes, what it prints, the files it writes. */
class CliTest {

  record Result(int exit, String out, String err) {
  }

  static Result parley(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Parley.commandLine();
    cli.setOut(new PrintWriter(new TerminalWriter(out), true)); // as main() does
    cli.setErr(new PrintWriter(new TerminalWriter(err), true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void runPrintsEveryRoundAndASummaryComparedWithTheRealDeals(@TempDir Path dir) {
    Path file = dir.resolve("t.json");
    Result r = parley("run", "--scenario", "london-2025", "--party", "us=boulware", "--party",
        "china=conceder", "--seed", "7", "--out", file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("r1   us     offers   us_tariff="), r.out());
    // one round convention, counted from 1: the accepting line's round is the agreement's
    Matcher accept = Pattern.compile("(?m)^r(\\d+) +\\S+ +ACCEPTS").matcher(r.out());
    Matcher deal = Pattern.compile("AGREEMENT in round (\\d+) of").matcher(r.out());
    assertTrue(accept.find() && deal.find(), r.out());
    assertEquals(deal.group(1), accept.group(1), r.out());
    assertTrue(r.out().contains("US additional tariff on Chinese goods (IEEPA layer):"));
    assertTrue(r.out().contains("distance to Pareto frontier"));
    assertTrue(r.out().contains("Nash point us 0.804 china 0.752, distance"));
    assertTrue(r.out().contains("London as implemented"));
    assertTrue(r.out().contains("us 0.766 china 0.672"));
    assertTrue(Files.exists(file));

    Result a = parley("analyze", file.toString());
    assertEquals(0, a.exit(), a.err());
    assertTrue(a.out().contains("Replay check:"), a.out());
    assertTrue(a.out().contains("concession"), a.out());
  }

  @Test
  void runWritesTheLibrarysTranscriptOnEitherRuntime(@TempDir Path dir) throws Exception {
    Scenario london = ScenarioCatalog.load("london-2025");
    String library = TranscriptCodec.write(new DirectRunner(new ScenarioAnalysis(london),
        new StrategyCatalog(), InstantSource.system()).run(new SessionSpec("london-2025-7",
            List.of(new Seat("us", new NegotiatorSpec("boulware")),
                new Seat("china", new NegotiatorSpec("conceder"))), 7, london.deadline()))
        .withTiming(Timing.NONE));
    Path direct = dir.resolve("direct.json");
    assertEquals(0, parley("run", "--runtime", "direct", "--party", "us=boulware", "--party",
        "china=conceder", "--seed", "7", "--quiet", "--out", direct.toString()).exit());
    Transcript d = TranscriptCodec.read("direct", Files.readString(direct));
    assertTrue(d.timing().durationMicros() > 0);
    assertEquals(library, TranscriptCodec.write(d.withTiming(Timing.NONE)),
        "the CLI and the library give the same session, byte for byte");

    Path jade = dir.resolve("jade.json");
    Result r = parley("run", "--party", "us=boulware", "--party", "china=conceder", "--seed", "7",
        "--quiet", "--out", jade.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("jade runtime"), r.out());
    Transcript j = TranscriptCodec.read("jade", Files.readString(jade));
    assertEquals("jade", j.runtime());
    assertEquals(d.withoutTiming(), j.withoutTiming(), "JADE (the default) gives the same session");
  }

  @Test
  void analyzeRejectsCorruptAndTamperedTranscripts(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.json");
    parley("run", "--scenario", "magnets-for-chips", "--quiet", "--out", file.toString());
    String json = Files.readString(file);

    Files.writeString(file, json.substring(0, 200));
    Result corrupt = parley("analyze", file.toString());
    assertEquals(1, corrupt.exit());
    assertTrue(corrupt.err().startsWith("error: " + file + ": $: malformed JSON"), corrupt.err());

    Files.writeString(file, json.replaceFirst("\"us\": 1\\.0", "\"us\": 0.5"));
    Result tampered = parley("analyze", file.toString());
    assertEquals(1, tampered.exit(), tampered.out());
    assertTrue(tampered.err().contains("is inconsistent"), tampered.err());
    assertTrue(tampered.err().contains("event 0 differs"), "the first difference: "
        + tampered.err());
    assertTrue(tampered.err().length() < 1000 && !tampered.err().contains("Event["),
        "one difference, not both event lists: " + tampered.err());

    Files.writeString(file, "<?xml version=\"1.0\"?><utility_space/>");
    Result xml = parley("analyze", file.toString());
    assertTrue(xml.err().contains("this is XML, not JSON") && xml.err().contains(
        "import-genius"), xml.err());

    Result control = parley("run", "--scenario", "bad\u001b[31mred", "--quiet");
    assertEquals(1, control.exit());
    assertTrue(control.err().contains("bad\\u001b[31mred") && !control.err().contains("\u001b"),
        "control characters from input are escaped: " + control.err());

    // text from a file reaches the terminal escaped too: a scenario's title, an invalid value
    String magnets = org.parley.engine.io.ScenarioCodec.write(
        org.parley.scenarios.ScenarioCatalog.load("magnets-for-chips"));
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, magnets.replace("\"title\": \"", "\"title\": \"\\u001b[2J"));
    Result shown = parley("scenario", "show", hostile.toString());
    assertEquals(0, shown.exit(), shown.err());
    assertTrue(shown.out().contains("\\u001b[2J") && !shown.out().contains("\u001b"), shown.out());
    Files.writeString(hostile, magnets.replace("\"rounds\": 20", "\"rounds\": \"\\u001b[2J\""));
    Result invalid = parley("scenario", "validate", hostile.toString());
    assertEquals(1, invalid.exit());
    assertTrue(invalid.err().contains("\\u001b[2J") && !invalid.err().contains("\u001b"),
        invalid.err());

    Result missing = parley("analyze", dir.resolve("nope.json").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }

  @Test
  void badArgumentsGetOneLineThatNamesTheProblem() {
    Result strategy = parley("run", "--party", "us=bulware");
    assertEquals(1, strategy.exit());
    assertTrue(strategy.err().startsWith("error: --party us: unknown strategy 'bulware'"),
        strategy.err());
    assertFalse(strategy.err().contains("\tat "), "no stack trace for a user error");

    Result party = parley("run", "--party", "uk=boulware");
    assertEquals(1, party.exit());
    assertTrue(party.err().contains("no party 'uk'"), party.err());

    Result scenario = parley("run", "--scenario", "london-2026");
    assertEquals(1, scenario.exit());
    assertTrue(scenario.err().contains("london-2025"), scenario.err());

    Result rounds = parley("run", "--rounds", "0");
    assertEquals(1, rounds.exit());
    assertTrue(rounds.err().contains("deadline must be 1 to"), rounds.err());

    for (String bad : List.of("0", "-5", "86401")) {
      Result seconds = parley("run", "--seconds", bad);
      assertEquals(1, seconds.exit(), bad);
      assertTrue(seconds.err().contains("deadline must be 1 to 86400 seconds (one day), got "
          + bad), seconds.err());
    }

    Result option = parley("run", "--sed", "7");
    assertEquals(2, option.exit());
    assertTrue(option.err().contains("Unknown option") && option.err().contains("'--sed'"),
        option.err());
  }

  @Test
  void scenarioValidateNamesFileAndPath(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"parley-scenario/1\", \"id\": \"x\", \"protocol\": "
        + "\"alternating-offers\", \"deadline\": {\"rounds\": -3}, \"issues\": [], "
        + "\"parties\": []}");
    Result r = parley("scenario", "validate", bad.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("invalid: " + bad + ": $.issues: domain 'x' has no issues"),
        r.err());

    Path good = dir.resolve("good.json");
    Files.writeString(good, org.parley.scenarios.ScenarioCatalog.source("london-2025"));
    Result ok = parley("scenario", "validate", good.toString());
    assertEquals(0, ok.exit(), ok.err());
    assertTrue(ok.out().contains("48,000 bids"));
  }

  @Test
  void scenarioListAndShowDescribeTheBoards() {
    Result list = parley("scenario", "list");
    assertTrue(list.out().contains("london-2025") && list.out().contains("magnets-for-chips"));
    Result show = parley("scenario", "show", "london-2025");
    assertEquals(0, show.exit(), show.err());
    assertTrue(show.out().contains("Kalai-Smorodinsky point"));
    assertTrue(show.out().contains("Egalitarian point"));
    assertTrue(show.out().contains("Busan / Kuala Lumpur deal (2025-11-10)"));
    assertTrue(show.out().contains("on the Pareto frontier"));
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] cmd : new String[][] {{"--help"}, {"run", "--help"}, {"analyze", "--help"},
        {"scenario", "--help"}, {"scenario", "list", "--help"}, {"scenario", "show", "--help"},
        {"scenario", "validate", "--help"}, {"scenario", "import-genius", "--help"},
        {"scenario", "import-geniusweb", "--help"}, {"scenario", "export-genius", "--help"},
        {"strategies", "--help"}, {"bench", "--help"}}) {
      Result r = parley(cmd);
      assertEquals(0, r.exit(), String.join(" ", cmd));
      assertTrue(r.out().startsWith("Usage: parley"), r.out());
    }
    assertTrue(parley("strategies").out().contains("boulware"));
  }

  @Test
  void aMistypedNameSuggestsTheClosestAndAMissingPlugInTheStrategyPath() {
    Result strategy = parley("run", "--party", "us=bulware", "--quiet");
    assertEquals(1, strategy.exit());
    assertTrue(strategy.err().contains("unknown strategy 'bulware' (did you mean 'boulware'?)"),
        strategy.err());
    Result scenario = parley("run", "--scenario", "london-2052", "--quiet");
    assertEquals(1, scenario.exit());
    assertTrue(scenario.err().contains("'london-2052' is neither a bundled scenario (did you "
        + "mean 'london-2025'?)"), scenario.err());
    Result plugin = parley("run", "--party", "us=stubborn", "--quiet");
    assertTrue(plugin.err().contains("unknown strategy 'stubborn'; presets are")
        && plugin.err().contains("(a plug-in? load its jar with --strategy-path)"), plugin.err());
  }

  @Test
  void serveRefusesABadResultsFolderInOneLineNamingTheFileAndLine(@TempDir Path dir)
      throws Exception {
    Path results = Files.createDirectories(dir.resolve("results"));
    Files.writeString(results.resolve("results.jsonl"), "{\"session\": \"s\"}\n");
    Result r = parley("serve", "--port", "0", "--data", dir.resolve("data").toString(),
        "--results", results.toString());
    assertEquals(1, r.exit(), r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: " + results.resolve("results.jsonl") + ":1"), r.err());
    assertFalse(Files.exists(dir.resolve("data")), "nothing starts before the folder reads");
    r = parley("serve", "--port", "0", "--results", dir.resolve("none").toString());
    assertEquals("error: --results " + dir.resolve("none") + ": no such folder", r.err().strip());
  }
}
