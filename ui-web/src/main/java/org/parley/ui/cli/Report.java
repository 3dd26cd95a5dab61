package org.parley.ui.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.engine.analysis.Move;
import org.parley.engine.analysis.MoveClassifier;
import org.parley.engine.analysis.MoveType;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.analysis.SolutionPoint;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Action;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Party;
import org.parley.engine.scenario.ReferenceBid;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.protocol.SessionOutcome.Agreement;
import org.parley.engine.protocol.SessionOutcome.NoAgreement;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Metrics;
import org.parley.engine.transcript.Transcript;

/** How sessions and scenarios are printed on a terminal. */
final class Report {

  private final PrintWriter out;

  Report(PrintWriter out) {
    this.out = out;
  }

  static String f3(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  /** Compact bid: issue=level id, in issue order. */
  static String shortBid(Domain domain, Bid bid) {
    StringBuilder s = new StringBuilder();
    domain.levelIds(bid).forEach((issue, level) -> {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(issue).append('=').append(level);
    });
    return s.toString();
  }

  void header(Transcript t) {
    Scenario scenario = t.scenario();
    out.printf("%s: %s%n", scenario.id(), scenario.title());
    StringBuilder seats = new StringBuilder();
    t.seats().forEach(s -> seats.append(seats.length() > 0 ? ", " : "").append(s.party())
        .append(" = ").append(s.negotiator()));
    out.printf("%s, %s, seed %d, %s runtime: %s%n%n", scenario.protocol(),
        t.deadline().describe(), t.seed(), t.runtime(), seats);
  }

  void event(Scenario scenario, Event e, boolean explain) {
    Action a = e.action();
    String what = a instanceof Offer o
        ? String.format("%-8s %s", ActionCodec.verb(a), shortBid(scenario.domain(), o.bid()))
        : ActionCodec.verb(a).toUpperCase(java.util.Locale.ROOT);
    StringBuilder utilities = new StringBuilder();
    e.utilities().forEach((p, u) -> utilities.append("  ").append(p).append(' ').append(f3(u)));
    out.printf("r%-3d %-6s %s%s%n", e.round() + 1, a.party(), what, utilities); // 1-based
    if (explain) {
      e.why().ifPresent(r -> {
        StringBuilder figures = new StringBuilder();
        r.figures().forEach((k, v) -> figures.append(' ').append(k).append('=').append(f3(v)));
        out.printf("       why: %s%s%n", r.rule(), figures);
      });
    }
  }

  /** " of 100" for a deadline in rounds; for one in seconds, the t at the end. */
  private static String ofRounds(Transcript t) {
    String of = t.deadline().hasRounds() ? " of " + t.deadline().rounds() : "";
    if (!t.deadline().hasSeconds()) {
      return of;
    }
    return of + " at t = " + f3(t.endProgress());
  }

  void summary(Transcript t, ScenarioAnalysis analysis) {
    Scenario scenario = t.scenario();
    Metrics m = t.metrics();
    out.println();
    if (t.outcome() instanceof Agreement a) {
      out.printf("AGREEMENT in round %d%s%n", a.round() + 1, ofRounds(t));
      analysis.scenario().domain().describe(a.bid())
          .forEach((issue, level) -> out.printf("  %-55s %s%n", issue + ":", level));
    } else if (t.outcome() instanceof NoAgreement n) {
      out.printf("NO AGREEMENT (%s) in round %d%s%s%n", n.reason().key(), n.round() + 1,
          ofRounds(t), n.party() == null ? "" : ", caused by '" + n.party() + "'");
      String detail = n.detail().lines().findFirst().orElse("");
      if (!detail.isEmpty()) {
        out.println("  " + detail);
      }
    }
    out.println();
    for (Party p : scenario.parties()) {
      out.printf("  %-8s utility %s   (reservation %s)%n", p.id(), f3(m.utilities().get(p.id())),
          f3(p.profile().reservation()));
    }
    if (m.agreement()) {
      out.printf("  social welfare %s, distance to Pareto frontier %s%n", f3(m.socialWelfare()),
          f3(m.paretoDistance()));
    }
    Optional<SolutionPoint> nash = analysis.nash();
    nash.ifPresent(n -> out.printf("  Nash point %s%s%n", utilities(scenario, n.utilities()),
        m.nashDistance() == null ? "" : ", distance " + f3(m.nashDistance())));
    if (!scenario.references().isEmpty()) {
      out.println();
      out.println("For comparison:");
      references(scenario, analysis);
    }
  }

  void references(Scenario scenario, ScenarioAnalysis analysis) {
    for (ReferenceBid ref : scenario.references()) {
      double[] u = analysis.utilities(ref.bid());
      double gap = analysis.frontier().distance(u);
      out.printf("  %-46s %s  %s%n", ref.name() + (ref.date().isEmpty() ? "" : " (" + ref.date()
          + ")"), utilities(scenario, u), gap == 0 ? "on the Pareto frontier"
          : f3(gap) + " inside the frontier");
    }
  }

  void moves(Transcript t) {
    List<Move> moves = MoveClassifier.classify(t);
    out.println();
    out.println("Moves (Hindriks et al. 2007, threshold " + MoveClassifier.THRESHOLD + "):");
    for (String party : t.scenario().partyIds()) {
      Map<MoveType, Integer> counts = new EnumMap<>(MoveType.class);
      moves.stream().filter(mv -> mv.party().equals(party))
          .forEach(mv -> counts.merge(mv.type(), 1, Integer::sum));
      StringBuilder s = new StringBuilder();
      for (MoveType type : MoveType.values()) {
        s.append(String.format(Locale.ROOT, " %s %d", type.key(), counts.getOrDefault(type, 0)));
      }
      out.printf("  %-8s%s%n", party, s);
    }
  }

  static String utilities(Scenario scenario, double[] u) {
    Map<String, String> parts = new LinkedHashMap<>();
    for (int i = 0; i < u.length; i++) {
      parts.put(scenario.parties().get(i).id(), f3(u[i]));
    }
    StringBuilder s = new StringBuilder();
    parts.forEach((p, v) -> s.append(s.length() > 0 ? " " : "").append(p).append(' ').append(v));
    return s.toString();
  }
}
