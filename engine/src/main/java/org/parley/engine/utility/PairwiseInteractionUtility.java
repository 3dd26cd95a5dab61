package org.parley.engine.utility;

import java.util.List;
import java.util.Objects;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;

/**
 * Additive utility with pairwise interaction terms: U(ω) = clip(Σ_k w_k·e_k(ω_k) + Σ_j δ_j·[ω
 * matches term j], 0, 1). Clipping keeps utilities in [0,1]; it is not rescaled, so a bid the
 * additive part rates 0.98 with a 0.05 bonus scores 1. Compare GeniusWeb's SumOfGroupsUtilitySpace,
 * which models interacting issues as groups.
 */
public final class PairwiseInteractionUtility implements UtilityFunction {

  private final LinearAdditiveUtility additive;
  private final List<InteractionTerm> terms;
  private final int[] issueA;
  private final int[] levelA;
  private final int[] issueB;
  private final int[] levelB;
  private final double[] delta;

  public PairwiseInteractionUtility(LinearAdditiveUtility additive, List<InteractionTerm> terms) {
    this.additive = Objects.requireNonNull(additive, "additive part");
    this.terms = List.copyOf(Objects.requireNonNull(terms, "interaction terms"));
    Domain domain = additive.domain();
    int n = this.terms.size();
    issueA = new int[n];
    levelA = new int[n];
    issueB = new int[n];
    levelB = new int[n];
    delta = new double[n];
    for (int j = 0; j < n; j++) {
      InteractionTerm t = this.terms.get(j);
      issueA[j] = domain.requireIndexOf(t.issueA());
      levelA[j] = domain.issue(issueA[j]).requireIndexOf(t.levelA());
      issueB[j] = domain.requireIndexOf(t.issueB());
      levelB[j] = domain.issue(issueB[j]).requireIndexOf(t.levelB());
      delta[j] = t.delta();
    }
  }

  public LinearAdditiveUtility additive() {
    return additive;
  }

  public List<InteractionTerm> terms() {
    return terms;
  }

  @Override
  public Domain domain() {
    return additive.domain();
  }

  @Override
  public double utility(Bid bid) {
    double u = additive.utility(bid);
    for (int j = 0; j < delta.length; j++) {
      if (bid.level(issueA[j]) == levelA[j] && bid.level(issueB[j]) == levelB[j]) {
        u += delta[j];
      }
    }
    return Math.min(1.0, Math.max(0.0, u));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseInteractionUtility other && additive.equals(other.additive)
        && terms.equals(other.terms);
  }

  @Override
  public int hashCode() {
    return additive.hashCode() * 31 + terms.hashCode();
  }

  @Override
  public String toString() {
    return "PairwiseInteractionUtility" + terms;
  }
}
