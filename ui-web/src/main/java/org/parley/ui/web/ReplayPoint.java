package org.parley.ui.web;

import com.google.gson.JsonObject;
import java.util.Set;
import org.parley.engine.io.JsonNode;

/**
 * Where a game takes a stored negotiation over: its transcript's id and the rounds kept from it
 * ({@code {"transcript": ID, "round": k}} in requests, class settings and a game's view).
 */
record ReplayPoint(String transcript, int round) {

  static ReplayPoint read(JsonNode node) {
    node.allowOnly(Set.of("transcript", "round"));
    return new ReplayPoint(node.get("transcript").string(), node.get("round").integer());
  }

  JsonObject json() {
    JsonObject o = new JsonObject();
    o.addProperty("transcript", transcript);
    o.addProperty("round", round);
    return o;
  }
}
