package org.parley.engine.transcript;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from names to numbers that keeps insertion order, backed by two small arrays:
 * the figures of a {@link Rationale} and the per-party utilities of an event, built on every action
 * of every session. A {@code LinkedHashMap} there was the largest cost of a direct-runtime round.
 * Equal to any map with the same entries.
 */
public final class ArrayMap extends AbstractMap<String, Double> {

  private final String[] keys;
  private final double[] values;

  private ArrayMap(String[] keys, double[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** Keys must be distinct; both arrays are kept, so the caller must not change them. */
  public static ArrayMap of(String[] keys, double[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + values.length + " values");
    }
    for (int i = 0; i < keys.length; i++) {
      Objects.requireNonNull(keys[i], "key");
      for (int j = 0; j < i; j++) {
        if (keys[j].equals(keys[i])) {
          throw new IllegalArgumentException("duplicate key '" + keys[i] + "'");
        }
      }
    }
    return new ArrayMap(keys, values);
  }

  /** An immutable ordered copy of {@code map} (the map itself if it is one already). */
  public static ArrayMap copyOf(Map<String, Double> map) {
    if (map instanceof ArrayMap a) {
      return a;
    }
    String[] k = new String[map.size()];
    double[] v = new double[map.size()];
    int i = 0;
    for (Map.Entry<String, Double> e : map.entrySet()) {
      k[i] = Objects.requireNonNull(e.getKey(), "key");
      v[i] = Objects.requireNonNull(e.getValue(), "value of '" + e.getKey() + "'");
      i++;
    }
    return new ArrayMap(k, v);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public Double get(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < keys.length;
          }

          @Override
          public Map.Entry<String, Double> next() {
            if (i >= keys.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, Double> e = new SimpleImmutableEntry<>(keys[i], values[i]);
            i++;
            return e;
          }
        };
      }
    };
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < keys.length; i++) {
      b.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(values[i]);
    }
    return b.append('}').toString();
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < keys.length; i++) {
      h += keys[i].hashCode() ^ Double.hashCode(values[i]);
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof ArrayMap a) {
      return Arrays.equals(keys, a.keys) ? Arrays.equals(values, a.values) : super.equals(o);
    }
    return super.equals(o);
  }
}
