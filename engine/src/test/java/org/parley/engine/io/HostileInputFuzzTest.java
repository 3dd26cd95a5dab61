package org.parley.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.engine.Fixtures;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.DirectRunner;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.session.TranscriptReplay;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;

/**
 * Throws thousands of mutated scenarios and tampered transcripts (seeded: the same inputs every
 * run) at the code paths behind {@code parley scenario validate} and {@code scenario show}
 * (ScenarioCodec.read, then the outcome-space analysis of small domains) and behind
 * {@code parley analyze} (TranscriptCodec.read, then TranscriptReplay.differences). Each input
 * must be accepted or refused with a FormatException or IllegalArgumentException whose message is
 * one short line for people (no Java class names or record dumps), within 2 s. No other Throwable
 * may escape. A transcript that is accepted must replay to exactly what it records, re-read equal
 * after writing, and record each party's true utility of each bid: a tampered transcript is never
 * wrongly accepted.
 *
 * <p>First every numeric and string field of each seed document gets every hostile value in turn
 * (a sweep: each field's limits are reached for sure); then {@link #N} random mutants of each kind
 * (characters, tokens, structure, and for transcripts tampering that keeps them well formed).
 * {@code -Dfuzz.seed=S -Dfuzz.n=N} run other or more inputs; the summary line says how many were
 * accepted and refused of each kind.
 */
class HostileInputFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 14);
  private static final int N = Integer.getInteger("fuzz.n", 1000);
  private static final long SLOW_NANOS = 2_000_000_000L;
  /** Tells of Java leaking to people: class names, exception names, record and object dumps. */
  private static final Pattern JAVA = Pattern.compile("java\\.|javax\\.|com\\.google\\."
      + "|org\\.parley\\.|Exception|Error:|\\b[A-Z][A-Za-z]*\\[[a-z][A-Za-z]*=|\\w@[0-9a-f]{5,}"
      + "|\\n\\s+at ");

  private final Map<String, Integer> counts = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();
  private long slowest;

  @Test
  void hostileScenariosAndTranscriptsAreAcceptedOrRefusedInOneLineNeverWronglyAccepted() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      long start = System.nanoTime();
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      List<String> scenarios = List.of(resource("magnets-for-chips.json"),
          resource("genius-laptop.json"),
          ScenarioCodec.write(Fixtures.randomScenario(SEED, 3, 12)));
      List<String> transcripts = transcripts();
      JsonMutator mutator = new JsonMutator(SEED);
      TranscriptTamper tamper = new TranscriptTamper(mutator);
      int swept = 0;
      for (String seed : scenarios) {
        for (JsonMutator.Mutant m : mutator.sweep(seed, null)) {
          timed("scenario", swept++, m, () -> scenario(m));
        }
      }
      // its embedded scenario reads as a scenario file does: swept above
      for (JsonMutator.Mutant m : mutator.sweep(transcripts.get(0), "$.scenario")) {
        timed("transcript", swept++, m, () -> transcript(m));
      }
      for (int i = 0; i < N; i++) {
        JsonMutator.Mutant m = mutator.mutate(scenarios.get(i % scenarios.size()));
        timed("scenario", i, m, () -> scenario(m));
      }
      for (int i = 0; i < N; i++) {
        String seed = transcripts.get(i % transcripts.size());
        boolean semantic = i / transcripts.size() % 2 == 0; // every seed, both ways
        JsonMutator.Mutant m = semantic ? tamper.tamper(seed) : mutator.mutate(seed);
        timed("transcript", i, m, () -> transcript(m));
      }
      System.out.printf(Locale.ROOT, "hostile inputs (seed %d): %d scenarios and %d transcripts "
          + "(%d swept field by field) in %.1f s (%.1f s of CPU), slowest %.0f ms; %s%n", SEED,
          total("scenario "), total("transcript "), swept, (System.nanoTime() - start) / 1e9,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e9, slowest / 1e6, counts);
    });
    assertTrue(total("scenario ") >= 1000 && total("transcript ") >= 1000, counts.toString());
    assertTrue(problems.isEmpty(), problems.size() + " problems, the first ones:\n"
        + String.join("\n", problems.subList(0, Math.min(8, problems.size()))));
    assertTrue(counts.getOrDefault("scenario accepted", 0) > 50, "some mutants are valid");
    assertTrue(counts.getOrDefault("transcript accepted", 0) > 50, "some tamperings are harmless");
    assertTrue(counts.getOrDefault("transcript refused by replay", 0) > 200, counts.toString());
  }

  /** Valid transcripts to tamper with: 2 and 3 parties, agreements and breakdowns. */
  private List<String> transcripts() {
    List<String> out = new ArrayList<>();
    Scenario magnets = ScenarioCodec.read("magnets", resource("magnets-for-chips.json"));
    List<Scenario> on = List.of(magnets, magnets, Fixtures.randomScenario(SEED, 3, 12),
        magnets);
    for (int i = 0; i < on.size(); i++) {
      Scenario s = on.get(i);
      boolean cheat = i == 3; // a session ended by a broken rule
      for (long seed = SEED; seed < SEED + 10_000; seed++) {
        Transcript t = new DirectRunner(new ScenarioAnalysis(s), Fixtures.randomPlayers(cheat),
            InstantSource.fixed(Instant.EPOCH)).run(new SessionSpec("fuzz-" + i, Fixtures.seats(s,
                "{\"strategy\":\"random\"}"), seed, s.deadline()));
        boolean wanted = switch (i) {
          case 1 -> t.outcome() instanceof SessionOutcome.NoAgreement n
              && !n.reason().isBreakOff();
          case 3 -> t.outcome() instanceof SessionOutcome.NoAgreement n
              && n.reason().isBreakOff();
          default -> t.outcome() instanceof SessionOutcome.Agreement;
        };
        if (wanted && t.events().size() >= 4) {
          assertEquals(List.of(), TranscriptReplay.differences(t), "a seed is consistent");
          out.add(TranscriptCodec.write(t));
          break;
        }
      }
      assertEquals(i + 1, out.size(), "a seed transcript for " + s.id());
    }
    return out;
  }

  private void scenario(JsonMutator.Mutant m) {
    Scenario s;
    try {
      s = ScenarioCodec.read("fuzz.json", m.text());
    } catch (FormatException | IllegalArgumentException e) {
      refused("scenario", m, e);
      return;
    }
    count("scenario accepted");
    if (!ScenarioCodec.read("again", ScenarioCodec.write(s)).equals(s)) {
      problem("scenario", m, "accepted, but does not read back equal once written");
    }
    if (s.domain().size() <= 100_000) { // what 'scenario show', 'run' and tournaments compute
      try {
        ScenarioAnalysis a = new ScenarioAnalysis(s);
        a.frontier();
        a.nash();
        a.kalaiSmorodinsky();
        a.egalitarian();
        a.maxWelfare();
        s.partyIds().forEach(a::ranking);
      } catch (IllegalArgumentException e) {
        refused("scenario analysis", m, e);
      }
    }
  }

  private void transcript(JsonMutator.Mutant m) {
    Transcript t;
    try {
      t = TranscriptCodec.read("fuzz.json", m.text());
    } catch (FormatException | IllegalArgumentException e) {
      refused("transcript", m, e);
      return;
    }
    List<String> differences = TranscriptReplay.differences(t);
    if (!differences.isEmpty()) {
      count("transcript refused by replay");
      differences.forEach(d -> message("transcript", m, d));
      return;
    }
    count("transcript accepted");
    Transcript again = TranscriptReplay.replay(t);
    if (!again.equals(t)) {
      problem("transcript", m, "wrongly accepted: its replay differs from what it records");
    }
    if (!TranscriptCodec.read("again", TranscriptCodec.write(t)).equals(t)) {
      problem("transcript", m, "accepted, but does not read back equal once written");
    }
    if (t.outcome() instanceof SessionOutcome.NoAgreement n && n.party() != null
        && !t.scenario().partyIds().contains(n.party())) {
      problem("transcript", m, "wrongly accepted: the outcome names '" + n.party()
          + "', not a party");
    }
    for (Event e : t.events()) { // each party's utility, from the utility functions alone
      Bid bid = ActionCodec.bidOf(e.action());
      for (var p : t.scenario().parties()) {
        Double recorded = e.utilities().get(p.id());
        if (bid != null && (recorded == null
            || Math.abs(recorded - p.profile().utility().utility(bid)) > 1e-9)) {
          problem("transcript", m, "wrongly accepted: event " + e.turn() + " records " + p.id()
              + "'s utility as " + recorded);
        }
      }
    }
  }

  private void timed(String what, int i, JsonMutator.Mutant m, Runnable check) {
    long t0 = System.nanoTime();
    try {
      check.run();
    } catch (Throwable e) { // what must never reach a person: a stack trace
      problem(what, m, "threw " + e + " at " + (e.getStackTrace().length > 0
          ? e.getStackTrace()[0] : "?"));
    }
    long took = System.nanoTime() - t0;
    slowest = Math.max(slowest, took);
    if (took > SLOW_NANOS) {
      problem(what, m, String.format(Locale.ROOT, "took %.1f s (input %d)", took / 1e9, i));
    }
  }

  private void refused(String what, JsonMutator.Mutant m, RuntimeException e) {
    count(what + " refused" + (e instanceof FormatException ? "" : " (argument)"));
    if (e.getClass() != FormatException.class && e.getClass() != IllegalArgumentException.class) {
      problem(what, m, "refused with " + e.getClass().getName() + ": " + e.getMessage());
    }
    message(what, m, e.getMessage());
  }

  /** A message for people: one short line, no Java in it. */
  private void message(String what, JsonMutator.Mutant m, String message) {
    if (message == null || message.isBlank()) {
      problem(what, m, "an empty message");
    } else if (message.length() > 1000) {
      problem(what, m, "a message of " + message.length() + " chars: " + excerpt(message));
    } else if (JAVA.matcher(message).find()) {
      problem(what, m, "Java in the message: " + excerpt(message));
    }
  }

  private void problem(String what, JsonMutator.Mutant m, String problem) {
    problems.add(what + " [" + m.kind() + "]: " + problem + "\n    input: " + excerpt(m.text()));
  }

  /** Inputs of one kind: accepted or refused, at reading or later. */
  private int total(String kind) {
    return counts.entrySet().stream().filter(e -> e.getKey().startsWith(kind)
        && !e.getKey().startsWith(kind + "analysis")).mapToInt(Map.Entry::getValue).sum();
  }

  private void count(String key) {
    counts.merge(key, 1, Integer::sum);
  }

  private static String excerpt(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 300 ? one : one.substring(0, 300) + "… (" + s.length() + " chars)";
  }

  private static String resource(String name) {
    try (InputStream in = HostileInputFuzzTest.class.getResourceAsStream("/fuzz/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
