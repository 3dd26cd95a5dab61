package org.parley.agents.jade;

import jade.core.AID;

/** A delegation that joined the platform from another container: its agent, side and strategy. */
public record JoinedDelegation(AID aid, String party, String strategy) {
}
