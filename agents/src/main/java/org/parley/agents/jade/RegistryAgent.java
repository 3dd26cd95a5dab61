package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.core.behaviours.CyclicBehaviour;
import jade.domain.DFService;
import jade.domain.FIPAAgentManagement.DFAgentDescription;
import jade.domain.FIPAAgentManagement.Property;
import jade.domain.FIPAAgentManagement.ServiceDescription;
import jade.domain.FIPAException;
import jade.lang.acl.ACLMessage;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the list of joined delegations ({@code parley join}) from the DF's own subscription
 * service: the DF notifies every registration and deregistration of a joined delegation. Other
 * threads read the list; only this agent writes it.
 */
final class RegistryAgent extends Agent {

  private static final long serialVersionUID = 1L;

  private final transient Map<AID, JoinedDelegation> joined = new ConcurrentHashMap<>();

  @Override
  protected void setup() {
    DFAgentDescription template = new DFAgentDescription();
    ServiceDescription sd = new ServiceDescription();
    sd.setType(DelegationAgent.SERVICE_TYPE);
    sd.addProperties(new Property("mode", DelegationAgent.MODE_JOINED));
    template.addServices(sd);
    send(DFService.createSubscriptionMessage(this, getDefaultDF(), template, null));
    addBehaviour(new CyclicBehaviour(this) {
      private static final long serialVersionUID = 1L;

      @Override
      public void action() {
        ACLMessage msg = receive();
        if (msg == null) {
          block();
          return;
        }
        if (msg.getPerformative() != ACLMessage.INFORM || !msg.getSender().equals(getDefaultDF())) {
          return;
        }
        try {
          for (DFAgentDescription dfd : DFService.decodeNotification(msg.getContent())) {
            update(dfd);
          }
        } catch (FIPAException e) {
          java.util.logging.Logger.getLogger(RegistryAgent.class.getName())
              .warning("cannot read a DF notification: " + e.getMessage());
        }
      }
    });
  }

  private void update(DFAgentDescription dfd) {
    Iterator<?> services = dfd.getAllServices();
    if (!services.hasNext()) {
      joined.remove(dfd.getName());
      return;
    }
    while (services.hasNext()) {
      ServiceDescription sd = (ServiceDescription) services.next();
      String side = null;
      String strategy = "";
      Iterator<?> props = sd.getAllProperties();
      while (props.hasNext()) {
        Property p = (Property) props.next();
        if (p.getName().equals("side")) {
          side = String.valueOf(p.getValue());
        } else if (p.getName().equals("strategy")) {
          strategy = String.valueOf(p.getValue());
        }
      }
      if (side != null) {
        joined.put(dfd.getName(), new JoinedDelegation(dfd.getName(), side, strategy));
      }
    }
  }

  Optional<JoinedDelegation> find(String party) {
    return joined.values().stream().filter(j -> j.party().equals(party)).findFirst();
  }

  void forget(AID aid) {
    joined.remove(aid);
  }
}
