package org.parley.agents.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link StrategyCheck} found.
 *
 * @param sessions sessions played (each played twice, for determinism)
 * @param failing per problem found, in how many sessions it showed
 * @param examples per problem found, the first {@link StrategyCheck#EXAMPLES} sessions
 * @param stoppedEarly the check stopped at its failure limit before playing every session
 */
public record CheckReport(int sessions, Map<Problem, Integer> failing,
    Map<Problem, List<Failure>> examples, boolean stoppedEarly) {

  public CheckReport {
    EnumMap<Problem, Integer> counts = new EnumMap<>(Problem.class);
    counts.putAll(failing);
    failing = Collections.unmodifiableMap(counts);
    EnumMap<Problem, List<Failure>> firsts = new EnumMap<>(Problem.class);
    examples.forEach((p, list) -> firsts.put(p, List.copyOf(list)));
    examples = Collections.unmodifiableMap(firsts);
  }

  public boolean passed() {
    return failing.isEmpty();
  }
}
