package org.parley.agents.jade;

import jade.core.Agent;
import jade.core.BaseService;
import jade.core.ServiceHelper;
import jade.lang.acl.ACLMessage;
import jade.security.Credentials;
import jade.security.CredentialsHelper;
import jade.security.JADEPrincipal;

/**
 * Stands in for JADE-S, the security add-on this platform does not run. Without a service of that
 * name JADE asks for it on every message send, and each time builds and throws away a
 * ServiceNotActiveException with its stack trace. This service answers instead, with no principal
 * and no credentials: what JADE assumes when the exception comes. Nothing else changes.
 */
public final class NoSecurityService extends BaseService {

  /** The name JADE looks the security service up by. */
  static final String NAME = "jade.core.security.Security";

  private static final Helper HELPER = new Helper();

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public ServiceHelper getHelper(Agent agent) {
    return HELPER;
  }

  private static final class Helper implements ServiceHelper, CredentialsHelper {
    @Override
    public void init(Agent agent) {
    }

    @Override
    public JADEPrincipal getPrincipal() {
      return null;
    }

    @Override
    public Credentials getCredentials() {
      return null;
    }

    @Override
    public JADEPrincipal getPrincipal(ACLMessage message) {
      return null;
    }

    @Override
    public Credentials getCredentials(ACLMessage message) {
      return null;
    }
  }
}
