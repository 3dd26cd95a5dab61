package org.parley.ui.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * What Parley prints to a terminal: control characters other than newline, carriage return and
 * tab are shown escaped ({@code \u001b}), so text from a file (a scenario's title, a party's name,
 * a transcript's detail) cannot move the cursor, recolour or rewrite the user's terminal.
 */
final class TerminalWriter extends FilterWriter {

  TerminalWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
      out.write(String.format(Locale.ROOT, "\\u%04x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(buffer[i]);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset; i < offset + length; i++) {
      write(text.charAt(i));
    }
  }
}
