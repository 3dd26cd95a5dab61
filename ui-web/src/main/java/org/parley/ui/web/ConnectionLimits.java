package org.parley.ui.web;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Bounds what stalled connections cost (slowloris): each client address may hold at most
 * {@link #PER_CLIENT} connections (by default), beyond which new ones are closed at once, and a connection that
 * sends or reads nothing for {@link #IDLE_MS} is closed (event streams, which are idle by nature,
 * raise their own limit). One client's stalled connections then hold at most that many server
 * threads, and everyone else is served at once.
 */
final class ConnectionLimits implements Connection.Listener {

  private static final Logger LOG = Logger.getLogger(ConnectionLimits.class.getName());
  static final int PER_CLIENT = 50;
  static final long IDLE_MS = 10_000;

  private final int perClient;
  private final Map<String, Integer> open = new ConcurrentHashMap<>();
  /** Each open connection's client, noted when it opens: a closed socket no longer says. */
  private final Map<Connection, String> clients = new ConcurrentHashMap<>();

  private ConnectionLimits(int perClient) {
    this.perClient = perClient;
  }

  /** Applies the limits to every connector of {@code server}. */
  static void apply(Server server, int perClient) {
    ConnectionLimits limits = new ConnectionLimits(perClient);
    for (Connector c : server.getConnectors()) {
      if (c instanceof ServerConnector sc) {
        sc.setIdleTimeout(IDLE_MS);
        sc.addBean(limits);
      }
    }
  }

  private static String client(Connection c) {
    var address = c.getEndPoint().getRemoteSocketAddress();
    return address instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress() : String.valueOf(address);
  }

  @Override
  public void onOpened(Connection c) {
    String client = client(c);
    clients.put(c, client);
    int now = open.merge(client, 1, Integer::sum);
    if (now > perClient) {
      LOG.fine(() -> "closing a connection from " + client + ": it has " + perClient
          + " open already");
      c.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection c) {
    String client = clients.remove(c);
    if (client != null) {
      open.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }
  }
}
