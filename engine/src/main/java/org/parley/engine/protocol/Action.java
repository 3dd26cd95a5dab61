package org.parley.engine.protocol;

/**
 * What a party does on its turn. Closed family: every protocol and codec handles exactly these three
 * (a test over {@code getPermittedSubclasses()} guards that).
 */
public sealed interface Action permits Offer, Accept, EndNegotiation {

  /** Id of the party that takes this action. */
  String party();
}
