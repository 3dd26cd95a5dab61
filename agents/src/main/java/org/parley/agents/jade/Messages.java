package org.parley.agents.jade;

import jade.core.AID;
import jade.lang.acl.ACLMessage;
import java.nio.charset.StandardCharsets;
import org.parley.engine.io.WireCodec;
import org.parley.engine.protocol.Accept;
import org.parley.engine.protocol.Action;
import org.parley.engine.protocol.EndNegotiation;
import org.parley.engine.protocol.Offer;
import org.parley.engine.session.Decision;

/**
 * Parley's one ACL envelope: every message (chair and delegations, tournament master and workers)
 * is JSON sent as UTF-8 bytes in language {@link #LANGUAGE}. Below, the vocabulary between a chair
 * and the delegations. All content is JSON
 * ({@link org.parley.engine.io.WireCodec}), sent as UTF-8 bytes so no JVM's default charset can
 * corrupt it (jade-notes: "Text content between JVMs").
 *
 * <ul>
 *   <li>chair → delegation: INFORM {@link #BRIEFING}; CFP {@link #TURN} (the actions the party
 *       missed, and "your turn", in one hop); INFORM {@link #END}. To a person's seat only:
 *       CONFIRM (the move was taken) or DISCONFIRM (refused, with the protocol's violation) in
 *       answer to each {@link #MOVE}.
 *   <li>delegation → chair: AGREE or FAILURE to the briefing; PROPOSE (offer), ACCEPT_PROPOSAL
 *       (accept, naming the bid) or REFUSE (walk away) to a turn; FAILURE with the stack trace
 *       when its negotiator fails.
 * </ul>
 */
public final class Messages {

  static final String LANGUAGE = "application/json";
  static final String BRIEFING = "parley-briefing";
  static final String TURN = "parley-turn";
  static final String END = "parley-end";
  static final String MOVE = "parley-move";

  private Messages() {
  }

  /** A message to {@code to}; {@code conversation} may be null (the master and workers). */
  public static ACLMessage message(int performative, AID to, String conversation,
      String ontology, String json) {
    ACLMessage msg = new ACLMessage(performative);
    msg.addReceiver(to);
    if (conversation != null) {
      msg.setConversationId(conversation);
    }
    msg.setOntology(ontology);
    msg.setLanguage(LANGUAGE);
    msg.setByteSequenceContent(json.getBytes(StandardCharsets.UTF_8));
    return msg;
  }

  static ACLMessage reply(ACLMessage to, int performative, String ontology, String json) {
    ACLMessage reply = to.createReply();
    reply.setPerformative(performative);
    reply.setOntology(ontology);
    reply.setLanguage(LANGUAGE);
    reply.setByteSequenceContent(json.getBytes(StandardCharsets.UTF_8));
    return reply;
  }

  /**
   * A delegation's answer to {@code turn}: {@code decision} in the performative of its action; a
   * null decision is sent as a PROPOSE with no content, which the chair records as a violation
   * (no action), as the direct runtime does.
   */
  static ACLMessage answer(ACLMessage turn, Decision decision) {
    if (decision == null) {
      return reply(turn, ACLMessage.PROPOSE, MOVE, "");
    }
    return reply(turn, performativeOf(decision.action()), MOVE, WireCodec.decision(decision));
  }

  public static String content(ACLMessage msg) {
    byte[] bytes = msg.getByteSequenceContent();
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  /** The performative that carries an action. */
  static int performativeOf(Action action) {
    if (action instanceof Offer) {
      return ACLMessage.PROPOSE;
    }
    if (action instanceof Accept) {
      return ACLMessage.ACCEPT_PROPOSAL;
    }
    if (action instanceof EndNegotiation) {
      return ACLMessage.REFUSE;
    }
    throw new IllegalStateException("unhandled action " + action.getClass());
  }
}
