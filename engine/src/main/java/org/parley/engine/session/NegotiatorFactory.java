package org.parley.engine.session;


import org.parley.engine.transcript.NegotiatorSpec;

/** Builds the negotiator a spec describes, for one party of one session. */
@FunctionalInterface
public interface NegotiatorFactory {

  /**
   * @throws IllegalArgumentException when the spec names nothing known or has bad parameters
   */
  Negotiator create(NegotiatorSpec spec, PartySetup setup);
}
