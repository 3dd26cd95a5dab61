package org.parley.agents.jade;

import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.lang.acl.ACLMessage;

/** A delegation that speaks the protocol but breaks it in one chosen way (tests only). */
final class RogueDelegation extends Agent {

  private static final long serialVersionUID = 1L;

  enum Fault { MALFORMED_CONTENT, OUT_OF_TURN, OTHER_CONVERSATION, SILENT, WRONG_PERFORMATIVE,
    MISLABELLED_ACTION }

  private final Fault fault;

  RogueDelegation(Fault fault) {
    this.fault = fault;
  }

  @Override
  protected void setup() {
    addBehaviour(new CyclicBehaviour(this) {
      private static final long serialVersionUID = 1L;

      @Override
      public void action() {
        ACLMessage msg = receive();
        if (msg == null) {
          block();
          return;
        }
        if (Messages.BRIEFING.equals(msg.getOntology())) {
          send(Messages.reply(msg, ACLMessage.AGREE, Messages.BRIEFING, "{}"));
          if (fault == Fault.OUT_OF_TURN) {
            send(Messages.reply(msg, ACLMessage.PROPOSE, Messages.MOVE, "{}"));
          }
          return;
        }
        if (!Messages.TURN.equals(msg.getOntology())) {
          return;
        }
        switch (fault) {
          case MALFORMED_CONTENT -> send(Messages.reply(msg, ACLMessage.PROPOSE, Messages.MOVE,
              "{\"party\": \"china\", \"action\": \"offer\", \"bid\": [0, "));
          case OTHER_CONVERSATION -> {
            ACLMessage reply = Messages.reply(msg, ACLMessage.REFUSE, Messages.MOVE,
                "{\"party\":\"china\",\"action\":\"end\"}");
            reply.setConversationId("someone-else");
            send(reply);
          }
          case WRONG_PERFORMATIVE -> send(Messages.reply(msg, ACLMessage.INFORM, Messages.MOVE,
              "hello"));
          case MISLABELLED_ACTION -> send(Messages.reply(msg, ACLMessage.ACCEPT_PROPOSAL,
              Messages.MOVE, "{\"party\":\"china\",\"action\":\"end\"}"));
          default -> {
          }
        }
      }
    });
  }
}
