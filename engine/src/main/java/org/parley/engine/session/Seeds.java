package org.parley.engine.session;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent, reproducible seeds: each party's random stream is a function of (session
 * seed, session id, party id) only, so a session gives the same result in any order, thread or
 * runtime.
 */
public final class Seeds {

  private Seeds() {
  }

  public static long derive(long seed, String... labels) {
    long h = mix(seed);
    for (String label : labels) {
      for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
        h = mix(h ^ (b & 0xff));
      }
      h = mix(h ^ 0x9E3779B97F4A7C15L);
    }
    return h;
  }

  /** SplitMix64's finaliser (Steele, Lea & Flood 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
