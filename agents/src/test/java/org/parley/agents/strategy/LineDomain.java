package org.parley.agents.strategy;

import java.util.List;
import java.util.Map;
import org.parley.engine.analysis.BidRanking;
import org.parley.engine.domain.Domain;
import org.parley.engine.domain.Issue;
import org.parley.engine.domain.Level;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.utility.LinearAdditiveUtility;
import org.parley.engine.utility.LinearEvaluator;
import org.parley.engine.utility.Profile;

/** A test domain where every target utility exists: the strategies' formulas checked by hand. */
public final class LineDomain {

  private LineDomain() {
  }

  /** One numeric issue 0..100 in steps of 1: own utility = level / 100, so every target exists. */
  public static final Domain LINE = new Domain("line", List.of(new Issue("x", null, "",
      java.util.stream.IntStream.rangeClosed(0, 100)
          .mapToObj(i -> new Level(String.valueOf(i), null, (double) i)).toList())));
  public static final LinearAdditiveUtility UP = new LinearAdditiveUtility(LINE, Map.of("x", 1.0),
      Map.of("x", new LinearEvaluator(true)));
  public static final BidRanking RANKING = BidRanking.of(UP);

  public static NegotiationView view(double reservation, int round, int rounds) {
    Deadline d = new Deadline(rounds);
    return new NegotiationView("me", LINE, new Profile(UP, reservation, 1.0), d, round,
        d.progress(round), List.of(), null);
  }
}
