package org.parley.ui.web;

import org.parley.agents.strategy.Preset;
import org.parley.engine.transcript.NegotiatorSpec;

/** The bot a person plays against, as the person sees it: a name, a note, and what it runs. */
record Opponent(String name, String description, String difficulty, NegotiatorSpec spec) {

  /** The other side is a classmate. */
  static final Opponent PERSON = new Opponent("a classmate", "another student plays the other "
      + "side", "a person", null);

  static Opponent of(Preset preset) {
    return new Opponent(preset.name(), preset.description(), preset.difficulty(),
        new NegotiatorSpec(preset.name()));
  }

  /** A preset by name, or a strategy the instructor wrote as a JSON spec or a plug-in name. */
  static Opponent of(String spec) {
    for (Preset p : Preset.ALL) {
      if (p.name().equals(spec)) {
        return of(p);
      }
    }
    return new Opponent("your instructor's bot", "a strategy your instructor chose", "",
        new NegotiatorSpec(spec));
  }
}
