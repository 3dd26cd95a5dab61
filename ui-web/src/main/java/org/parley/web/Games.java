package org.parley.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.agents.jade.HumanSeat;
import org.parley.agents.jade.JadeRuntime;
import org.parley.agents.strategy.StrategyCatalog;
import org.parley.engine.analysis.ScenarioAnalysis;
import org.parley.engine.domain.Bid;
import org.parley.engine.domain.Domain;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.Deadline;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.scenario.Scenario;
import org.parley.engine.session.Decision;
import org.parley.engine.session.NegotiationView;
import org.parley.engine.transcript.NegotiatorSpec;
import org.parley.engine.session.SessionSpec;
import org.parley.engine.transcript.Event;
import org.parley.engine.transcript.Seat;
import org.parley.engine.transcript.Transcript;
import org.parley.engine.utility.Profile;

/**
 * Games (a person against bots, through a {@link HumanSeat}) and lab sessions (bots only, paced so
 * that people can watch), all on the server's JADE platform. A game's documents carry the player's
 * own profile and the public record only; the bots' profiles, utilities and reasons stay on the
 * server until the game is over, when its transcript (and so the debrief) reveals them.
 */
final class Games {

  private static final Logger LOG = Logger.getLogger(Games.class.getName());

  /** How long one request waits for the bots to answer before it reports "waiting". */
  static final Duration BOT_WAIT = Duration.ofSeconds(20);
  static final int MAX_RUNNING = 1000;
  static final int MAX_ROUNDS = 1000;
  static final int MAX_PACE_MS = 2000;
  private static final Duration KEEP_FINISHED = Duration.ofHours(2);

  private final JadeRuntime jade;
  private final StrategyCatalog catalog;
  private final Scenarios scenarios;
  private final TranscriptStore store;
  private final ExecutorService background;
  private final Map<String, Game> games = new ConcurrentHashMap<>();
  private final Map<String, Lab> labs = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  Games(JadeRuntime jade, StrategyCatalog catalog, Scenarios scenarios, TranscriptStore store,
      ExecutorService background) {
    this.jade = jade;
    this.catalog = catalog;
    this.scenarios = scenarios;
    this.store = store;
    this.background = background;
  }

  private String newId() {
    byte[] b = new byte[8];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private void admit() {
    long cutoff = System.nanoTime() - KEEP_FINISHED.toNanos();
    games.values().removeIf(g -> g.endedAt != 0 && g.endedAt - cutoff < 0);
    labs.values().removeIf(l -> l.endedAt != 0 && l.endedAt - cutoff < 0);
    long running = games.values().stream().filter(g -> g.endedAt == 0).count()
        + labs.values().stream().filter(l -> l.endedAt == 0).count();
    if (running >= MAX_RUNNING) {
      throw new ApiError(503, "the server is running " + running
          + " sessions, its limit; try again when some have ended");
    }
  }

  // ---------------------------------------------------------------- games

  /** Starts a game and returns once it is the player's turn (or the game ended). */
  JsonObject create(JsonObject request) {
    Requests r = new Requests(request, "game");
    Scenario sc = scenarios.get(r.string("scenario", "london-2025"));
    String side = r.string("side", sc.partyIds().get(0));
    if (!sc.partyIds().contains(side)) {
      throw ApiError.badRequest("side: scenario '" + sc.id() + "' has no party '"
          + TranscriptStore.abbreviate(side) + "'; parties are " + sc.partyIds());
    }
    String opponent = r.string("opponent", "conceder");
    StrategyCatalog.Preset preset = StrategyCatalog.PRESETS.stream()
        .filter(p -> p.name().equals(opponent)).findFirst()
        .orElseThrow(() -> ApiError.badRequest("opponent: no preset '"
            + TranscriptStore.abbreviate(opponent) + "'; presets are "
            + StrategyCatalog.PRESETS.stream().map(StrategyCatalog.Preset::name).toList()));
    long seed = r.longValue("seed", random.nextInt(1_000_000));
    int rounds = r.intValue("rounds", sc.deadline().rounds(), 2, MAX_ROUNDS);
    r.done();
    admit();
    List<Seat> seats = new ArrayList<>();
    for (String p : sc.partyIds()) {
      seats.add(new Seat(p, new NegotiatorSpec(p.equals(side) ? "human" : opponent)));
    }
    String id = newId();
    Game game = new Game(id, sc, side, preset, new HumanSeat(), new EventLog(background),
        new Deadline(rounds));
    SessionSpec spec = new SessionSpec("game-" + id, seats, seed, game.deadline);
    games.put(id, game);
    game.done = jade.start(scenarios.analysis(sc), spec, Map.of(side, game.seat), Map.of(),
        game::observe);
    game.done.whenCompleteAsync((t, error) -> game.finish(t, error), background);
    synchronized (game) {
      game.advance(BOT_WAIT);
      return game.view();
    }
  }

  JsonObject view(String id) {
    Game game = game(id);
    synchronized (game) {
      game.advance(Duration.ZERO);
      return game.view();
    }
  }

  JsonObject act(String id, JsonObject request) {
    Game game = game(id);
    synchronized (game) {
      return game.act(request);
    }
  }

  /** The player's own utility of a bid, and of each one-issue change of it. */
  JsonObject utility(String id, String bidText) {
    Game game = game(id);
    Domain domain = game.scenario.domain();
    Bid bid = parseBid(domain, bidText);
    Profile mine = game.scenario.requireParty(game.side).profile();
    JsonObject o = new JsonObject();
    o.addProperty("utility", Documents.r(mine.utility().utility(bid)));
    JsonArray options = new JsonArray();
    int[] levels = bid.toArray();
    for (int i = 0; i < domain.issueCount(); i++) {
      JsonArray per = new JsonArray();
      int keep = levels[i];
      for (int l = 0; l < domain.issue(i).size(); l++) {
        levels[i] = l;
        per.add(Documents.r(mine.utility().utility(Bid.of(levels))));
      }
      levels[i] = keep;
      options.add(per);
    }
    o.add("options", options);
    return o;
  }

  EventLog gameEvents(String id) {
    return game(id).log;
  }

  private Game game(String id) {
    Game g = id == null ? null : games.get(id);
    if (g == null) {
      throw ApiError.notFound("no game '" + TranscriptStore.abbreviate(id) + "'");
    }
    return g;
  }

  static Bid parseBid(Domain domain, String text) {
    if (text == null || text.isBlank()) {
      throw ApiError.badRequest("bid: missing; give one level index per issue, e.g. bid=0,2,1");
    }
    String[] parts = text.split(",", -1);
    if (parts.length != domain.issueCount()) {
      throw ApiError.badRequest("bid: " + parts.length + " levels given, the domain has "
          + domain.issueCount() + " issues");
    }
    int[] levels = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        levels[i] = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("bid[" + i + "]: '" + TranscriptStore.abbreviate(parts[i])
            + "' is not a level index");
      }
      checkLevel(domain, i, levels[i], "bid[" + i + "]");
    }
    return Bid.of(levels);
  }

  static Bid bidOf(Domain domain, JsonArray array, String path) {
    if (array.size() != domain.issueCount()) {
      throw ApiError.badRequest(path + ": " + array.size() + " levels given, the domain has "
          + domain.issueCount() + " issues");
    }
    int[] levels = new int[array.size()];
    for (int i = 0; i < levels.length; i++) {
      var e = array.get(i);
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()
          || e.getAsDouble() != Math.rint(e.getAsDouble())) {
        throw ApiError.badRequest(path + "[" + i + "]: expected a level index, got " + e);
      }
      levels[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, e.getAsDouble()));
      checkLevel(domain, i, levels[i], path + "[" + i + "]");
    }
    return Bid.of(levels);
  }

  private static void checkLevel(Domain domain, int issue, int level, String path) {
    int size = domain.issue(issue).size();
    if (level < 0 || level >= size) {
      throw ApiError.badRequest(path + ": issue '" + domain.issue(issue).id() + "' has levels 0.."
          + (size - 1) + ", got " + level);
    }
  }

  /** One person's game. Guarded by its own monitor, apart from the observer's log. */
  private final class Game {
    final String id;
    final Scenario scenario;
    final String side;
    final StrategyCatalog.Preset preset;
    final HumanSeat seat;
    final EventLog log;
    final Deadline deadline;
    volatile CompletableFuture<Transcript> done;
    NegotiationView turn;
    List<Action> history = List.of();
    Transcript transcript;
    String transcriptId;
    String failure;
    volatile long endedAt;

    Game(String id, Scenario scenario, String side, StrategyCatalog.Preset preset, HumanSeat seat,
        EventLog log, Deadline deadline) {
      this.id = id;
      this.scenario = scenario;
      this.side = side;
      this.preset = preset;
      this.seat = seat;
      this.log = log;
      this.deadline = deadline;
    }

    /** Called in the chair's thread: only what the player may know leaves it. */
    void observe(Event e) {
      JsonObject o = Documents.action(e.turn(), e.round(), e.action());
      Double mine = e.utilities().get(side);
      if (mine != null) {
        o.addProperty("utility", Documents.r(mine));
      }
      log.publish("action", o.toString(), false);
    }

    void finish(Transcript t, Throwable error) {
      String tid = "game-" + id;
      try {
        if (t != null) {
          store.write(tid, t);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot store the transcript of game " + id, e);
        error = e;
      }
      synchronized (this) {
        transcript = t;
        transcriptId = t == null ? null : tid;
        failure = error == null ? null : String.valueOf(error.getMessage());
        if (t != null) {
          history = t.events().stream().map(Event::action).toList();
        }
        turn = null;
        endedAt = System.nanoTime();
        JsonObject end = new JsonObject();
        if (t != null) {
          end.add("outcome", Documents.outcome(t.outcome()));
          end.addProperty("transcript", tid);
        } else {
          end.addProperty("error", failure);
        }
        log.publish("end", end.toString(), true);
        notifyAll();
      }
    }

    /** Waits up to {@code max} for the player's turn or the end of the game. */
    void advance(Duration max) {
      if (turn != null || endedAt != 0) {
        return;
      }
      try {
        Optional<NegotiationView> v = seat.awaitTurn(max);
        if (v.isPresent()) {
          turn = v.get();
          history = turn.history();
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

    JsonObject act(JsonObject request) {
      if (endedAt != 0) {
        throw ApiError.conflict("the game is over");
      }
      advance(Duration.ZERO);
      if (turn == null) {
        throw ApiError.conflict(endedAt != 0 ? "the game is over"
            : "it is not your turn: the other side is still thinking");
      }
      Requests r = new Requests(request, "action");
      String type = r.string("type", null);
      Action action;
      Domain domain = scenario.domain();
      switch (type == null ? "" : type) {
        case "offer" -> action = new Offer(side, bidOf(domain, r.array("bid"), "bid"));
        case "accept" -> {
          if (turn.standingBid() == null) {
            throw ApiError.conflict("there is no offer on the table to accept");
          }
          action = new Accept(side, turn.standingBid());
        }
        case "walk-away" -> action = new EndNegotiation(side);
        default -> throw ApiError.badRequest("type: expected offer, accept or walk-away, got "
            + (type == null ? "nothing" : "'" + TranscriptStore.abbreviate(type) + "'"));
      }
      r.done();
      NegotiationView was = turn;
      turn = null;
      try {
        seat.decide(Decision.of(action)).get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        turn = was;
        throw ApiError.conflict("the move was not taken: " + e.getCause().getMessage());
      } catch (TimeoutException e) {
        throw new ApiError(504, "the platform did not take the move within 10 s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiError(503, "interrupted");
      }
      List<Action> after = new ArrayList<>(was.history());
      after.add(action);
      history = after;
      advance(BOT_WAIT);
      return view();
    }

    JsonObject view() {
      JsonObject o = new JsonObject();
      o.addProperty("id", id);
      o.addProperty("state", endedAt != 0 ? "over" : turn != null ? "your-turn" : "waiting");
      o.add("scenario", Documents.publicScenario(scenario));
      o.addProperty("side", side);
      JsonObject opp = new JsonObject();
      opp.addProperty("preset", preset.name());
      opp.addProperty("description", preset.description());
      opp.addProperty("difficulty", preset.difficulty());
      o.add("opponent", opp);
      Profile mine = scenario.requireParty(side).profile();
      o.addProperty("reservation", Documents.r(mine.reservation()));
      o.addProperty("discount", Documents.r(mine.discount()));
      o.addProperty("rounds", deadline.rounds());
      int parties = scenario.parties().size();
      if (turn != null) {
        o.addProperty("round", turn.round());
        o.addProperty("roundsLeft", deadline.rounds() - turn.round());
        if (turn.standingBid() != null) {
          JsonObject standing = new JsonObject();
          standing.add("bid", Documents.bid(turn.standingBid()));
          standing.addProperty("utility", Documents.r(mine.utility().utility(turn.standingBid())));
          o.add("standing", standing);
        }
      }
      JsonArray h = new JsonArray();
      for (int i = 0; i < history.size(); i++) {
        Action a = history.get(i);
        JsonObject ao = Documents.action(i, i / parties, a);
        bidOf(a).ifPresent(b -> ao.addProperty("utility", Documents.r(mine.utility().utility(b))));
        h.add(ao);
      }
      o.add("history", h);
      if (transcript != null) {
        o.add("outcome", Documents.outcome(transcript.outcome()));
        o.addProperty("myUtility", Documents.r(transcript.metrics().utilities().get(side)));
        o.addProperty("transcript", transcriptId);
      } else if (failure != null) {
        o.addProperty("error", "the game failed on the server: " + failure);
      }
      return o;
    }
  }

  private static Optional<Bid> bidOf(Action a) {
    if (a instanceof Offer o) {
      return Optional.of(o.bid());
    }
    return a instanceof Accept ac ? Optional.of(ac.bid()) : Optional.empty();
  }

  // ---------------------------------------------------------------- lab

  /** Starts a bot-only session, paced so that people can follow it. */
  JsonObject startLab(JsonObject request) {
    Requests r = new Requests(request, "lab session");
    Scenario sc = scenarios.get(r.string("scenario", "london-2025"));
    JsonObject given = r.object("parties");
    List<Seat> seats = new ArrayList<>();
    for (String p : sc.partyIds()) {
      String spec = "linear";
      if (given != null && given.has(p)) {
        var e = given.get(p);
        spec = e.isJsonPrimitive() ? e.getAsString() : e.toString();
      }
      try {
        catalog.check(new NegotiatorSpec(spec));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("parties." + p + ": " + e.getMessage());
      }
      seats.add(new Seat(p, new NegotiatorSpec(spec)));
    }
    if (given != null) {
      for (String key : given.keySet()) {
        if (!sc.partyIds().contains(key)) {
          throw ApiError.badRequest("parties." + TranscriptStore.abbreviate(key)
              + ": scenario '" + sc.id() + "' has no such party; parties are " + sc.partyIds());
        }
      }
    }
    long seed = r.longValue("seed", random.nextInt(1_000_000));
    int rounds = r.intValue("rounds", sc.deadline().rounds(), 2, MAX_ROUNDS);
    int pace = r.intValue("pace", 200, 0, MAX_PACE_MS);
    r.done();
    admit();
    String id = newId();
    Lab lab = new Lab(id, new EventLog(background));
    labs.put(id, lab);
    SessionSpec spec = new SessionSpec("lab-" + id, seats, seed, new Deadline(rounds));
    // The observer runs in the chair's thread before it gives the next turn, so sleeping there
    // paces the session without touching the bots' turn limits.
    CompletableFuture<Transcript> done = jade.start(scenarios.analysis(sc), spec, Map.of(),
        Map.of(), e -> {
          lab.log.publish("action", Documents.event(e).toString(), false);
          if (pace > 0) {
            try {
              Thread.sleep(pace);
            } catch (InterruptedException ie) {
              Thread.currentThread().interrupt();
            }
          }
        });
    done.whenCompleteAsync((t, error) -> lab.finish(t, error), background);
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("scenario", sc.id());
    o.addProperty("pace", pace);
    return o;
  }

  EventLog labEvents(String id) {
    Lab l = id == null ? null : labs.get(id);
    if (l == null) {
      throw ApiError.notFound("no lab session '" + TranscriptStore.abbreviate(id) + "'");
    }
    return l.log;
  }

  private final class Lab {
    final String id;
    final EventLog log;
    volatile long endedAt;

    Lab(String id, EventLog log) {
      this.id = id;
      this.log = log;
    }

    void finish(Transcript t, Throwable error) {
      JsonObject end = new JsonObject();
      try {
        if (t != null) {
          store.write("lab-" + id, t);
          end.add("outcome", Documents.outcome(t.outcome()));
          end.addProperty("transcript", "lab-" + id);
        } else {
          end.addProperty("error", String.valueOf(error));
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "cannot store the transcript of lab session " + id, e);
        end.addProperty("error", "cannot store the transcript: " + e.getMessage());
      }
      endedAt = System.nanoTime();
      log.publish("end", end.toString(), true);
    }
  }
}
