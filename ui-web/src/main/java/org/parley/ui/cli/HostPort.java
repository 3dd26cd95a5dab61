package org.parley.ui.cli;

/** A {@code HOST:PORT} option value. */
record HostPort(String host, int port) {

  static HostPort parse(String option, String value) {
    int colon = value.lastIndexOf(':');
    String error = option + " must be HOST:PORT, got '" + value + "'";
    if (colon <= 0 || colon == value.length() - 1) {
      throw new Parley.UserError(error);
    }
    try {
      int port = Integer.parseInt(value.substring(colon + 1));
      if (port < 0 || port > 65535) {
        throw new Parley.UserError(error + " (port 0-65535)");
      }
      return new HostPort(value.substring(0, colon), port);
    } catch (NumberFormatException e) {
      throw new Parley.UserError(error);
    }
  }
}
