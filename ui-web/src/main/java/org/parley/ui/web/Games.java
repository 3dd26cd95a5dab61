package org.parley.ui.web;

import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import org.parley.agents.strategy.Preset;
import org.parley.agents.jade.HumanSeat;
import org.parley.agents.jade.JadeRuntime;
import org.parley.engine.io.ActionCodec;
import org.parley.engine.io.JsonNode;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.SessionOutcome.Reason;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.scenarios.ScenarioCatalog;

/**
 * The games people play against bots: starts them on the server's JADE platform, finds them by
 * their unguessable id, and stores each transcript when it ends. The bots' profiles, utilities and
 * reasons stay on the server until the game is over, when its transcript (the debrief) reveals
 * them.
 */
final class Games {

  static final int MAX_ROUNDS = 1000;

  private final JadeRuntime jade;
  private final org.parley.agents.strategy.StrategyCatalog catalog;
  private final Scenarios scenarios;
  private final TranscriptStore store;
  private final ExecutorService background;
  private final Slots slots;
  private final java.time.Duration idle;
  private final Map<String, Game> games = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final TakeOver takeOver;
  private final GameArchive archive;

  /** @param idle how long a player may leave a turn unanswered before the game ends */
  Games(JadeRuntime jade, org.parley.agents.strategy.StrategyCatalog catalog, Scenarios scenarios,
      TranscriptStore store, ExecutorService background, Slots slots, java.time.Duration idle) {
    this.catalog = catalog;
    this.idle = idle;
    this.jade = jade;
    this.scenarios = scenarios;
    this.store = store;
    this.background = background;
    this.slots = slots;
    this.takeOver = new TakeOver(this, store, jade, scenarios);
    this.archive = new GameArchive(store, background);
  }

  TakeOver takeOver() {
    return takeOver;
  }

  /**
   * The rounds a game in the room has by default: the scenario's, or {@link #MAX_ROUNDS} for a
   * scenario whose deadline is in seconds only (the room's games count rounds).
   */
  static int roomRounds(Scenario sc) {
    return Math.min(sc.deadline().roundLimit(), MAX_ROUNDS);
  }

  /** An unguessable id: 64 random bits in hex. */
  static String newId(SecureRandom random) {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** What a game is told as it goes: the player's actions and its end (a class records them). */
  interface Hooks {
    Hooks NONE = new Hooks() {
    };

    /** The player's action at turn {@code seq} of the session, just taken by the chair. */
    default void acted(Game game, int seq, org.parley.engine.protocol.Action action) {
    }

    /** Any action of the game (the player's, a bot's or a classmate's), in the chair's thread. */
    default void observed(Game game, Event event) {
    }

    /** A bot took the player's seat over, first answering at turn {@code seq}. */
    default void handedOver(Game game, int seq, NegotiatorSpec bot) {
    }

    /** The game is over; {@code transcriptId} is null while its transcript is not stored. */
    default void ended(Game game, Transcript transcript, String transcriptId) {
    }
  }

  /**
   * Everything that makes a game: the same setup and the same actions give the same game.
   *
   * @param id the game's id (a restored game keeps its own)
   * @param sides the parties people play (two people play each other); bots play the rest
   * @param opponent the bot for the other parties (null when people play every party)
   * @param endsAt when the game's wall-clock time runs out (epoch ms), or null
   * @param viewIds whether each person's game is known as {@code id.party} (a class) rather
   *     than {@code id}
   * @param from the replay this game continues ({@link TakeOver}), or null for a new game
   */
  record Setup(String id, Scenario scenario, List<String> sides, Opponent opponent, long seed,
      int rounds, Long endsAt, String client, Hooks hooks, boolean viewIds, Continued from) {
  }

  /**
   * A game that continues a stored negotiation: its session id and each bot's spec, so that the
   * bots draw the same random numbers and repeat what they did (their streams derive from the
   * session's seed, id and party: {@code Seeds}).
   */
  record Continued(ReplayPoint point, String session, Map<String, NegotiatorSpec> bots) {
  }

  /**
   * Starts a game for {@code client} (an IP address) and returns once it is the player's turn (or
   * the game ended).
   */
  JsonObject create(JsonNode request, String client) {
    request.allowOnly(Set.of("scenario", "side", "opponent", "seed", "rounds", "from"));
    if (request.opt("from").isPresent()) {
      return takeOver.start(request, client);
    }
    Scenario sc = scenarios.get(request.opt("scenario").map(JsonNode::string)
        .orElse(ScenarioCatalog.DEFAULT_ID));
    String side = request.opt("side").map(JsonNode::string).orElse(sc.partyIds().get(0));
    if (!sc.partyIds().contains(side)) {
      throw ApiError.badRequest("side: scenario '" + sc.id() + "' has no party '"
          + TranscriptStore.abbreviate(side) + "'; parties are " + sc.partyIds());
    }
    // a preset, a plug-in of the server, or a JSON spec of the player's own
    NegotiatorSpec bot = new NegotiatorSpec(request.opt("opponent").map(n -> n.isString()
        ? n.string() : n.raw().toString()).orElse(Preset.DEFAULT_OPPONENT));
    try {
      catalog.check(bot);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("opponent: " + TranscriptStore.abbreviate(e.getMessage(), 300));
    }
    long seed = request.opt("seed").map(JsonNode::longValue).orElse((long) random.nextInt(
        1_000_000));
    int rounds = request.opt("rounds").map(n -> n.integer(2, MAX_ROUNDS))
        .orElse(roomRounds(sc));
    Game game = start(new Setup(newId(random), sc, List.of(side), Opponent.chosen(bot), seed,
        rounds, null, client, Hooks.NONE, false, null), List.of()).get(0);
    game.advance(Game.BOT_WAIT);
    return game.view();
  }

  /**
   * What a restored game's log holds, in the order it happened: a person's action, or a bot
   * taking a person's seat over ({@code action} null).
   */
  record Logged(String party, org.parley.engine.protocol.Action action, NegotiatorSpec bot) {
  }

  /**
   * Starts the game of {@code setup}, first replaying {@code log} (the people's actions and seats
   * handed to bots, in the order they happened, as a restored game logged them) through it; the
   * bots recompute theirs. Returns each person's game, in the order of {@code setup.sides()}.
   */
  List<Game> start(Setup setup, List<Logged> log) {
    Scenario sc = setup.scenario();
    Slots.forgetOld(games, g -> g.endedAt);
    Slots.Slot slot = slots.acquire(setup.client());
    List<Seat> seats = new ArrayList<>();
    for (String p : sc.partyIds()) {
      seats.add(new Seat(p, setup.sides().contains(p) ? new NegotiatorSpec("human")
          : setup.from() != null ? setup.from().bots().get(p) : setup.opponent().spec()));
    }
    Deadline deadline = new Deadline(setup.rounds());
    Map<String, Game> people = new java.util.LinkedHashMap<>();
    Map<String, HumanSeat> humans = new java.util.LinkedHashMap<>();
    for (String side : setup.sides()) {
      String id = setup.viewIds() ? setup.id() + "." + side : setup.id();
      Opponent other = setup.opponent() != null ? setup.opponent() : Opponent.PERSON;
      Game game = new Game(id, scenarios.analysis(sc), side, other, new HumanSeat(idle),
          new EventLog(background), deadline, slot, setup.hooks());
      game.from = setup.from();
      people.put(side, game);
      humans.put(side, game.seat);
    }
    SessionSpec spec = new SessionSpec(setup.from() != null ? setup.from().session()
        : "game-" + setup.id(), seats, setup.seed(), deadline);
    people.values().forEach(g -> games.put(g.id, g));
    CompletableFuture<Transcript> done;
    org.parley.agents.jade.MessageLog messages = new org.parley.agents.jade.MessageLog();
    people.values().forEach(g -> g.messages = messages);
    try {
      done = jade.start(scenarios.analysis(sc), spec, humans, Map.of(),
          e -> people.values().forEach(g -> g.observe(e)), messages);
    } catch (RuntimeException e) {
      people.values().forEach(g -> games.remove(g.id));
      slot.release();
      throw e;
    }
    for (Game game : people.values()) {
      game.done = done;
      done.whenCompleteAsync((t, error) -> archive.finish(game, t, error), background);
      if (setup.endsAt() != null) {
        game.endsAt = setup.endsAt();
      }
    }
    if (setup.endsAt() != null) {
      watchTheClock(people.values().iterator().next());
    }
    try {
      for (Logged entry : log) {
        Game game = people.get(entry.party());
        if (entry.action() != null) {
          game.replay(entry.action());
        } else {
          game.handOver(entry.bot(), false);
        }
      }
    } catch (RuntimeException e) { // the log does not fit the game: it must not run on
      jade.cancel(done, null, Reason.CANCELLED, "its log could not be replayed");
      throw e;
    }
    return List.copyOf(people.values());
  }

  /** Ends the game as a timeout once its wall-clock time has run out (it may be extended). */
  private void watchTheClock(Game game) {
    long left = game.endsAt - System.currentTimeMillis();
    if (left > 0) {
      CompletableFuture.delayedExecutor(left, TimeUnit.MILLISECONDS, background)
          .execute(() -> watchTheClock(game));
    } else if (!game.done.isDone()) {
      jade.cancel(game.done, null, Reason.TIMEOUT, "the game's time ran out");
    }
  }

  /** Gives a running game {@code extra} more time; false if it has no limit or is over. */
  boolean extend(String id, java.time.Duration extra) {
    Game game = game(id);
    if (game.endsAt == 0 || game.done.isDone()) {
      return false;
    }
    long endsAt = Math.max(game.endsAt, System.currentTimeMillis()) + extra.toMillis();
    games.values().stream().filter(g -> g.done == game.done).forEach(g -> g.endsAt = endsAt);
    return true;
  }

  /** Hands a running game's player seat to a bot (the player left); returns the game's view. */
  JsonObject handOver(String id, NegotiatorSpec bot) {
    Game game = game(id);
    if (game.done.isDone()) {
      throw ApiError.conflict("the game is over");
    }
    if (game.seat.handedOver()) {
      throw ApiError.conflict("a bot plays this seat already");
    }
    game.handOver(bot, true);
    return game.view();
  }

  /** Ends a running game from outside (the instructor): cancelled, blamed on no one. */
  JsonObject end(String id, String why) {
    Game game = game(id);
    if (jade.cancel(game.done, null, Reason.CANCELLED, why)) {
      game.awaitEnd(Game.BOT_WAIT);
    }
    return game.view();
  }

  /** The game of {@code id}, if the server runs or remembers it. */
  java.util.Optional<Game> find(String id) {
    return java.util.Optional.ofNullable(id == null ? null : games.get(id));
  }

  /** Ends a running game as cancelled by its player; returns its final view. */
  JsonObject cancel(String id) {
    Game game = game(id);
    if (jade.cancel(game.done, game.side, Reason.CANCELLED, "the player ended the game")) {
      game.awaitEnd(Game.BOT_WAIT);
    }
    return game.view();
  }

  JsonObject view(String id) {
    Game game = game(id);
    game.advance(java.time.Duration.ZERO);
    return game.view();
  }

  JsonObject act(String id, JsonNode request) {
    return game(id).act(request);
  }

  /** The player's utility of {@code bid} ({@code 0,2,1}: a level index per issue). */
  JsonObject utility(String id, String bid) {
    Game game = game(id);
    if (bid == null || bid.isBlank()) {
      throw ApiError.badRequest("bid: missing; give one level index per issue, e.g. bid=0,2,1");
    }
    return game.utility(ActionCodec.readIndices(JsonNode.parse("bid", "[" + bid + "]")));
  }

  EventLog events(String id) {
    return game(id).log;
  }

  private Game game(String id) {
    Game g = id == null ? null : games.get(id);
    if (g == null) {
      throw ApiError.notFound("no game '" + TranscriptStore.abbreviate(id) + "'");
    }
    return g;
  }
}
