package org.parley.engine.analysis;

import java.util.function.Supplier;

/** A value computed at most once, on first use, safely across threads. */
final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
