package org.parley.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for tests of deadlines in seconds: it moves only when told ({@link #advance}) and, if
 * given a step, by that step after every reading, so a runtime that reads it at fixed points of a
 * session sees the same times on every run. Safe to read from any thread.
 */
public final class FakeClock implements InstantSource {

  private final AtomicLong nanos = new AtomicLong();
  private final long stepNanos;

  /** Moves {@code step} after every reading; Duration.ZERO to move only on {@link #advance}. */
  public FakeClock(Duration step) {
    this.stepNanos = step.toNanos();
  }

  public void advance(Duration by) {
    nanos.addAndGet(by.toNanos());
  }

  @Override
  public Instant instant() {
    return Instant.EPOCH.plusNanos(nanos.getAndAdd(stepNanos));
  }
}
