package org.parley.agents.tournament.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.transcript.Seat;

/**
 * The messages between a tournament's master and its workers, all JSON as UTF-8 bytes:
 * <ul>
 *   <li>worker → master, INFORM {@link #HELLO} every second: {@code {"threads": 2}}; the master
 *       answers INFORM {@link #HELLO} too, so each side knows the other is alive;
 *   <li>master → worker, REQUEST {@link #WORK}: {@code {"runtime", "turnLimitMs", "scenarios":
 *       {id: scenario JSON the worker has not had yet}, "sessions": [{"id", "scenario", "seed",
 *       "seats": [{"party", "spec"}]}]}};
 *   <li>worker → master, INFORM {@link #RESULT} per session: {@code {"id", "transcript"}}, or
 *       FAILURE {@link #RESULT} {@code {"id", "error"}} when Parley itself failed;
 *   <li>master → worker, INFORM {@link #DONE}: the tournament is over, leave.
 * </ul>
 */
final class Wire {

  static final String MASTER = "parley-master";
  static final String HELLO = "parley-worker-hello";
  static final String WORK = "parley-work";
  static final String RESULT = "parley-result";
  static final String DONE = "parley-done";

  private Wire() {
  }

  static ACLMessage message(int performative, AID to, String ontology, JsonObject content) {
    ACLMessage msg = new ACLMessage(performative);
    msg.addReceiver(to);
    msg.setOntology(ontology);
    msg.setLanguage("application/json");
    msg.setByteSequenceContent(content.toString().getBytes(StandardCharsets.UTF_8));
    return msg;
  }

  static JsonObject content(ACLMessage msg) {
    byte[] bytes = msg.getByteSequenceContent();
    return JsonParser.parseString(bytes == null ? "{}" : new String(bytes,
        StandardCharsets.UTF_8)).getAsJsonObject();
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

  static SessionSpec sessionSpec(JsonObject o, Deadline deadline) {
    List<Seat> seats = new ArrayList<>();
    for (var e : o.getAsJsonArray("seats")) {
      JsonObject seat = e.getAsJsonObject();
      seats.add(new Seat(seat.get("party").getAsString(),
          new NegotiatorSpec(seat.get("spec").getAsString())));
    }
    return new SessionSpec(o.get("id").getAsString(), seats, o.get("seed").getAsLong(), deadline);
  }
}
