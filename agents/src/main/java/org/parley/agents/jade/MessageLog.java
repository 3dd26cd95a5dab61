package org.parley.agents.jade;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The FIPA-ACL messages a session's chair sent and received, in the order it handled them: what
 * JADE did beneath the game, for the pages that teach it. Kept apart from the transcript (which
 * must reproduce in either runtime); at most {@link #MAX} messages, then a count of those left out.
 */
public final class MessageLog {

  public static final int MAX = 20_000;
  /** Characters of a message's content kept (a stack trace is cut). */
  static final int MAX_CONTENT = 2_000;

  /**
   * One message.
   *
   * @param round the session's 0-based round when the chair handled it
   */
  public record Entry(int round, String performative, String sender, String receiver,
      String conversation, String ontology, String content) {
  }

  private final List<Entry> entries = new ArrayList<>();
  private int omitted;

  synchronized void record(int round, ACLMessage msg) {
    if (entries.size() >= MAX) {
      omitted++;
      return;
    }
    List<String> receivers = new ArrayList<>();
    msg.getAllReceiver().forEachRemaining(r -> receivers.add(((AID) r).getLocalName()));
    String content = Messages.content(msg);
    entries.add(new Entry(round, ACLMessage.getPerformative(msg.getPerformative()),
        msg.getSender() == null ? "" : msg.getSender().getLocalName(), String.join(", ",
            receivers), msg.getConversationId(), msg.getOntology(), content.length() > MAX_CONTENT
            ? content.substring(0, MAX_CONTENT) + "…" : content));
  }

  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Messages past {@link #MAX}, counted but not kept. */
  public synchronized int omitted() {
    return omitted;
  }
}
