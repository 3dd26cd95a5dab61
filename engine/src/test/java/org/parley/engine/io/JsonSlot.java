package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place in a parsed JSON document, for {@link JsonMutator}: a member of an object ({@code key})
 * or an element of an array ({@code index}), which can be read, replaced, removed or repeated.
 */
record JsonSlot(JsonElement parent, String key, int index) {

  /** Every member and element of {@code root}, depth first. */
  static List<JsonSlot> all(JsonElement root) {
    List<JsonSlot> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  /** The path of each of {@link #all}, array indices as {@code [*]}: {@code $.events[*].round}. */
  static List<String> paths(JsonElement root) {
    List<String> out = new ArrayList<>();
    paths(root, "$", out);
    return out;
  }

  private static void paths(JsonElement e, String at, List<String> out) {
    if (e.isJsonObject()) {
      for (String k : List.copyOf(e.getAsJsonObject().keySet())) {
        out.add(at + "." + k);
        paths(e.getAsJsonObject().get(k), at + "." + k, out);
      }
    } else if (e.isJsonArray()) {
      for (int i = 0; i < e.getAsJsonArray().size(); i++) {
        out.add(at + "[*]");
        paths(e.getAsJsonArray().get(i), at + "[*]", out);
      }
    }
  }

  private static void collect(JsonElement e, List<JsonSlot> out) {
    if (e.isJsonObject()) {
      for (String k : List.copyOf(e.getAsJsonObject().keySet())) {
        out.add(new JsonSlot(e, k, -1));
        collect(e.getAsJsonObject().get(k), out);
      }
    } else if (e.isJsonArray()) {
      for (int i = 0; i < e.getAsJsonArray().size(); i++) {
        out.add(new JsonSlot(e, null, i));
        collect(e.getAsJsonArray().get(i), out);
      }
    }
  }

  JsonElement get() {
    return key != null ? parent.getAsJsonObject().get(key) : parent.getAsJsonArray().get(index);
  }

  void set(JsonElement value) {
    if (key != null) {
      parent.getAsJsonObject().add(key, value);
    } else {
      parent.getAsJsonArray().set(index, value);
    }
  }

  /** Removes it; false when it was removed already (by an earlier mutation). */
  boolean remove() {
    if (key != null) {
      return parent.getAsJsonObject().remove(key) != null;
    }
    JsonArray a = parent.getAsJsonArray();
    return index < a.size() && a.remove(index) != null;
  }

  /** Adds a copy: the same key again in an object, the next element in an array. */
  void duplicate(JsonMutator m) {
    if (key != null) {
      parent.getAsJsonObject().add(m.rawKey(key), get().deepCopy());
    } else {
      JsonArray a = parent.getAsJsonArray();
      JsonArray copy = new JsonArray();
      for (int i = 0; i < a.size(); i++) {
        copy.add(a.get(i));
        if (i == index) {
          copy.add(a.get(i).deepCopy());
        }
      }
      while (a.size() > 0) {
        a.remove(0);
      }
      copy.forEach(a::add);
    }
  }

  Optional<JsonObject> parentObject() {
    return key != null ? Optional.of(parent.getAsJsonObject()) : Optional.empty();
  }
}
