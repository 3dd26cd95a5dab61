package org.parley.engine.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named, ordered list of issues. Bids are numbered 0 .. {@link #size()}-1 in mixed radix, the
 * first issue being the most significant digit; {@link #bidAt(long)} and {@link #ordinal(Bid)} map
 * between the two.
 */
public record Domain(String name, List<Issue> issues) {

  public Domain {
    Objects.requireNonNull(name, "domain name");
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("domain '" + name + "' has no issues");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < issues.size(); i++) {
      if (seen.put(issues.get(i).id(), i) != null) {
        throw new IllegalArgumentException(
            "domain '" + name + "' lists issue '" + issues.get(i).id() + "' twice");
      }
    }
  }

  public int issueCount() {
    return issues.size();
  }

  public Issue issue(int index) {
    return issues.get(index);
  }

  public Optional<Integer> indexOf(String issueId) {
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).id().equals(issueId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public int requireIndexOf(String issueId) {
    return indexOf(issueId)
        .orElseThrow(() -> new IllegalArgumentException(
            "domain '" + name + "' has no issue '" + issueId + "'; issues are " + issueIds()));
  }

  public List<String> issueIds() {
    return issues.stream().map(Issue::id).toList();
  }

  /** Number of distinct bids (product of the level counts). */
  public long size() {
    long size = 1;
    for (Issue issue : issues) {
      try {
        size = Math.multiplyExact(size, issue.size());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("domain '" + name + "' has more bids than can be "
            + "counted (over " + Long.MAX_VALUE + ")", e);
      }
    }
    return size;
  }

  /** Why this bid does not fit the domain, or empty when it does. */
  public Optional<String> check(Bid bid) {
    if (bid.issueCount() != issues.size()) {
      return Optional.of("bid has " + bid.issueCount() + " issue(s), domain '" + name + "' has "
          + issues.size());
    }
    for (int i = 0; i < issues.size(); i++) {
      if (bid.level(i) >= issues.get(i).size()) {
        return Optional.of("bid picks level index " + bid.level(i) + " for issue '"
            + issues.get(i).id() + "', which has " + issues.get(i).size() + " levels");
      }
    }
    return Optional.empty();
  }

  public Bid requireValid(Bid bid) {
    check(bid).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    return bid;
  }

  /** Builds a bid from issue id to level id; every issue must be named, and nothing else. */
  public Bid bid(Map<String, String> levelIds) {
    for (String issueId : levelIds.keySet()) {
      requireIndexOf(issueId);
    }
    int[] levels = new int[issues.size()];
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      String levelId = levelIds.get(issue.id());
      if (levelId == null) {
        throw new IllegalArgumentException("bid names no level for issue '" + issue.id() + "'");
      }
      levels[i] = issue.requireIndexOf(levelId);
    }
    return Bid.of(levels);
  }

  /** Issue id to level id, in issue order. */
  public Map<String, String> levelIds(Bid bid) {
    requireValid(bid);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < issues.size(); i++) {
      out.put(issues.get(i).id(), issues.get(i).level(bid.level(i)).id());
    }
    return out;
  }

  /** Issue name to readable level, in issue order. */
  public Map<String, String> describe(Bid bid) {
    requireValid(bid);
    return java.util.stream.IntStream.range(0, issues.size()).boxed()
        .collect(Collectors.toMap(i -> issues.get(i).name(), i -> issues.get(i).display(bid.level(i)),
            (a, b) -> a, LinkedHashMap::new));
  }

  public Bid bidAt(long ordinal) {
    int[] levels = new int[issues.size()];
    long rest = ordinal;
    for (int i = issues.size() - 1; i >= 0; i--) {
      int radix = issues.get(i).size();
      levels[i] = (int) (rest % radix);
      rest /= radix;
    }
    if (ordinal < 0 || rest != 0) {
      throw new IllegalArgumentException("bid ordinal " + ordinal + " outside 0.." + (size() - 1));
    }
    return Bid.wrap(levels);
  }

  public long ordinal(Bid bid) {
    requireValid(bid);
    long ordinal = 0;
    for (int i = 0; i < issues.size(); i++) {
      ordinal = ordinal * issues.get(i).size() + bid.level(i);
    }
    return ordinal;
  }
}
