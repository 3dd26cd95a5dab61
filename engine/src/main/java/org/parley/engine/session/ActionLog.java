package org.parley.engine.session;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.parley.engine.protocol.Action;

/**
 * An append-only list of actions whose snapshots are immutable and cost O(1): a snapshot keeps the
 * array and the size it had; later appends write only beyond that size, and growing copies into a
 * new array, so what a snapshot can see never changes. One writer only.
 */
public final class ActionLog {

  private Action[] items = new Action[16];
  private int size;

  public void append(Action action) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = action;
  }

  public int size() {
    return size;
  }

  /** The actions so far, as an immutable list. */
  public List<Action> snapshot() {
    return new Snapshot(items, size);
  }

  private static final class Snapshot extends AbstractList<Action> implements RandomAccess {
    private final Action[] items;
    private final int size;

    Snapshot(Action[] items, int size) {
      this.items = items;
      this.size = size;
    }

    @Override
    public Action get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
      return items[index];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
