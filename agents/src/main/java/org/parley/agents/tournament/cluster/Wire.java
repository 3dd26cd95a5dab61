package org.parley.agents.tournament.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.util.ArrayList;
import java.util.List;
import org.parley.agents.jade.Messages;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.transcript.Seat;

/**
 * The messages between a tournament's master and its workers, in the one ACL envelope
 * ({@link Messages}):
 * <ul>
 *   <li>worker → master, INFORM {@link #HELLO} every second: {@code {"threads": 2}}; the master
 *       answers INFORM {@link #HELLO} too, so each side knows the other is alive;
 *   <li>master → worker, REQUEST {@link #WORK}: {@code {"runtime", "turnLimitMs", "scenarios":
 *       {id: scenario JSON the worker has not had yet}, "sessions": [{"id", "scenario", "seed",
 *       "seats": [{"party", "spec"}]}]}};
 *   <li>worker → master, INFORM {@link #RESULT} per session: {@code {"id", "transcript"}}, or
 *       FAILURE {@link #RESULT} {@code {"id", "error"}} when Parley itself failed;
 *   <li>master → worker, INFORM {@link #DONE}: the tournament is over, leave; the worker answers
 *       INFORM {@link #BYE} before it goes, so the master knows the word arrived.
 * </ul>
 */
final class Wire {

  static final String MASTER = "parley-master";
  static final String HELLO = "parley-worker-hello";
  static final String WORK = "parley-work";
  static final String RESULT = "parley-result";
  static final String DONE = "parley-done";
  static final String BYE = "parley-bye";

  private Wire() {
  }

  static ACLMessage message(int performative, AID to, String ontology, JsonObject content) {
    return Messages.message(performative, to, null, ontology, content.toString());
  }

  /** A message's content, read by the one JSON reader: errors name the message and the path. */
  static JsonNode content(ACLMessage msg) {
    String text = Messages.content(msg);
    return JsonNode.parse(msg.getOntology() + " from " + msg.getSender().getName(),
        text.isEmpty() ? "{}" : text);
  }

  static JsonObject session(PlannedSession s) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("scenario", s.scenario());
    o.addProperty("seed", s.seed());
    JsonArray seats = new JsonArray();
    for (int i = 0; i < s.parties().size(); i++) {
      JsonObject seat = new JsonObject();
      seat.addProperty("party", s.parties().get(i));
      seat.addProperty("spec", s.strategies().get(i).spec().text());
      seats.add(seat);
    }
    o.add("seats", seats);
    return o;
  }

  static SessionSpec sessionSpec(JsonNode o, Deadline deadline) {
    List<Seat> seats = new ArrayList<>();
    for (JsonNode seat : o.get("seats").items()) {
      seats.add(seat.build(() -> new Seat(seat.get("party").string(),
          new NegotiatorSpec(seat.get("spec").string()))));
    }
    return o.build(() -> new SessionSpec(o.get("id").string(), seats, o.get("seed").longValue(),
        deadline));
  }
}
