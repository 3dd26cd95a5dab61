package org.parley.ui.web;

import org.parley.agents.strategy.Preset;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * The bot a person plays against, as the person sees it.
 *
 * @param name the preset's id, the plug-in's name, or what else plays
 * @param title the name a student reads ("Quick conceder")
 * @param note what it does, in one line
 * @param level easy, medium or hard for a preset; empty when unknown
 * @param spec what it runs (null for a classmate)
 */
record Opponent(String name, String title, String note, String level, NegotiatorSpec spec) {

  /** The other side is a classmate. */
  static final Opponent PERSON = new Opponent("a classmate", "a classmate",
      "another student plays the other side", "a person", null);

  static Opponent of(Preset preset) {
    return new Opponent(preset.name(), preset.title(), preset.note(), preset.level().word(),
        new NegotiatorSpec(preset.name()));
  }

  /** A preset by name, or a strategy the instructor wrote as a JSON spec or a plug-in name. */
  static Opponent of(String spec) {
    return Preset.named(spec).map(Opponent::of).orElseGet(() -> new Opponent(
        "your instructor's bot", "your instructor's bot", "a strategy your instructor chose", "",
        new NegotiatorSpec(spec)));
  }

  /** What a player chose to face in practice: a preset, a plug-in's name or a JSON spec. */
  static Opponent chosen(NegotiatorSpec spec) {
    return Preset.named(spec.text()).map(Opponent::of).orElseGet(() -> spec.isJson()
        ? new Opponent("your own bot", "your own bot", "the JSON spec you gave", "", spec)
        : new Opponent(spec.text(), spec.text(), "a plug-in strategy of this server", "", spec));
  }
}
