package org.parley.agents.tournament;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.engine.tournament.ResultRow;

/**
 * Whether repeating sessions added information: over every strategy's blocks (scenario ×
 * opponent(s) × side) that hold two or more sessions that did not fail, how many gave a single
 * distinct outcome. Deterministic strategies do, whatever their seeds: their copies say nothing
 * new, which is why {@link Estimate} counts each block once.
 *
 * @param repeatedBlocks blocks with two or more sessions
 * @param identicalBlocks those whose sessions all gave one outcome
 * @param fewest the fewest sessions in an identical block
 * @param most the most sessions in an identical block
 */
public record Repetitions(int repeatedBlocks, int identicalBlocks, int fewest, int most) {

  /** What makes two seats' outcomes the same: how it ended, when, and what everyone got. */
  static List<Object> outcome(ResultRow r) {
    return List.of(r.outcome(), r.rounds(), r.utility(), r.discountedUtility(),
        r.socialWelfare());
  }

  /** Over the seats {@code rows} (one per party per session), failed sessions left out. */
  public static Repetitions of(List<ResultRow> rows) {
    Map<List<Object>, int[]> sessions = new LinkedHashMap<>();
    Map<List<Object>, Set<List<Object>>> outcomes = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      if (!r.failed()) {
        List<Object> block = List.of(r.strategy(), Leaderboard.block(r));
        sessions.computeIfAbsent(block, k -> new int[1])[0]++;
        outcomes.computeIfAbsent(block, k -> new HashSet<>()).add(outcome(r));
      }
    }
    int repeated = 0;
    int identical = 0;
    int fewest = Integer.MAX_VALUE;
    int most = 0;
    for (Map.Entry<List<Object>, int[]> e : sessions.entrySet()) {
      int n = e.getValue()[0];
      if (n >= 2) {
        repeated++;
        if (outcomes.get(e.getKey()).size() == 1) {
          identical++;
          fewest = Math.min(fewest, n);
          most = Math.max(most, n);
        }
      }
    }
    return new Repetitions(repeated, identical, identical == 0 ? 0 : fewest, most);
  }

  /**
   * The warning to print when some blocks repeated one outcome, such as {@code in 40 of 40
   * blocks, 10 repetitions gave 1 distinct outcome: ...}.
   */
  public Optional<String> warning() {
    if (identicalBlocks == 0) {
      return Optional.empty();
    }
    String times = fewest == most ? String.valueOf(most) : fewest + "–" + most;
    return Optional.of(String.format(Locale.ROOT, "Warning: in %d of %d blocks, %s repetitions "
        + "gave 1 distinct outcome: repeating a deterministic session adds no information. Each "
        + "block counts once in the intervals, so more repetitions do not narrow them; more "
        + "scenarios or opponents do.", identicalBlocks, repeatedBlocks, times));
  }
}
