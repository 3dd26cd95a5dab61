package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.function.Function;
import org.parley.engine.domain.Bid;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;

/**
 * Parley's one encoding of actions, used by transcripts, the JADE wire and the web API alike:
 * {@code {"party": "china", "action": "offer" | "accept" | "end", "bid": …}} (no bid with
 * {@code end}), and the words people read for each. Formats differ only in how they write a bid:
 * by level ids in files people read, by level indices on the wire and the web.
 */
public final class ActionCodec {

  public static final String OFFER = "offer";
  public static final String ACCEPT = "accept";
  public static final String END = "end";
  public static final List<String> NAMES = List.of(OFFER, ACCEPT, END);

  private ActionCodec() {
  }

  /** The action's name in JSON. */
  public static String name(Action action) {
    if (action instanceof Offer) {
      return OFFER;
    }
    if (action instanceof Accept) {
      return ACCEPT;
    }
    if (action instanceof EndNegotiation) {
      return END;
    }
    throw new IllegalStateException("unhandled action " + action.getClass());
  }

  /** What people read: "offers", "accepts", "walks away". */
  public static String verb(Action action) {
    return switch (name(action)) {
      case OFFER -> "offers";
      case ACCEPT -> "accepts";
      default -> "walks away";
    };
  }

  /** The bid an offer or accept carries, or null for {@code end}. */
  public static Bid bidOf(Action action) {
    return action instanceof Offer o ? o.bid() : action instanceof Accept a ? a.bid() : null;
  }

  /** Writes party, action and bid (by {@code bids}) into {@code out}. */
  public static void write(JsonObject out, Action action, Function<Bid, JsonElement> bids) {
    out.addProperty("party", action.party());
    out.addProperty("action", name(action));
    Bid bid = bidOf(action);
    if (bid != null) {
      out.add("bid", bids.apply(bid));
    }
  }

  /** Reads the action of {@code party} from an object with "action" and, but for end, "bid". */
  public static Action read(JsonNode node, String party, Function<JsonNode, Bid> bids) {
    JsonNode type = node.get("action");
    return switch (type.string()) {
      case OFFER -> node.build(() -> new Offer(party, bids.apply(node.get("bid"))));
      case ACCEPT -> node.build(() -> new Accept(party, bids.apply(node.get("bid"))));
      case END -> new EndNegotiation(party);
      default -> throw type.fail("unknown action '" + type.string() + "'; expected one of "
          + NAMES);
    };
  }

  /** A bid as level indices in issue order: {@code [0, 2, 1]}. */
  public static JsonArray indices(Bid bid) {
    JsonArray levels = new JsonArray();
    for (int i = 0; i < bid.issueCount(); i++) {
      levels.add(bid.level(i));
    }
    return levels;
  }

  /**
   * A bid from level indices. Whether it fits a domain is the protocol's business (an invalid bid
   * is a typed violation), so only the shape is checked here.
   */
  public static Bid readIndices(JsonNode node) {
    List<JsonNode> items = node.items();
    int[] levels = new int[items.size()];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = items.get(i).integer();
    }
    return node.build(() -> Bid.of(levels));
  }
}
