package org.parley.engine.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A JSON value that knows where it sits ({@code $.parties[0].profile}), so every error names its
 * source and path. Parsing is strict: no comments, no NaN, no trailing data, no duplicate keys.
 */
public final class JsonNode {

  private final String source;
  /** The node this one is a member of, or null for the root; the path is made on demand. */
  private final JsonNode parent;
  /** Key in the parent object, or null in an array (then {@code index}). */
  private final String key;
  private final int index;
  private final JsonElement element;

  private JsonNode(String source, JsonNode parent, String key, int index, JsonElement element) {
    this.source = source;
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.element = element;
  }

  public static JsonNode parse(String source, String text) {
    if (text.stripLeading().startsWith("<")) {
      throw new FormatException(source, "$", "this is XML, not JSON; a GENIUS domain or profile "
          + "is converted with 'parley scenario import-genius'");
    }
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement root = read(reader, source, 0);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new FormatException(source, reader.getPath(), "unexpected data after the document");
      }
      return new JsonNode(source, null, null, 0, root);
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new FormatException(source, "$", "malformed JSON: " + plain(e.getMessage()));
    }
  }

  /** Gson's message without its advice to programmers: "... at line 1 column 5 path $.x". */
  private static String plain(String message) {
    String m = String.valueOf(message);
    int see = m.indexOf("\nSee https://");
    if (see >= 0) {
      m = m.substring(0, see);
    }
    return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ",
        "").strip();
  }

  /** Deeper documents are refused: no Parley format nests near this, and depth costs stack. */
  static final int MAX_DEPTH = 64;

  private static JsonElement read(JsonReader reader, String source, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new FormatException(source, reader.getPath(), "nested deeper than " + MAX_DEPTH
          + " levels");
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          if (object.has(name)) {
            throw new FormatException(source, reader.getPath(), "key '" + name + "' appears twice");
          }
          object.add(name, read(reader, source, depth + 1));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader, source, depth + 1));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return new JsonPrimitive(reader.nextString());
      }
      case NUMBER -> {
        return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(reader.nextBoolean());
      }
      case NULL -> {
        reader.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new FormatException(source, reader.getPath(),
          "malformed JSON: unexpected " + reader.peek());
    }
  }

  /** Where this node sits, such as {@code $.parties[1].profile}. */
  String path() {
    if (parent == null) {
      return "$";
    }
    return parent.path() + (key != null ? "." + key : "[" + index + "]");
  }

  public FormatException fail(String problem) {
    return new FormatException(source, path(), problem);
  }

  /** Runs a model constructor; its IllegalArgumentException becomes an error at this path. */
  public <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw fail(e.getMessage());
    }
  }

  public boolean isString() {
    return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
  }

  boolean isNumber() {
    return element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber();
  }

  private JsonObject object() {
    if (!element.isJsonObject()) {
      throw fail("expected an object, found " + kind());
    }
    return element.getAsJsonObject();
  }

  /** Rejects keys other than these, to catch typos such as {@code weigths}. */
  public JsonNode allowOnly(Set<String> keys) {
    for (String key : object().keySet()) {
      if (!keys.contains(key)) {
        throw new FormatException(source, path(), "unknown key '" + key + "'; allowed keys are "
            + keys.stream().sorted().toList());
      }
    }
    return this;
  }

  public JsonNode get(String key) {
    return opt(key).orElseThrow(() -> fail("missing key '" + key + "'"));
  }

  public Optional<JsonNode> opt(String key) {
    JsonElement child = object().get(key);
    if (child == null || child.isJsonNull()) {
      return Optional.empty();
    }
    return Optional.of(new JsonNode(source, this, key, 0, child));
  }

  /** Entries of an object, in file order. */
  public Map<String, JsonNode> fields() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : object().entrySet()) {
      out.put(e.getKey(), new JsonNode(source, this, e.getKey(), 0, e.getValue()));
    }
    return out;
  }

  public List<JsonNode> items() {
    if (!element.isJsonArray()) {
      throw fail("expected an array, found " + kind());
    }
    JsonArray array = element.getAsJsonArray();
    List<JsonNode> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(new JsonNode(source, this, null, i, array.get(i)));
    }
    return out;
  }

  public String string() {
    if (!isString()) {
      throw fail("expected a string, found " + kind());
    }
    return element.getAsString();
  }

  public double number() {
    if (!isNumber()) {
      throw fail("expected a number, found " + kind());
    }
    double d = element.getAsDouble();
    if (!Double.isFinite(d)) {
      throw fail("number " + element + " is out of range");
    }
    return d;
  }

  /** An integer in [min, max]; outside it, an error naming this node's path. */
  public int integer(int min, int max) {
    int v = integer();
    if (v < min || v > max) {
      throw fail("must be between " + min + " and " + max + ", found " + v);
    }
    return v;
  }

  public int integer() {
    long value = longValue();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw fail("integer " + value + " is out of range");
    }
    return (int) value;
  }

  public long longValue() {
    if (!isNumber()) {
      throw fail("expected an integer, found " + kind());
    }
    String text = element.getAsString();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notPlain) {
      // 1e3, 7.0: integers in other notations
    }
    try {
      return new java.math.BigDecimal(text).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw fail("expected an integer, found " + element);
    }
  }

  public boolean bool() {
    if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
      throw fail("expected true or false, found " + kind());
    }
    return element.getAsBoolean();
  }

  /** The raw JSON of this node, compact. */
  public JsonElement raw() {
    return element;
  }

  private String kind() {
    if (element.isJsonNull()) {
      return "null";
    }
    if (element.isJsonObject()) {
      return "an object";
    }
    if (element.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive p = element.getAsJsonPrimitive();
    return p.isString() ? "the string \"" + p.getAsString() + "\""
        : p.isNumber() ? "the number " + p : "the value " + p;
  }
}
