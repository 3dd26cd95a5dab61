package org.parley.engine.analysis;

/**
 * A classified offer: how it changed the mover's own utility ({@code deltaSelf}) and the others'
 * ({@code deltaOthers}, the mean over the other parties) against the mover's previous offer.
 */
public record Move(int turn, String party, MoveType type, double deltaSelf, double deltaOthers) {
}
