package org.parley.agents.strategy;

import java.util.List;
import java.util.Map;
import org.parley.agents.strategy.acceptance.AcceptCombi;
import org.parley.agents.strategy.acceptance.AcceptConstant;
import org.parley.agents.strategy.acceptance.AcceptGap;
import org.parley.agents.strategy.acceptance.AcceptNext;
import org.parley.agents.strategy.acceptance.AcceptPrevious;
import org.parley.agents.strategy.acceptance.AcceptTime;
import org.parley.agents.strategy.bidding.MicroBidding;
import org.parley.agents.strategy.bidding.NiceTitForTatBidding;
import org.parley.agents.strategy.bidding.RandomBidding;
import org.parley.agents.strategy.bidding.TimeDependentBidding;
import org.parley.agents.strategy.bidding.TitForTatBidding;
import org.parley.agents.strategy.model.BayesianModel;
import org.parley.agents.strategy.model.FrequencyModel;
import org.parley.agents.strategy.model.NoModel;
import org.parley.engine.session.PartySetup;

/**
 * A kind of BOA part (Baarslag et al.) a spec can name: its type name, the slot it fills, its
 * parameters and how to build it. {@link #ALL} lists the built-in ones; adding a part is one entry
 * there.
 */
public record Part(Slot slot, String type, String description, List<Parameter> parameters,
    Builder builder) {

  /** Which BOA slot a part fills. */
  public enum Slot { BIDDING, MODEL, ACCEPTANCE }

  /** Builds a part from checked parameters for one party. */
  @FunctionalInterface
  public interface Builder {
    Object build(Map<String, Double> p, PartySetup setup);
  }

  private static Parameter p(String name, double def, double min, double max, String what) {
    return new Parameter(name, def, min, max, what);
  }

  private static Parameter whole(String name, double def, double min, double max, String what) {
    return new Parameter(name, def, min, max, what, true);
  }

  private static final List<Parameter> TIME = List.of(
      p("e", 1.0, 0, 100, "concession exponent: <1 Boulware (late), 1 linear, >1 Conceder, 0 never"),
      p("k", 0.0, 0, 1, "initial concession; 0 opens with the best bid"),
      whole("floor", 0, 0, 1, "what the curve concedes to: 0 the reservation value (default), 1 the "
          + "worst bid as GENIUS (offers still stop at the reservation value)"));
  private static final List<Parameter> SCALE = List.of(
      p("a", 1.0, 0.01, 10, "scale of the offer's utility"),
      p("b", 0.0, -1, 1, "offset added to it"));

  /** Every built-in part, in the order 'parley strategies' lists them. */
  public static final List<Part> ALL = List.of(
      new Part(Slot.BIDDING, "time-dependent",
          "Faratin et al. 1998: target 1 − f(t) between the floor and the best bid", TIME,
          (q, s) -> new TimeDependentBidding(q.get("e"), q.get("k"), floor(q.get("floor")),
              s.ranking())),
      new Part(Slot.BIDDING, "tit-for-tat", "Faratin et al. 1998: reciprocate the opponent's "
          + "concession (mode 0 relative, 1 absolute, 2 averaged over a window)",
          List.of(whole("mode", 0, 0, 2, "0 relative, 1 absolute, 2 averaged"),
              whole("window", 2, 1, 20, "averaged mode: how many offers back")),
          (q, s) -> new TitForTatBidding(TitForTatBidding.Mode.values()[(int) (double) q.get(
              "mode")], (int) (double) q.get("window"), s.ranking())),
      new Part(Slot.BIDDING, "nice-tit-for-tat", "Baarslag et al. 2013: mirror the opponent's "
          + "concession as the model measures it, ignore its selfish moves", List.of(),
          (q, s) -> new NiceTitForTatBidding(s.ranking())),
      new Part(Slot.BIDDING, "random", "a uniformly random bid above the reservation value",
          List.of(), (q, s) -> new RandomBidding(s.ranking(), s.random())),
      new Part(Slot.BIDDING, "micro", "de Jonge 2022: concede one bid at a time, only as often "
          + "as the opponent makes new offers", List.of(),
          (q, s) -> new MicroBidding(s.ranking(), s.random())),
      new Part(Slot.MODEL, "none", "no opponent model", List.of(), (q, s) -> NoModel.INSTANCE),
      new Part(Slot.MODEL, "frequency", "HardHeaded frequency model (van Krimpen et al. 2013)",
          List.of(p("l", 0.2, 0, 1, "learning coefficient; weight gain g = l/n")),
          (q, s) -> new FrequencyModel(s.domain(), q.get("l"))),
      new Part(Slot.MODEL, "bayesian", "Bayesian model (Hindriks & Tykhonov 2008), per-issue "
          + "hypotheses", List.of(), (q, s) -> new BayesianModel(s.domain())),
      new Part(Slot.ACCEPTANCE, "AC_next", "accept iff a·u(offer) + b ≥ u(next own bid)", SCALE,
          (q, s) -> new AcceptNext(q.get("a"), q.get("b"))),
      new Part(Slot.ACCEPTANCE, "AC_prev", "accept iff a·u(offer) + b ≥ u(previous own bid)",
          SCALE, (q, s) -> new AcceptPrevious(q.get("a"), q.get("b"))),
      new Part(Slot.ACCEPTANCE, "AC_gap", "accept iff u(offer) + c ≥ u(previous own bid)",
          List.of(p("c", 0.01, 0, 1, "gap")), (q, s) -> new AcceptGap(q.get("c"))),
      new Part(Slot.ACCEPTANCE, "AC_const", "accept iff u(offer) ≥ c",
          List.of(p("c", 0.8, 0, 1, "threshold utility")), (q, s) -> new AcceptConstant(q.get("c"))),
      new Part(Slot.ACCEPTANCE, "AC_time", "accept anything (above reservation) once t > T",
          List.of(p("T", 0.99, 0, 1, "time threshold")), (q, s) -> new AcceptTime(q.get("T"))),
      new Part(Slot.ACCEPTANCE, "AC_combi", "AC_next, or after T the best offer of the last 1 − t",
          List.of(p("T", 0.98, 0, 1, "time from which the window rule applies")),
          (q, s) -> new AcceptCombi(q.get("T"), s.parties().size())));

  private static TimeDependentBidding.Floor floor(double value) {
    return value == 1 ? TimeDependentBidding.Floor.WORST_BID
        : TimeDependentBidding.Floor.RESERVATION;
  }

  /** The types that fill {@code slot}. */
  static List<String> types(Slot slot) {
    return ALL.stream().filter(x -> x.slot() == slot).map(Part::type).toList();
  }
}
