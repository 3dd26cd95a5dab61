package org.parley.engine.tournament;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * A tournament: every scenario, every ordered assignment of the strategies to the parties (each
 * pairing both ways; a strategy against itself only with {@code selfPlay}), repeated. Sessions are
 * named, and their seeds derived, before anything runs (see {@link TournamentPlan}).
 *
 * @param deadline every scenario's deadline (rounds, seconds or both), or null for each scenario's
 *     own
 * @param runtime {@code direct} or {@code jade}
 * @param parallelism sessions run at once, or null for as many as the machine that runs it has
 *     cores (the engine does not read the machine)
 * @param turnLimitMs a strategy that takes longer over one turn loses the session by timeout
 */
public record TournamentSpec(List<String> scenarios, List<Entry> strategies, boolean selfPlay,
    int repetitions, long seed, Deadline deadline, String runtime, Integer parallelism,
    int turnLimitMs) {

  /** The per-turn limit for bots, in every runtime: far above any bot's think time. */
  public static final int DEFAULT_TURN_LIMIT_MS = 10_000;
  public static final int MAX_REPETITIONS = 100_000;
  public static final int MAX_PARALLELISM = 256;
  public static final String DEFAULT_RUNTIME = "direct";

  public static final Set<String> RUNTIMES = Set.of("direct", "jade");

  /** A strategy under a short name (used in session ids, results and the leaderboard). */
  public record Entry(String name, NegotiatorSpec spec) {
    public Entry {
      Objects.requireNonNull(name, "strategy name");
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,39}")) {
        throw new IllegalArgumentException("strategy name '" + name
            + "' must be 1-40 letters, digits, '_', '.', '+' or '-'");
      }
      Objects.requireNonNull(spec, "strategy spec");
    }
  }

  public TournamentSpec {
    scenarios = List.copyOf(scenarios);
    strategies = List.copyOf(strategies);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("no scenarios");
    }
    if (new HashSet<>(scenarios).size() != scenarios.size()) {
      throw new IllegalArgumentException("a scenario appears twice");
    }
    Set<String> names = new HashSet<>();
    for (Entry e : strategies) {
      if (!names.add(e.name())) {
        throw new IllegalArgumentException("strategy name '" + e.name() + "' appears twice");
      }
    }
    if (strategies.size() < (selfPlay ? 1 : 2)) {
      throw new IllegalArgumentException("need at least " + (selfPlay ? 1 : 2) + " strategies");
    }
    if (repetitions < 1 || repetitions > MAX_REPETITIONS) {
      throw new IllegalArgumentException("repetitions must be 1-" + MAX_REPETITIONS + ", got "
          + repetitions);
    }
    if (!RUNTIMES.contains(runtime)) {
      throw new IllegalArgumentException("runtime must be direct or jade, got '" + runtime + "'");
    }
    if (parallelism != null && (parallelism < 1 || parallelism > MAX_PARALLELISM)) {
      throw new IllegalArgumentException("parallelism must be 1-" + MAX_PARALLELISM + ", got "
          + parallelism);
    }
    if (turnLimitMs < 10 || turnLimitMs > 3_600_000) {
      throw new IllegalArgumentException("turnLimitMs must be 10-3600000, got " + turnLimitMs);
    }
  }

  /** The ordered strategy tuples for {@code parties} seats, in a fixed order. */
  public List<List<Entry>> assignments(int parties) {
    List<List<Entry>> out = new ArrayList<>();
    assign(parties, new ArrayList<>(), out);
    return out;
  }

  private void assign(int parties, List<Entry> prefix, List<List<Entry>> out) {
    if (prefix.size() == parties) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (Entry e : strategies) {
      if (!selfPlay && prefix.contains(e)) {
        continue;
      }
      prefix.add(e);
      assign(parties, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }
}
