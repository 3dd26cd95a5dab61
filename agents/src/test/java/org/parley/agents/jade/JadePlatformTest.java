package org.parley.agents.jade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.net.Socket;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Platform lifecycle (JADE; each start takes a few ms after the first). */
@Tag("jade")
class JadePlatformTest {

  @Test
  void startsAndStopsManyTimesInOneJvm() throws Exception {
    String previous = null;
    for (int i = 0; i < 25; i++) {
      try (JadePlatform platform = JadePlatform.startMain("127.0.0.1", 0, null)) {
        assertTrue(platform.isMain());
        assertNotEquals(previous, platform.platformId(), "a fresh platform id every start");
        previous = platform.platformId();
        try (Socket probe = new Socket("127.0.0.1", platform.port())) {
          assertTrue(probe.isConnected(), "listens on loopback");
        }
        assertEquals("x@" + platform.platformId(), platform.aid("x").getName());
      }
    }
  }

  @Test
  void oneContainerPerJvmAtATime() {
    try (JadePlatform platform = JadePlatform.startMain("127.0.0.1", 0, null)) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> JadePlatform.startMain("127.0.0.1", 0, null));
      assertTrue(e.getMessage().contains("already running"), e.getMessage());
    }
    JadePlatform.startMain("127.0.0.1", 0, null).close();
  }

  @Test
  void aTakenPortIsReportedNotIgnored() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      PlatformException e = assertThrows(PlatformException.class,
          () -> JadePlatform.startMain("127.0.0.1", taken.getLocalPort(), null));
      assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
    }
  }

  @Test
  void joiningANonexistentMainFailsWithAClearMessage() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    PlatformException e = assertThrows(PlatformException.class,
        () -> JadePlatform.join("127.0.0.1", port, "127.0.0.1", 0, "s"));
    assertTrue(e.getMessage().startsWith("cannot join the JADE platform at 127.0.0.1:" + port),
        e.getMessage());
  }
}
