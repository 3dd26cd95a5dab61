package org.parley.agents.tournament.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.agents.jade.Messages;
import org.parley.engine.io.JsonNode;
import org.parley.engine.tournament.PlannedSession;
import org.parley.engine.tournament.TournamentSpec;
import org.parley.engine.transcript.NegotiatorSpec;

/**
 * The messages between a tournament's master and its workers, in the one ACL envelope
 * ({@link Messages}):
 * <ul>
 *   <li>worker → master, INFORM {@link #HELLO} every second: {@code {"threads": 2, "ready":
 *       false}}; the master answers INFORM {@link #HELLO} too, so each side knows the other is
 *       alive;
 *   <li>master → worker, INFORM {@link #WELCOME} on its first hello: {@code {"runtime",
 *       "turnLimitMs", "transcripts": true, "scenarios": {id: scenario JSON}}}; the worker
 *       prepares each scenario's rankings and solutions, then says hello with {@code "ready":
 *       true}, and only then is it given sessions (and counted among the workers a run awaits);
 *   <li>master → worker, REQUEST {@link #WORK}: {@code {"sessions": [{"id", "scenario",
 *       "repetition", "seed", "seats": [{"party", "name", "spec"}]}]}};
 *   <li>worker → master, INFORM {@link #RESULTS}: finished sessions in a batch, with the rows
 *       and transcript text the output folder records ({@link ResultBatch});
 *   <li>master → worker, INFORM {@link #DONE}: the tournament is over, leave; the worker answers
 *       INFORM {@link #BYE} before it goes, so the master knows the word arrived.
 * </ul>
 */
final class Wire {

  static final String MASTER = "parley-master";
  static final String HELLO = "parley-worker-hello";
  static final String WELCOME = "parley-welcome";
  static final String WORK = "parley-work";
  static final String RESULTS = "parley-results";
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

  /** What a worker needs before its first session: the run's settings and every scenario. */
  static JsonObject welcome(String runtime, int turnLimitMs, boolean transcripts,
      Map<String, String> scenarios) {
    JsonObject all = new JsonObject();
    scenarios.forEach(all::addProperty);
    JsonObject welcome = new JsonObject();
    welcome.addProperty("runtime", runtime);
    welcome.addProperty("turnLimitMs", turnLimitMs);
    welcome.addProperty("transcripts", transcripts);
    welcome.add("scenarios", all);
    return welcome;
  }

  static JsonObject session(PlannedSession s) {
    JsonObject o = new JsonObject();
    o.addProperty("id", s.id());
    o.addProperty("scenario", s.scenario());
    o.addProperty("repetition", s.repetition());
    o.addProperty("seed", s.seed());
    JsonArray seats = new JsonArray();
    for (int i = 0; i < s.parties().size(); i++) {
      JsonObject seat = new JsonObject();
      seat.addProperty("party", s.parties().get(i));
      seat.addProperty("name", s.strategies().get(i).name());
      seat.addProperty("spec", s.strategies().get(i).spec().text());
      seats.add(seat);
    }
    o.add("seats", seats);
    return o;
  }

  /** The session {@link #session} wrote, as the master planned it. */
  static PlannedSession plannedSession(JsonNode o) {
    List<String> parties = new ArrayList<>();
    List<TournamentSpec.Entry> strategies = new ArrayList<>();
    for (JsonNode seat : o.get("seats").items()) {
      parties.add(seat.get("party").string());
      strategies.add(seat.build(() -> new TournamentSpec.Entry(seat.get("name").string(),
          new NegotiatorSpec(seat.get("spec").string()))));
    }
    return o.build(() -> new PlannedSession(o.get("id").string(), o.get("scenario").string(),
        parties, strategies, o.get("repetition").integer(), o.get("seed").longValue()));
  }
}
