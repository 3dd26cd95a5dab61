package org.parley.engine.analysis;

import java.util.Locale;

/** The classes of a move (Hindriks, Jonker &amp; Tykhonov 2007, "Negotiation dynamics"). */
public enum MoveType {
  SILENT, NICE, CONCESSION, UNFORTUNATE, SELFISH, FORTUNATE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
