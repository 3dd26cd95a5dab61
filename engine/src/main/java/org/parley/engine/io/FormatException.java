package org.parley.engine.io;

/**
 * A file or text that is not a valid Parley document. The message names the source, the JSON path
 * and the problem: {@code london.json: $.parties[0].profile.reservation: reservation value 1.5 must
 * be in [0,1]}. Each part is cut to {@link #MAX_PART} characters (its start and end kept), because
 * paths and problems quote the input: a 100,000-character key must not make a page-long error.
 */
public final class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  /** The longest source, path or problem kept whole. */
  static final int MAX_PART = 300;
  private final String source;
  private final String path;
  private final String problem;

  public FormatException(String source, String path, String problem) {
    super(clip(source) + ": " + clip(path) + ": " + clip(problem));
    this.source = clip(source);
    this.path = clip(path);
    this.problem = clip(problem);
  }

  public String source() {
    return source;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }

  /** {@code text} if short; else its first and last 140 characters around a count of the cut. */
  static String clip(String text) {
    if (text == null || text.length() <= MAX_PART) {
      return text;
    }
    int head = 140;
    int tail = text.length() - 140;
    if (Character.isLowSurrogate(text.charAt(head))) {
      head--; // never split a character in two
    }
    if (Character.isLowSurrogate(text.charAt(tail))) {
      tail--;
    }
    return text.substring(0, head) + "…(" + (tail - head) + " characters cut)…"
        + text.substring(tail);
  }
}
