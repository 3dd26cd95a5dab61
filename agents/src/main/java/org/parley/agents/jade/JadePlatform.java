package org.parley.agents.jade;

import jade.core.AID;
import jade.core.Profile;
import jade.core.ProfileImpl;
import jade.core.Runtime;
import jade.wrapper.AgentContainer;
import jade.wrapper.ControllerException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JADE container in this JVM: the main container of an embedded platform, or a peripheral
 * container joining a main elsewhere. Starts and stops cleanly and repeatedly, so tests can boot it
 * many times and the JVM exits. The fixes below are those of reference/jade-notes.md (JADE 4.3.3 on
 * Java 17); each is marked where it is applied.
 *
 * <p>One container per JVM at a time: JADE keeps platform state in statics.
 */
public final class JadePlatform implements AutoCloseable {

  /** Strong reference: java.util.logging keeps loggers weakly, and a collected one loses its level. */
  private static final Logger JADE_LOG = Logger.getLogger("jade");
  private static final Logger LOG = Logger.getLogger(JadePlatform.class.getName());
  private static final AtomicLong STARTS = new AtomicLong();
  private static final Object LOCK = new Object();
  private static JadePlatform open;

  private final AgentContainer container;
  private final String platformId;
  private final String host;
  private final int port;
  private final boolean main;
  private final String secret;
  private final CompletableFuture<Thread> terminated;
  private boolean closed;

  private JadePlatform(AgentContainer container, String platformId, String host, int port,
      boolean main, String secret, CompletableFuture<Thread> terminated) {
    this.container = container;
    this.platformId = platformId;
    this.host = host;
    this.port = port;
    this.main = main;
    this.secret = secret;
    this.terminated = terminated;
  }

  /**
   * Starts the main container of a new platform.
   *
   * @param host address to bind: 127.0.0.1 for this machine only (default), or an address other
   *     hosts can reach for a multi-host platform (JADE 4.3 has no authentication: trusted
   *     networks only)
   * @param port TCP port for JADE's inter-container protocol (JICP); 0 picks a free one
   * @param secret what a container must give to join (see {@link ContainerGate}); null admits
   *     no container from outside this JVM
   */
  public static JadePlatform startMain(String host, int port, String secret) {
    String gate = secret == null ? ContainerGate.newSecret() : secret;
    boolean localOnly = host.equals("127.0.0.1") || host.equals("localhost");
    for (int attempt = 0; attempt < 5; attempt++) {
      int p = port == 0 ? freePort() : port;
      String id = "parley-" + ProcessHandle.current().pid() + "-" + STARTS.incrementAndGet();
      ProfileImpl profile = baseProfile(host, p, true, gate);
      profile.setParameter(Profile.MAIN, "true");
      profile.setParameter(Profile.PLATFORM_ID, id);
      profile.setParameter(Profile.MAIN_HOST, host);
      profile.setParameter(Profile.MAIN_PORT, String.valueOf(p));
      // jade-notes "Network exposure": bind loopback only unless asked otherwise.
      profile.setParameter("jade_imtp_leap_JICP_JICPServer_acceptlocalhostonly",
          String.valueOf(localOnly));
      JadePlatform platform = start(profile, id, host, p, true, secret,
          rt -> rt.createMainContainer(profile));
      if (platform != null) {
        return platform;
      }
      if (port != 0) {
        throw new PlatformException("cannot start a JADE main container on " + host + ":"
            + port + " (port taken, or not an address of this host?)");
      }
    }
    throw new PlatformException("cannot start a JADE main container: no free port found");
  }

  /**
   * Joins the platform whose main container listens at {@code mainHost:mainPort} with a peripheral
   * container. The main container connects back to {@code localHost:localPort}, so that address
   * must be reachable from the main's host (0 picks a free port). The main container admits this
   * one only if {@code secret} is its secret.
   */
  public static JadePlatform join(String mainHost, int mainPort, String localHost, int localPort,
      String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a container needs the platform's secret to join");
    }
    int p = localPort == 0 ? freePort() : localPort;
    // A joining JVM hosts this one container only. In multiple-platforms mode a peripheral
    // container would need the main's platform name, which a joiner cannot know: single mode.
    ProfileImpl profile = baseProfile(localHost, p, false, secret);
    profile.setParameter(Profile.MAIN, "false");
    profile.setParameter(Profile.MAIN_HOST, mainHost);
    profile.setParameter(Profile.MAIN_PORT, String.valueOf(mainPort));
    profile.setParameter("jade_imtp_leap_JICP_JICPServer_acceptlocalhostonly",
        String.valueOf(localHost.equals("127.0.0.1") && mainHost.equals("127.0.0.1")));
    RefusalWatch refusal = new RefusalWatch(JADE_LOG.getLevel() != Level.OFF);
    JadePlatform platform;
    try {
      platform = start(profile, null, localHost, p, false, secret,
          rt -> rt.createAgentContainer(profile));
    } finally {
      refusal.close();
    }
    if (platform == null && refusal.refused != null) {
      throw new ContainerRefusedException("the JADE platform at " + mainHost + ":" + mainPort
          + " refused this container: " + refusal.refused + " (is --secret the one it printed?)");
    }
    if (platform == null) {
      throw new PlatformException("cannot join the JADE platform at " + mainHost + ":"
          + mainPort + " (is 'parley run --port " + mainPort + "' or a tournament master "
          + "('parley tournament --workers') listening there, is --secret the one it printed, "
          + "and can it reach " + localHost + ":" + p + "?)");
    }
    return platform;
  }

  private static ProfileImpl baseProfile(String host, int port, boolean multiplePlatforms,
      String secret) {
    // jade-notes 6: read in a static initialiser, so this must happen before JADE's classes load
    // (the launcher and Surefire pass it on the command line too; 'parley join' clears it).
    if (multiplePlatforms) {
      System.setProperty("jade.enable.multiple.platforms", "true");
    } else {
      System.clearProperty("jade.enable.multiple.platforms");
    }
    // JADE logs through java.util.logging; quiet unless asked (-Dparley.jade.log=INFO, say).
    JADE_LOG.setLevel(Level.parse(System.getProperty("parley.jade.log", "OFF")));
    ProfileImpl profile = new ProfileImpl(false);
    profile.setParameter(Profile.LOCAL_HOST, host);
    profile.setParameter(Profile.LOCAL_PORT, String.valueOf(port));
    profile.setParameter(Profile.NO_MTP, "true");
    profile.setParameter(Profile.DETECT_MAIN, "false");
    profile.setParameter(Profile.NO_DISPLAY, "true");
    profile.setParameter(Profile.GUI, "false");
    // JADE's default services, plus a stand-in for the absent security add-on, which spares
    // every message send a thrown exception (see NoSecurityService).
    profile.setParameter(Profile.SERVICES, "jade.core.mobility.AgentMobilityService;"
        + "jade.core.event.NotificationService;" + NoSecurityService.class.getName() + ";"
        + ContainerGate.class.getName());
    profile.setParameter(ContainerGate.SECRET, secret);
    // JADE writes APDescription.txt (and MTP address files) into file-dir: keep them out of the
    // user's working directory.
    java.nio.file.Path files = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
        "parley-jade");
    try {
      java.nio.file.Files.createDirectories(files);
    } catch (IOException e) {
      throw new PlatformException("cannot create " + files + ": " + e.getMessage(), e);
    }
    profile.setParameter(Profile.FILE_DIR, files.toString() + java.io.File.separator);
    // jade-notes 3: no 5 s wait for a non-daemon thread after shutdown.
    profile.setParameter("jade_core_FullResourceManager_threadgroupinterrupttimeout", "100");
    return profile;
  }

  private interface Creator {
    AgentContainer create(Runtime runtime);
  }

  private static JadePlatform start(ProfileImpl profile, String id, String host, int port,
      boolean main, String secret, Creator creator) {
    synchronized (LOCK) {
      if (open != null) {
        throw new IllegalStateException("a JADE container is already running in this JVM ("
            + open.description() + "); close it first");
      }
      Runtime runtime = Runtime.instance();
      runtime.setCloseVM(false);
      CompletableFuture<Thread> terminated = new CompletableFuture<>();
      // jade-notes 4: the callback runs in a new thread; join it on close before the next start.
      runtime.invokeOnTermination(() -> terminated.complete(Thread.currentThread()));
      AgentContainer container = quietly(() -> creator.create(runtime));
      if (container == null) {
        runtime.resetTerminators();
        return null;
      }
      JadeFixes.skipCreationTimeWait(container);
      String platformId = id;
      if (platformId == null) {
        platformId = container.getPlatformName();
      }
      open = new JadePlatform(container, platformId, host, port, main, secret, terminated);
      return open;
    }
  }

  /**
   * Runs JADE code that prints failures straight to System.err (jade-notes "Logging"); the text
   * is shown only when JADE logging is on ({@code -Dparley.jade.log}), since Parley reports the
   * failure itself in one line.
   */
  private static <T> T quietly(java.util.function.Supplier<T> jadeCall) {
    if (JADE_LOG.getLevel() != Level.OFF) {
      return jadeCall.get();
    }
    java.io.PrintStream err = System.err;
    System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      return jadeCall.get();
    } finally {
      System.setErr(err);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new PlatformException("cannot find a free port: " + e.getMessage(), e);
    }
  }

  public AgentContainer container() {
    return container;
  }

  public String platformId() {
    return platformId;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** What a container gives to join this platform; null when no outside container may join. */
  public String secret() {
    return secret;
  }

  public boolean isMain() {
    return main;
  }

  /**
   * Runs {@code action} (on a JADE thread) once this container has stopped, whoever stopped it:
   * {@link #close}, or for a joined container also its platform's main container shutting down.
   */
  public void onTermination(Runnable action) {
    terminated.thenRun(action);
  }

  /**
   * The AID of an agent of this platform. Built as a GUID (jade-notes 6): a local name resolves
   * against a static that the last platform started in this JVM overwrote.
   */
  public AID aid(String localName) {
    return new AID(localName + "@" + platformId, AID.ISGUID);
  }

  public String description() {
    return (main ? "main container" : "container") + " of platform " + platformId + " on "
        + host + ":" + port;
  }

  /** Stops the container (the whole platform, for a main container) and waits until it is gone. */
  @Override
  public void close() {
    synchronized (LOCK) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (main) {
          // jade-notes 1: container.kill() would leave ams and df alive.
          container.getPlatformController().kill();
        } else {
          container.kill();
        }
        Thread callback = terminated.get(15, TimeUnit.SECONDS);
        callback.join(5_000);
      } catch (ControllerException | java.util.concurrent.ExecutionException
          | TimeoutException e) {
        LOG.log(Level.WARNING, "JADE did not confirm shutdown of " + description(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        JadeFixes.stopTimerDispatcher();
        open = null;
      }
    }
  }
}
