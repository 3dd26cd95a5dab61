package org.parley.agents.jade;

import jade.core.AgentContainer;
import jade.core.BaseService;
import jade.core.Filter;
import jade.core.NodeDescriptor;
import jade.core.Profile;
import jade.core.Service;
import jade.core.VerticalCommand;
import jade.security.JADESecurityException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Admits a container to the platform only if it presents the platform's secret. JADE 4.3 has no
 * authentication of its own: any process that reaches the main container's port can join as a
 * container, list every agent and send messages in any agent's name. JADE does ask its services
 * before it registers a new node (the {@code New-Node} command, which the security add-on uses);
 * this service answers it. Every container, the main one included, writes the secret into its own
 * node descriptor when it starts; the main container refuses a node whose descriptor does not
 * carry it, so that container never starts.
 *
 * <p>A platform started without a secret gets a random one that is never shown: no outside
 * container can join it.
 */
public final class ContainerGate extends BaseService {

  /** Profile parameter holding the secret. */
  static final String SECRET = "parley_container_secret";

  private static final String NAME = "org.parley.ContainerGate";
  private static final String USER = "parley";
  private static final Logger LOG = Logger.getLogger(ContainerGate.class.getName());

  private byte[] secret;
  private final Filter gate = new Filter() {
    @Override
    protected boolean accept(VerticalCommand command) {
      if (!Service.NEW_NODE.equals(command.getName())) {
        return true;
      }
      NodeDescriptor node = (NodeDescriptor) command.getParam(0);
      byte[] presented = node.getPassword();
      if (presented != null && MessageDigest.isEqual(presented, secret)) {
        return true;
      }
      LOG.warning("refused a JADE container (" + node.getName() + "): "
          + (presented == null ? "it gave no secret" : "its secret is wrong"));
      command.setReturnValue(new JADESecurityException(
          "this platform admits only containers that give its secret"));
      return false;
    }
  };

  /** A new random secret, 128 bits, URL-safe. */
  public static String newSecret() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(AgentContainer container, Profile profile) throws jade.core.ProfileException {
    super.init(container, profile);
    String text = profile.getParameter(SECRET, null);
    if (text == null || text.isEmpty()) {
      throw new jade.core.ProfileException("no container secret set");
    }
    secret = text.getBytes(StandardCharsets.UTF_8);
    // The descriptor goes to the main container when this one registers (after services start).
    container.getNodeDescriptor().setUsername(USER);
    container.getNodeDescriptor().setPassword(secret.clone());
    LOG.log(Level.FINE, "container gate ready");
  }

  @Override
  public Filter getCommandFilter(boolean direction) {
    return direction == Filter.INCOMING ? gate : null;
  }
}
