package org.parley.ui.web;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.agents.jade.JadeRuntime;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;

/**
 * "Take over as China from here": a new game whose first k rounds are a stored negotiation's, with
 * the bots on the other sides continuing exactly as they would have. Bots are deterministic given
 * the session's seed and id (their random streams derive from those and their party), so the game
 * runs with the stored session's id, seed, deadline and bot specs, and the person's seat plays the
 * stored actions of its party for the first k rounds; the bots recompute theirs. The new game's
 * first k rounds are then compared with the stored ones: a bot that does not repeat itself (a
 * plug-in that reads the clock, another version of a strategy) stops the game with a 409 naming
 * the first action that differs.
 */
final class TakeOver {

  /** What a class's game is shown to play against when it continues a replay. */
  static final String REPLAY_BOTS = "the replay's bots";

  private final Games games;
  private final TranscriptStore store;
  private final JadeRuntime jade;
  private final Scenarios scenarios;
  private final SecureRandom random = new SecureRandom();

  TakeOver(Games games, TranscriptStore store, JadeRuntime jade, Scenarios scenarios) {
    this.games = games;
    this.store = store;
    this.jade = jade;
    this.scenarios = scenarios;
  }

  /** What a continued game is made of: its setup and the person's stored actions. */
  record Plan(Games.Continued from, List<Games.Logged> log, Opponent opponent) {
  }

  /** POST /api/games with {@code {"side": "china", "from": {"transcript": ID, "round": k}}}. */
  JsonObject start(JsonNode request, String client) {
    request.allowOnly(Set.of("side", "from"));
    ReplayPoint from = ReplayPoint.read(request.get("from"));
    Transcript t = store.read(from.transcript());
    String side = request.opt("side").map(JsonNode::string)
        .orElse(t.scenario().partyIds().get(0));
    Plan plan = plan(t, from, side);
    Games.Setup setup = new Games.Setup(Games.newId(random), t.scenario(), List.of(side),
        plan.opponent(), t.seed(), t.deadline().rounds(), null, client, Games.Hooks.NONE, false,
        plan.from());
    return start(setup, plan.log(), t).get(0).view();
  }

  /**
   * The settings of a class whose every game continues a replay after the same rounds (the
   * instructor's "everyone takes over as China after round 30"); 4xx when it cannot be.
   */
  Classroom.Settings forClass(JsonNode request) {
    for (String fixed : List.of("scenario", "opponent", "rounds", "seed", "pairing")) {
      if (request.opt(fixed).isPresent()) {
        throw ApiError.badRequest(fixed + ": a class that continues a replay takes its scenario, "
            + "bots, seed and rounds from the replay; leave '" + fixed + "' out");
      }
    }
    ReplayPoint from = ReplayPoint.read(request.get("from"));
    Transcript t = store.read(from.transcript());
    if (!scenarios.get(t.scenario().id()).equals(t.scenario())) {
      throw ApiError.conflict("from: the replay's scenario is not the server's '"
          + t.scenario().id() + "'; a class can continue replays of its own scenarios only");
    }
    String side = request.opt("side").map(JsonNode::string).orElse("alternating");
    List<String> sides = side.equals("alternating") || side.equals("chosen")
        ? t.scenario().partyIds() : List.of(side);
    for (String s : sides) {
      plan(t, from, s);
    }
    Integer minutes = request.opt("minutes").map(n -> n.integer(1, 24 * 60)).orElse(null);
    return new Classroom.Settings(t.scenario().id(), side, REPLAY_BOTS, t.deadline().rounds(),
        minutes, t.seed(), false, from);
  }

  /**
   * Starts a class's game that continues {@code from} with people as {@code sides}, after
   * replaying {@code actions} (a restored game's log).
   */
  List<Game> startForClass(Games.Setup setup, ReplayPoint from, List<Games.Logged> actions) {
    Transcript t = store.read(from.transcript());
    List<Games.Logged> log = new ArrayList<>();
    Plan plan = null;
    for (String side : setup.sides()) {
      plan = plan(t, from, side);
      log.addAll(plan.log());
    }
    log.addAll(actions);
    return start(new Games.Setup(setup.id(), t.scenario(), setup.sides(), plan.opponent(),
        t.seed(), t.deadline().rounds(), setup.endsAt(), setup.client(), setup.hooks(),
        setup.viewIds(), plan.from()), log, t);
  }

  /**
   * The plan to continue {@code t} (the transcript {@code from} names) with a person as {@code side}
   * after {@code from}'s rounds; 4xx when it cannot be continued there.
   */
  static Plan plan(Transcript t, ReplayPoint from, String side) {
    int round = from.round();
    if (!t.scenario().partyIds().contains(side)) {
      throw ApiError.badRequest("side: the replay has no party '" + TranscriptStore.abbreviate(side)
          + "'; parties are " + t.scenario().partyIds());
    }
    if (t.deadline().hasSeconds()) {
      throw ApiError.conflict("this negotiation had a deadline in seconds: its bots saw the "
          + "clock, so they cannot be made to repeat it; only negotiations in rounds can be "
          + "taken over");
    }
    int last = t.events().isEmpty() ? 0 : t.events().get(t.events().size() - 1).round();
    if (round < 0 || round > last) {
      throw ApiError.badRequest("from.round: this negotiation ended in round " + (last + 1)
          + "; take it over after 0 to " + last + " rounds, got " + round);
    }
    Map<String, NegotiatorSpec> bots = new LinkedHashMap<>();
    for (Seat seat : t.seats()) {
      if (seat.party().equals(side)) {
        continue;
      }
      if (seat.negotiator().text().equals("human")) {
        throw ApiError.conflict(t.scenario().requireParty(seat.party()).name() + "'s seat in this "
            + "negotiation was a person's: only bots can continue as they played");
      }
      bots.put(seat.party(), seat.negotiator());
    }
    List<Games.Logged> log = new ArrayList<>();
    for (Event e : prefix(t, round)) {
      if (e.action().party().equals(side)) {
        log.add(new Games.Logged(side, e.action(), null));
      }
    }
    String names = String.join(" and ", bots.values().stream().map(NegotiatorSpec::text).toList());
    Opponent opponent = bots.size() == 1 ? Opponent.chosen(bots.values().iterator().next())
        : new Opponent(names, names, "the bots of the replay, playing on as they played", "",
            null);
    return new Plan(new Games.Continued(from, t.sessionId(), bots), log, opponent);
  }

  /** The actions of the first {@code round} rounds. */
  static List<Event> prefix(Transcript t, int round) {
    return t.events().stream().filter(e -> e.round() < round).toList();
  }

  /**
   * Starts the game and checks that its first rounds are the stored ones; a game that differs is
   * ended and reported.
   */
  List<Game> start(Games.Setup setup, List<Games.Logged> log, Transcript t) {
    List<Game> started;
    try {
      started = games.start(setup, log);
    } catch (IllegalArgumentException e) {
      throw ApiError.conflict("cannot continue this negotiation: " + TranscriptStore.abbreviate(
          String.valueOf(e.getMessage()), 300));
    } catch (IllegalStateException | ApiError e) { // a stored action the game would not take
      throw ApiError.conflict("the bots did not repeat the stored negotiation (" + TranscriptStore
          .abbreviate(String.valueOf(e.getMessage()), 300) + ")");
    }
    Game game = started.get(0);
    game.advance(Game.BOT_WAIT);
    String differs = firstDifference(game, prefix(t, setup.from().point().round()), t);
    if (differs != null) {
      jade.cancel(game.done, null, Reason.CANCELLED, "the bots did not repeat the replay");
      throw ApiError.conflict("the bots did not repeat the stored negotiation: " + differs
          + ". A bot that is not deterministic, or another version of its strategy, cannot be "
          + "continued.");
    }
    return started;
  }

  /** The first action of the game that is not the stored one, in words, or null. */
  private static String firstDifference(Game game, List<Event> prefix, Transcript t) {
    var history = game.view().getAsJsonArray("history");
    for (int i = 0; i < prefix.size(); i++) {
      Event e = prefix.get(i);
      JsonObject stored = SessionDocuments.action(e.turn(), e.round(), e.action());
      if (i >= history.size()) {
        return "action " + (i + 1) + " (round " + (e.round() + 1) + ") never came";
      }
      JsonObject now = history.get(i).getAsJsonObject().deepCopy();
      now.remove("utility");
      if (!now.equals(stored)) {
        return "action " + (i + 1) + " (round " + (e.round() + 1) + ") was " + stored
            + " and is now " + now;
      }
    }
    return null;
  }
}
