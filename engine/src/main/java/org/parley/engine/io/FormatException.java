package org.parley.engine.io;

/**
 * A file or text that is not a valid Parley document. The message names the source, the JSON path
 * and the problem: {@code london.json: $.parties[0].profile.reservation: reservation value 1.5 must
 * be in [0,1]}.
 */
public final class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String source;
  private final String path;
  private final String problem;

  public FormatException(String source, String path, String problem) {
    super(source + ": " + path + ": " + problem);
    this.source = source;
    this.path = path;
    this.problem = problem;
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
}
