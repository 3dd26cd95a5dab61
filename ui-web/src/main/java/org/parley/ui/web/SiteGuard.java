package org.parley.ui.web;

import io.javalin.http.Context;

/**
 * The room answers its own pages only. A request that changes anything must send JSON and, if it
 * names its origin, come from the room's own; on a loopback address the Host must name this machine
 * (no DNS rebinding).
 */
final class SiteGuard {

  /** Addresses that mean "this machine only". */
  static final java.util.Set<String> LOOPBACK = java.util.Set.of("127.0.0.1",
      "localhost", "::1", "[::1]");

  private SiteGuard() {
  }

  /**
   * Requests from other sites are refused: a request that changes anything must send JSON (a page
   * elsewhere can only send forms and text without asking first) and, if it names its origin,
   * come from this server's; on a loopback address the Host must name this machine (DNS
   * rebinding). Tools like curl send no Origin and pass.
   */
  static void refuseOthers(Context ctx, boolean loopback) {
    String host = String.valueOf(ctx.host());
    if (loopback) {
      String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
          : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
      if (!LOOPBACK.contains(name)) {
        throw new ApiError(403, "this server answers only for this machine, not for host '"
            + TranscriptStore.abbreviate(host) + "'");
      }
    }
    String method = ctx.method().name();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    String type = String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT);
    // another site's page can send a DELETE only after asking (CORS), which this server never grants
    if (!method.equals("DELETE") && !type.startsWith("application/json")) {
      throw new ApiError(415, "a " + method + " must send JSON (Content-Type: application/json)");
    }
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)) {
      throw new ApiError(403, "requests from another site (" + TranscriptStore.abbreviate(origin)
          + ") are refused");
    }
  }
}
