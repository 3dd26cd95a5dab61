package org.parley.engine.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.engine.protocol.Offer;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Transcript;

/**
 * Classifies each offer against the same party's previous offer (Hindriks, Jonker &amp; Tykhonov
 * 2007), with Δself the change of the mover's utility, Δopp the change of the opponent's (with more
 * than two parties, the mean change over the others) and θ = {@link #THRESHOLD}, checked in order:
 * silent if |Δself| &lt; θ and |Δopp| &lt; θ; nice if |Δself| &lt; θ and Δopp &gt; 0; concession
 * if Δself &lt; 0 and Δopp ≥ 0; unfortunate if Δself ≤ 0 and Δopp &lt; 0; selfish if Δself &gt; 0
 * and Δopp ≤ 0; fortunate if Δself &gt; 0 and Δopp &gt; 0. A party's first offer has no class.
 */
public final class MoveClassifier {

  public static final double THRESHOLD = 0.03;

  private MoveClassifier() {
  }

  public static MoveType classify(double deltaSelf, double deltaOpp) {
    if (Math.abs(deltaSelf) < THRESHOLD && Math.abs(deltaOpp) < THRESHOLD) {
      return MoveType.SILENT;
    }
    if (Math.abs(deltaSelf) < THRESHOLD && deltaOpp > 0) {
      return MoveType.NICE;
    }
    if (deltaSelf < 0 && deltaOpp >= 0) {
      return MoveType.CONCESSION;
    }
    if (deltaSelf <= 0 && deltaOpp < 0) {
      return MoveType.UNFORTUNATE;
    }
    if (deltaSelf > 0 && deltaOpp <= 0) {
      return MoveType.SELFISH;
    }
    return MoveType.FORTUNATE;
  }

  public static List<Move> classify(Transcript transcript) {
    List<String> parties = transcript.scenario().partyIds();
    Map<String, Map<String, Double>> previous = new HashMap<>();
    List<Move> moves = new ArrayList<>();
    for (Event event : transcript.events()) {
      if (!(event.action() instanceof Offer offer)) {
        continue;
      }
      String mover = offer.party();
      Map<String, Double> before = previous.put(mover, event.utilities());
      if (before == null) {
        continue;
      }
      double deltaSelf = event.utilities().get(mover) - before.get(mover);
      double deltaOthers = 0;
      for (String other : parties) {
        if (!other.equals(mover)) {
          deltaOthers += event.utilities().get(other) - before.get(other);
        }
      }
      deltaOthers /= parties.size() - 1;
      moves.add(new Move(event.turn(), mover, classify(deltaSelf, deltaOthers), deltaSelf,
          deltaOthers));
    }
    return moves;
  }
}
