package org.parley.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.tournament.TournamentSpec;

/**
 * Reads tournament specs ({@value #FORMAT}):
 * <pre>{
 *   "format": "parley-tournament/1",
 *   "scenarios": ["london-2025"],
 *   "strategies": ["boulware", {"name": "e05", "spec": {"bidding": {"type": "time-dependent", "e": 0.5}}}],
 *   "selfPlay": false, "repetitions": 10, "seed": 42,
 *   "rounds": 100, "seconds": 60, "runtime": "direct", "parallelism": 2, "turnLimitMs": 10000
 * }</pre>
 * Only {@code scenarios} and {@code strategies} are required. {@code rounds} and {@code seconds}
 * replace every scenario's deadline: either alone is a deadline of that alone, both end a session at
 * whichever comes first. Errors name the JSON path.
 */
public final class TournamentCodec {

  public static final String FORMAT = "parley-tournament/1";

  private TournamentCodec() {
  }

  public static TournamentSpec read(String source, String text) {
    JsonNode root = JsonNode.parse(source, text).allowOnly(Set.of("format", "scenarios",
        "strategies", "selfPlay", "repetitions", "seed", "rounds", "seconds", "runtime", "parallelism",
        "turnLimitMs", "description"));
    root.opt("format").ifPresent(f -> {
      if (!f.string().equals(FORMAT)) {
        throw f.fail("expected \"" + FORMAT + "\", found \"" + f.string() + "\"");
      }
    });
    List<String> scenarios = new ArrayList<>();
    for (JsonNode s : root.get("scenarios").items()) {
      scenarios.add(s.string());
    }
    List<TournamentSpec.Entry> strategies = new ArrayList<>();
    for (JsonNode s : root.get("strategies").items()) {
      if (s.isString()) {
        strategies.add(s.build(() -> new TournamentSpec.Entry(s.string(),
            new NegotiatorSpec(s.string()))));
      } else {
        JsonNode o = s.allowOnly(Set.of("name", "spec"));
        JsonNode spec = o.get("spec");
        String text2 = spec.isString() ? spec.string() : spec.raw().toString();
        strategies.add(o.build(() -> new TournamentSpec.Entry(o.get("name").string(),
            new NegotiatorSpec(text2))));
      }
    }
    boolean selfPlay = root.opt("selfPlay").map(JsonNode::bool).orElse(false);
    int repetitions = root.opt("repetitions")
        .map(n -> n.integer(1, TournamentSpec.MAX_REPETITIONS)).orElse(1);
    long seed = root.opt("seed").map(JsonNode::longValue).orElse(1L);
    Deadline deadline = deadlineOverride(root);
    String runtime = root.opt("runtime").map(n -> {
      if (!TournamentSpec.RUNTIMES.contains(n.string())) {
        throw n.fail("expected \"direct\" or \"jade\", found \"" + n.string() + "\"");
      }
      return n.string();
    }).orElse(TournamentSpec.DEFAULT_RUNTIME);
    Integer parallelism = root.opt("parallelism")
        .map(n -> n.integer(1, TournamentSpec.MAX_PARALLELISM)).orElse(null);
    int turnLimitMs = root.opt("turnLimitMs").map(n -> n.integer(10, 3_600_000))
        .orElse(TournamentSpec.DEFAULT_TURN_LIMIT_MS);
    return root.build(() -> new TournamentSpec(scenarios, strategies, selfPlay, repetitions, seed,
        deadline, runtime, parallelism, turnLimitMs));
  }

  /** A spec's top-level "rounds" and "seconds" as one deadline, or null when neither is given. */
  static Deadline deadlineOverride(JsonNode root) {
    Integer rounds = root.opt("rounds").map(n -> n.integer(1, Deadline.MAX_ROUNDS)).orElse(null);
    Integer seconds = root.opt("seconds").map(n -> n.integer(1, Deadline.MAX_SECONDS))
        .orElse(null);
    return rounds == null && seconds == null ? null : Deadline.of(rounds, seconds);
  }

}
