package org.parley.engine.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.AlternatingOffers;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.Protocol;

/**
 * A board: the domain, the parties with their private profiles, the protocol with its default
 * deadline, and reference bids. Parties move in list order.
 */
public record Scenario(String id, String title, String description, Domain domain,
    List<Party> parties, String protocol, Deadline deadline, List<ReferenceBid> references) {

  public Scenario {
    Objects.requireNonNull(id, "scenario id");
    if (!id.matches("[a-z0-9][a-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("scenario id '" + id
          + "' must be 1-64 lower-case letters, digits, '.', '_' or '-'");
    }
    title = title == null || title.isBlank() ? id : title;
    description = description == null ? "" : description;
    Objects.requireNonNull(domain, "domain");
    parties = List.copyOf(parties);
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(deadline, "deadline");
    references = List.copyOf(references == null ? List.of() : references);

    Set<String> ids = new HashSet<>();
    for (Party party : parties) {
      if (!ids.add(party.id())) {
        throw new IllegalArgumentException("party '" + party.id() + "' appears twice");
      }
      if (!party.profile().utility().domain().equals(domain)) {
        throw new IllegalArgumentException(
            "the profile of party '" + party.id() + "' is for another domain");
      }
    }
    AlternatingOffers named = (AlternatingOffers) AlternatingOffers.named(protocol)
        .orElseThrow(() -> new IllegalArgumentException("unknown protocol '" + protocol
            + "'; expected " + AlternatingOffers.BILATERAL + " or " + AlternatingOffers.STACKED));
    named.checkPartyCount(parties.size()).ifPresent(p -> {
      throw new IllegalArgumentException(p);
    });
    Set<String> refIds = new HashSet<>();
    for (ReferenceBid ref : references) {
      if (!refIds.add(ref.id())) {
        throw new IllegalArgumentException("reference '" + ref.id() + "' appears twice");
      }
      domain.check(ref.bid()).ifPresent(p -> {
        throw new IllegalArgumentException("reference '" + ref.id() + "': " + p);
      });
    }
  }

  public Protocol protocolRules() {
    return AlternatingOffers.named(protocol).orElseThrow();
  }

  public List<String> partyIds() {
    return parties.stream().map(Party::id).toList();
  }

  public Optional<Party> party(String partyId) {
    return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
  }

  public Party requireParty(String partyId) {
    return party(partyId).orElseThrow(() -> new IllegalArgumentException(
        "scenario '" + id + "' has no party '" + partyId + "'; parties are " + partyIds()));
  }

  public Optional<ReferenceBid> reference(String referenceId) {
    return references.stream().filter(r -> r.id().equals(referenceId)).findFirst();
  }

  /** The same scenario with another default deadline. */
  public Scenario withDeadline(Deadline newDeadline) {
    return new Scenario(id, title, description, domain, parties, protocol, newDeadline, references);
  }
}
