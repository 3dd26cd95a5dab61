package org.parley.engine.session;

/**
 * Anything that decides a party's actions: a bot strategy or a human seat. It sees only its own
 * {@link NegotiationView}, never another party's profile. One instance serves one party in one
 * session.
 */
public interface Negotiator {

  /** Called on each of this party's turns. The returned action is checked by the protocol. */
  Decision act(NegotiationView view);
}
