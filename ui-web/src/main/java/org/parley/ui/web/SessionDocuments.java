package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.analysis.Move;
import org.parley.engine.analysis.MoveClassifier;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.SessionOutcome;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Metrics;
import org.parley.engine.transcript.Transcript;

/**
 * The JSON documents of sessions: a stored transcript's replay, its events and outcome, as the
 * replay, play and lab pages draw them. Actions are written as everywhere ({@link ActionCodec}),
 * with the words people read beside them.
 */
final class SessionDocuments {

  private SessionDocuments() {
  }

  /** The replay of a stored transcript: the board plus every event, classified. */
  static JsonObject replay(String id, Transcript t, ScenarioAnalysis analysis) {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("sessionId", t.sessionId());
    o.addProperty("seed", t.seed());
    o.addProperty("runtime", t.runtime());
    // a deadline in seconds only: the rounds it lasted are its length
    o.addProperty("rounds", t.deadline().hasRounds() ? t.deadline().rounds()
        : t.outcome().round() + 1);
    if (t.deadline().hasSeconds()) {
      o.addProperty("seconds", t.deadline().seconds());
    }
    JsonObject seats = new JsonObject();
    t.seats().forEach(s -> seats.addProperty(s.party(), s.negotiator().text()));
    o.add("seats", seats);
    o.add("space", ScenarioDocuments.space(analysis));
    Map<Integer, Move> moves = new HashMap<>();
    for (Move m : MoveClassifier.classify(t)) {
      moves.put(m.turn(), m);
    }
    JsonArray events = new JsonArray();
    for (Event e : t.events()) {
      JsonObject eo = event(e);
      Move m = moves.get(e.turn());
      if (m != null) {
        eo.addProperty("move", m.type().name().toLowerCase(java.util.Locale.ROOT));
      }
      events.add(eo);
    }
    o.add("events", events);
    o.add("outcome", outcome(t.outcome()));
    o.add("metrics", metrics(t.metrics()));
    o.add("lessons", Lessons.of(t, analysis));
    return o;
  }

  /** One event with every party's utility and the bot's reason: for replays and the lab. */
  static JsonObject event(Event e) {
    JsonObject eo = action(e.turn(), e.round(), e.action());
    JsonObject u = new JsonObject();
    e.utilities().forEach((p, v) -> u.addProperty(p, r(v)));
    eo.add("u", u);
    e.why().ifPresent(why -> {
      JsonObject w = new JsonObject();
      w.addProperty("rule", why.rule());
      JsonObject f = new JsonObject();
      why.figures().forEach((k, v) -> f.addProperty(k, r(v)));
      w.add("figures", f);
      eo.add("rationale", w);
    });
    return eo;
  }

  /** An action as the public record has it: who, what, which bid. */
  static JsonObject action(int turn, int round, Action action) {
    JsonObject o = new JsonObject();
    o.addProperty("turn", turn);
    o.addProperty("round", round);
    ActionCodec.write(o, action, ActionCodec::indices);
    o.addProperty("verb", ActionCodec.verb(action));
    return o;
  }

  static JsonObject outcome(SessionOutcome outcome) {
    JsonObject o = new JsonObject();
    o.addProperty("round", outcome.round());
    o.addProperty("text", TranscriptStore.describe(outcome));
    if (outcome instanceof SessionOutcome.Agreement a) {
      o.addProperty("agreement", true);
      o.add("bid", ActionCodec.indices(a.bid()));
    } else {
      SessionOutcome.NoAgreement n = (SessionOutcome.NoAgreement) outcome;
      o.addProperty("agreement", false);
      o.addProperty("reason", n.reason().key());
      o.addProperty("party", n.party());
      o.addProperty("detail", n.detail().lines().findFirst().orElse(""));
    }
    return o;
  }

  static JsonObject metrics(Metrics m) {
    JsonObject o = new JsonObject();
    JsonObject u = new JsonObject();
    m.utilities().forEach((p, v) -> u.addProperty(p, r(v)));
    o.add("utilities", u);
    o.addProperty("socialWelfare", r(m.socialWelfare()));
    o.addProperty("paretoDistance", m.paretoDistance() == null ? null : r(m.paretoDistance()));
    o.addProperty("nashDistance", m.nashDistance() == null ? null : r(m.nashDistance()));
    return o;
  }

  private static double r(double v) {
    return ScenarioDocuments.r(v);
  }
}
