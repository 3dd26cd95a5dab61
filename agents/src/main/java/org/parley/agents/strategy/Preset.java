package org.parley.agents.strategy;

import java.util.List;

/**
 * A ready-made spec with a name a student understands, how hard it is to play against, and what a
 * student sees it do. Presets are themselves specs: {@code boulware} is
 * {@code {"bidding":{"type":"time-dependent","e":0.2}}}.
 *
 * @param name the id researchers use (specs, tournaments, transcripts)
 * @param title the name a student sees
 * @param description what it is, for researchers
 * @param level how hard it is for a student
 * @param note what a student sees it do, in one line: measured from the student's side in
 *     london-2025 over 20 rounds against firm, steady and yielding students ({@code
 *     StudentNotesTest} checks each claim)
 */
public record Preset(String name, String title, String spec, String description, Level level,
    String note) {

  /** How hard a bot is to play against, for a student. */
  public enum Level {
    EASY, MEDIUM, HARD;

    /** The word a page shows: easy, medium, hard. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The bot a seat gets when none is named (a command line, a lab session). */
  public static final String DEFAULT_BOT = "linear";
  /** A student's opponent when none is chosen. */
  public static final String DEFAULT_OPPONENT = "conceder";

  /** Every preset, easiest first, in the order pages and 'parley strategies' list them. */
  public static final List<Preset> ALL = List.of(
      new Preset("conceder", "Quick conceder", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":2}}",
          "time-dependent, e = 2: concedes early and fast", Level.EASY,
          "gives ground fast: its offers to you pass 0.7 within a few rounds, even if you hold "
              + "firm"),
      new Preset("linear", "Steady conceder", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":1}}",
          "time-dependent, e = 1: concedes at a steady pace", Level.EASY,
          "concedes at a steady pace: its offers to you improve round by round, with the odd "
              + "step back"),
      new Preset("tit-for-tat", "Mirror", "{\"bidding\":{\"type\":\"tit-for-tat\"}}",
          "relative tit-for-tat: concedes in proportion to your concessions", Level.MEDIUM,
          "moves only when you move: concede and it concedes as much; hold firm and its offer "
              + "never changes"),
      new Preset("nice-tit-for-tat", "Kind mirror", "{\"bidding\":{\"type\":\"nice-tit-for-tat\"},"
          + "\"model\":{\"type\":\"bayesian\"}}",
          "mirrors your concessions as it estimates them, never punishes", Level.MEDIUM,
          "answers your concessions with its own and never punishes; if you hold firm it "
              + "hardly moves"),
      new Preset("random", "Wildcard", "{\"bidding\":{\"type\":\"random\"}}",
          "random bids above its reservation value; accepts anything at least as good as its "
              + "next random bid", Level.MEDIUM,
          "offers at random above its reservation value and takes any offer at least as good as "
              + "its next: unpredictable, sometimes generous"),
      new Preset("boulware", "Late conceder", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2}}",
          "time-dependent, e = 0.2 (Boulware): holds firm, concedes near the deadline",
          Level.HARD, "holds firm for most of the game: its offers to you stay low until the "
              + "last rounds, then rise"),
      new Preset("hardheaded", "Hardheaded", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2},"
          + "\"model\":{\"type\":\"frequency\"},\"acceptance\":{\"type\":\"AC_combi\"}}",
          "HardHeaded style: Boulware, learns what you value, accepts the best recent offer late",
          Level.HARD, "firm until the last rounds, and it learns which issues you care about"),
      new Preset("micro", "Matcher", "{\"bidding\":{\"type\":\"micro\"}}",
          "MiCRO: one concession per new offer of yours, in order", Level.HARD,
          "steps down its own list by one offer for each new offer of yours: in a short game it "
              + "barely moves"),
      new Preset("hardliner", "Rock", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0}}",
          "time-dependent, e = 0: never moves from its best bid", Level.HARD,
          "never moves from its best deal: take its offer or walk away"));

  /** The preset of this name, if there is one. */
  public static java.util.Optional<Preset> named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
