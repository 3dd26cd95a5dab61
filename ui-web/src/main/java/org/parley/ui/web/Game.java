package org.parley.ui.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.parley.agents.jade.HumanSeat;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.IllegalActionException;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Profile;

/**
 * One person's game against bots, through a {@link HumanSeat} on the server's JADE platform. The
 * documents it serves carry the player's own profile and the public record only. Rules are the
 * protocol's: an illegal move comes back as the chair's refusal (a 409 with the protocol's
 * violation) and the game goes on. Guarded by its own monitor, apart from the observer's log.
 */
final class Game {

  /** How long one request waits for the bots to answer before it reports "waiting". */
  static final Duration BOT_WAIT = Duration.ofSeconds(20);

  final String id;
  final Scenario scenario;
  final String side;
  final Opponent opponent;
  private final Games.Hooks hooks;

  final HumanSeat seat;
  final EventLog log;
  final Slots.Slot slot;
  private final Deadline deadline;
  private final Bid best;
  /** The public record as the chair reported it, action by action (the chair's thread adds). */
  private final List<JsonObject> record = new ArrayList<>();
  volatile CompletableFuture<Transcript> done;
  private NegotiationView turn;
  private Transcript transcript;
  private String transcriptId;
  private String failure;
  /** Why the finished game's transcript is not stored yet (it is being retried), or null. */
  private String unsaved;
  volatile long endedAt;
  /** When the game's wall-clock time runs out (epoch ms); 0: no limit. */
  volatile long endsAt;
  /** The FIPA-ACL messages of the game's session, as its chair records them. */
  volatile org.parley.agents.jade.MessageLog messages;
  /** The stored negotiation this game continues, or null. */
  volatile Games.Continued from;
  /** When the current turn came to the player (epoch ms). */
  private long turnSince;

  Game(String id, ScenarioAnalysis analysis, String side, Opponent opponent,
      HumanSeat seat, EventLog log, Deadline deadline, Slots.Slot slot, Games.Hooks hooks) {
    this.slot = slot;
    this.hooks = hooks;
    this.id = id;
    this.scenario = analysis.scenario();
    this.side = side;
    this.opponent = opponent;
    this.seat = seat;
    this.log = log;
    this.deadline = deadline;
    var ranking = analysis.ranking(side);
    this.best = ranking.bidAt(ranking.size() - 1); // ranked ascending
    seat.onTurn(() -> log.publish("turn", "{}", false)); // the page fetches its view then
  }

  Games.Hooks hooks() {
    return hooks;
  }

  private Profile mine() {
    return scenario.requireParty(side).profile();
  }

  /** Called in the chair's thread for each action: only what the player may know leaves it. */
  void observe(Event e) {
    JsonObject o = SessionDocuments.action(e.turn(), e.round(), e.action());
    Double u = e.utilities().get(side);
    if (u != null) {
      o.addProperty("utility", ScenarioDocuments.r(u));
    }
    synchronized (record) {
      record.add(o);
    }
    log.publish("action", o.toString(), false);
    hooks.observed(this, e);
  }

  /** Called once the session is over, with its transcript or the failure. */
  void finish(Transcript t, String transcriptId, Throwable error, String unsaved) {
    synchronized (this) {
      transcript = t;
      this.transcriptId = transcriptId;
      this.unsaved = unsaved;
      failure = error == null ? null : String.valueOf(error.getMessage());
      turn = null;
      endedAt = System.nanoTime();
      JsonObject end = new JsonObject();
      if (t != null) {
        end.add("outcome", SessionDocuments.outcome(t.outcome()));
        if (transcriptId != null) {
          end.addProperty("transcript", transcriptId);
        }
      }
      if (failure != null) {
        end.addProperty("error", failure);
      }
      if (unsaved != null) {
        end.addProperty("unsaved", unsaved);
      }
      log.publish("end", end.toString(), true);
      notifyAll();
    }
  }

  /** The transcript that could not be written at the end is stored now. */
  synchronized void stored(String id) {
    transcriptId = id;
    unsaved = null;
  }

  /** Waits up to {@code max} for the end of the game (after a cancellation). */
  synchronized void awaitEnd(Duration max) {
    long end = System.nanoTime() + max.toNanos();
    try {
      while (endedAt == 0 && System.nanoTime() < end) {
        wait(Math.max(1, (end - System.nanoTime()) / 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits up to {@code max} for the player's turn or the end of the game. */
  synchronized void advance(Duration max) {
    if (turn != null || endedAt != 0) {
      return;
    }
    try {
      Optional<NegotiationView> v = seat.awaitTurn(max);
      if (v.isPresent()) {
        turn = v.get();
        turnSince = System.currentTimeMillis();
        return;
      }
      long stop = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (seat.outcome().isDone() && endedAt == 0 && System.nanoTime() < stop) {
        wait(20); // lets finish() in
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The player's move, as {@link ActionCodec} reads it ({@code {"action": "offer", "bid": [0, 2,
   * 1]}}); the protocol alone judges it.
   */
  synchronized JsonObject act(JsonNode request) {
    if (endedAt != 0) {
      throw ApiError.conflict("the game is over");
    }
    advance(Duration.ZERO);
    if (turn == null) {
      throw ApiError.conflict(endedAt != 0 ? "the game is over"
          : "it is not your turn: the other side is still thinking");
    }
    request.allowOnly(Set.of("action", "bid"));
    take(ActionCodec.read(request, side, ActionCodec::readIndices), true);
    // a bot answers within moments; a classmate may take minutes (the page hears of it by events)
    advance(opponent == Opponent.PERSON ? Duration.ZERO : BOT_WAIT);
    return view();
  }

  /**
   * Hands the seat to {@code bot}; it first answers at the seat's next turn (now, if it is the
   * player's), which the hooks hear of unless this is {@code record}ed already (a restore), when
   * it waits until the bot has answered.
   */
  void handOver(NegotiatorSpec bot, boolean record) {
    synchronized (this) {
      turn = null;
    }
    java.util.concurrent.CompletableFuture<Integer> taken = seat.handOver(bot);
    if (record) {
      taken.thenAccept(index -> hooks.handedOver(this, index, bot));
    } else {
      try {
        taken.get(BOT_WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("game " + id + ": the bot did not take the seat of "
            + side + " over", e);
      }
    }
  }

  /**
   * Plays {@code action} again, as a restored game's log recorded it: it must be legal where it
   * was taken, or the log does not belong to this game.
   */
  synchronized void replay(Action action) {
    advance(BOT_WAIT);
    if (turn == null) {
      throw new IllegalStateException("game " + id + ": the log has an action of " + side
          + " but " + (endedAt != 0 ? "the game is over" : "it is not that player's turn"));
    }
    take(action, false);
  }

  /**
   * Sends the player's action; a refusal is a 409 and the turn stays the player's. A taken action
   * is told to the hooks unless it is {@code replayed} from their own record.
   */
  private void take(Action action, boolean record) {
    NegotiationView was = turn;
    turn = null;
    try {
      seat.decide(Decision.of(action)).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalActionException refused) {
        turn = was; // the chair refused the move: the turn is still the player's
        throw ApiError.conflict(refused.violation().message());
      }
      throw new ApiError(500, "the move was not taken: " + e.getCause().getMessage());
    } catch (TimeoutException e) {
      throw new ApiError(504, "the platform did not take the move within 10 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted");
    }
    if (record) {
      hooks.acted(this, was.history().size(), action); // the turn it was taken at
    }
  }

  /** The player's own utility of a bid, and of each one-issue change of it. */
  JsonObject utility(Bid bid) {
    scenario.domain().check(bid).ifPresent(problem -> {
      throw ApiError.badRequest("bid: " + problem);
    });
    Profile mine = mine();
    JsonObject o = new JsonObject();
    o.addProperty("utility", ScenarioDocuments.r(mine.utility().utility(bid)));
    JsonArray options = new JsonArray();
    int[] levels = bid.toArray();
    for (int i = 0; i < scenario.domain().issueCount(); i++) {
      JsonArray per = new JsonArray();
      int keep = levels[i];
      for (int l = 0; l < scenario.domain().issue(i).size(); l++) {
        levels[i] = l;
        per.add(ScenarioDocuments.r(mine.utility().utility(Bid.of(levels))));
      }
      levels[i] = keep;
      options.add(per);
    }
    o.add("options", options);
    return o;
  }

  synchronized JsonObject view() {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("state", endedAt != 0 ? "over" : seat.handedOver() ? "handed-over"
        : turn != null ? "your-turn" : "waiting");
    o.add("scenario", ScenarioDocuments.publicScenario(scenario));
    o.addProperty("side", side);
    JsonObject opp = new JsonObject();
    opp.addProperty("preset", opponent.name());
    opp.addProperty("title", opponent.title());
    opp.addProperty("note", opponent.note());
    opp.addProperty("level", opponent.level());
    o.add("opponent", opp);
    if (from != null) {
      o.add("from", from.point().json());
    }
    Profile mine = mine();
    o.addProperty("reservation", ScenarioDocuments.r(mine.reservation()));
    String briefing = scenario.requireParty(side).briefing();
    if (briefing != null) {
      o.addProperty("briefing", briefing); // the player's own: written for that side only
    }
    o.addProperty("discount", ScenarioDocuments.r(mine.discount()));
    o.addProperty("rounds", deadline.rounds());
    // times in epoch ms, with the server's now: the page counts down against its own clock
    o.addProperty("now", System.currentTimeMillis());
    if (endsAt != 0) {
      o.addProperty("endsAt", endsAt);
    }
    if (turn != null) {
      o.addProperty("turnEndsAt", turnSince + seat.turnLimit().toMillis());
    }
    o.add("best", ActionCodec.indices(best));
    if (turn != null) {
      o.addProperty("round", turn.round());
      o.addProperty("roundsLeft", deadline.rounds() - turn.round());
      if (turn.standingBid() != null) {
        JsonObject standing = new JsonObject();
        standing.add("bid", ActionCodec.indices(turn.standingBid()));
        standing.addProperty("utility", ScenarioDocuments.r(mine.utility().utility(
            turn.standingBid())));
        o.add("standing", standing);
      }
    }
    JsonArray h = new JsonArray();
    synchronized (record) {
      record.forEach(a -> h.add(a.deepCopy()));
    }
    o.add("history", h);
    if (transcript != null) {
      o.add("outcome", SessionDocuments.outcome(transcript.outcome()));
      o.addProperty("myUtility", ScenarioDocuments.r(transcript.metrics().utilities().get(side)));
      if (transcriptId != null) {
        o.addProperty("transcript", transcriptId);
      }
      if (unsaved != null) {
        o.addProperty("unsaved", unsaved);
      }
    }
    if (failure != null) {
      o.addProperty("error", "the game failed on the server: " + failure);
    }
    return o;
  }
}
