package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Agent;
import jade.core.Profile;
import jade.core.ProfileImpl;
import jade.core.Runtime;
import jade.lang.acl.ACLMessage;
import jade.wrapper.AgentContainer;

/**
 * Another process on the machine that tries to end someone's game: it joins the platform as a
 * JADE container and sends the chair a REFUSE in the name of a delegation. Run in its own JVM by
 * ContainerGateTest. Prints JOINED and exits 0 once the forged message is sent, or prints REFUSED
 * and exits 3 when the platform would not admit its container.
 *
 * <p>Arguments: main host, main port, secret ("-" for none: a plain JADE container), chair AID,
 * delegation AID, conversation id.
 */
public final class Intruder {

  public static void main(String[] args) throws Exception {
    ProfileImpl profile = new ProfileImpl(false);
    profile.setParameter(Profile.MAIN, "false");
    profile.setParameter(Profile.MAIN_HOST, args[0]);
    profile.setParameter(Profile.MAIN_PORT, args[1]);
    profile.setParameter(Profile.LOCAL_HOST, "127.0.0.1");
    profile.setParameter(Profile.NO_MTP, "true");
    profile.setParameter(Profile.DETECT_MAIN, "false");
    if (!args[2].equals("-")) {
      profile.setParameter(Profile.SERVICES, ContainerGate.class.getName());
      profile.setParameter(ContainerGate.SECRET, args[2]);
    }
    Runtime runtime = Runtime.instance();
    runtime.setCloseVM(false);
    AgentContainer container = runtime.createAgentContainer(profile);
    if (container == null) {
      System.out.println("REFUSED");
      System.out.flush();
      System.exit(3);
    }
    java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(1);
    container.acceptNewAgent("intruder", new Agent() {
      @Override
      protected void setup() {
        ACLMessage forged = new ACLMessage(ACLMessage.REFUSE);
        forged.setSender(new AID(args[4], AID.ISGUID));
        forged.addReceiver(new AID(args[3], AID.ISGUID));
        forged.setConversationId(args[5]);
        forged.setContent("{\"action\":\"end\"}");
        send(forged);
        sent.countDown();
      }
    }).start();
    sent.await();
    Thread.sleep(500);
    System.out.println("JOINED");
    System.out.flush();
    System.exit(0);
  }
}
