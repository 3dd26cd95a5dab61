package org.parley.agents.strategy;

import java.util.List;

/**
 * A ready-made spec with a name a student understands, and how hard it is to play against. Presets
 * are themselves specs: {@code boulware} is {@code {"bidding":{"type":"time-dependent","e":0.2}}}.
 */
public record Preset(String name, String spec, String description, String difficulty) {

  /** The bot a seat gets when none is named (a command line, a lab session). */
  public static final String DEFAULT_BOT = "linear";
  /** A student's opponent when none is chosen. */
  public static final String DEFAULT_OPPONENT = "conceder";

  /** Every preset, in the order pages and 'parley strategies' list them. */
  public static final List<Preset> ALL = List.of(
      new Preset("boulware", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2}}",
          "time-dependent, e = 0.2: holds firm, concedes near the deadline",
          "hard: expect little until the last rounds"),
      new Preset("linear", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":1}}",
          "time-dependent, e = 1: concedes at a steady pace", "medium: steady, predictable"),
      new Preset("conceder", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":2}}",
          "time-dependent, e = 2: concedes early and fast", "easy: gives ground quickly"),
      new Preset("hardliner", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0}}",
          "time-dependent, e = 0: never moves from its best bid",
          "very hard: take its offer or walk away"),
      new Preset("tit-for-tat", "{\"bidding\":{\"type\":\"tit-for-tat\"}}",
          "relative tit-for-tat: concedes in proportion to your concessions",
          "medium: it moves when you move"),
      new Preset("nice-tit-for-tat", "{\"bidding\":{\"type\":\"nice-tit-for-tat\"},"
          + "\"model\":{\"type\":\"bayesian\"}}",
          "mirrors your concessions as it estimates them, never punishes",
          "medium: rewards real concessions"),
      new Preset("random", "{\"bidding\":{\"type\":\"random\"}}",
          "random bids above its reservation value; accepts anything at least as good as its "
              + "next random bid", "unpredictable"),
      new Preset("micro", "{\"bidding\":{\"type\":\"micro\"}}",
          "MiCRO: one concession per new offer of yours, in order",
          "medium-hard: concedes only as much as you do"),
      new Preset("hardheaded", "{\"bidding\":{\"type\":\"time-dependent\",\"e\":0.2},"
          + "\"model\":{\"type\":\"frequency\"},\"acceptance\":{\"type\":\"AC_combi\"}}",
          "HardHeaded style: Boulware, learns what you value, accepts the best recent offer late",
          "hard: firm, and it notices what you care about"));

  /** The preset of this name, if there is one. */
  public static java.util.Optional<Preset> named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
