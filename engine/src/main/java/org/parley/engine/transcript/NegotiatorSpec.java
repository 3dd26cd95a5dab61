package org.parley.engine.transcript;

import java.util.Objects;

/**
 * How to build a negotiator, as written by a user: a preset name ({@code boulware}) or a JSON object
 * naming the parts and parameters. The engine stores it verbatim (in transcripts) and never reads
 * it; the strategy catalog in the agents module interprets it.
 */
public record NegotiatorSpec(String text) {

  public NegotiatorSpec {
    Objects.requireNonNull(text, "negotiator spec");
    text = text.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("negotiator spec is empty");
    }
  }

  /** True for a JSON object, false for a bare preset name. */
  public boolean isJson() {
    return text.startsWith("{");
  }

  @Override
  public String toString() {
    return text;
  }
}
