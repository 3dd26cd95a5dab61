package org.parley.engine.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded, hostile mutations of a JSON document, for {@link HostileInputFuzzTest}: characters and
 * tokens deleted, duplicated, swapped or cut off; numbers made huge, negative, NaN-like or
 * hundreds of digits long; strings made empty, long or full of control characters; values of the
 * wrong type; keys dropped, duplicated or unknown; documents nested thousands deep. The same seed
 * gives the same mutants, so a failure can be replayed from the seed the test prints.
 */
final class JsonMutator {

  /** A mutated document and what was done to it. */
  record Mutant(String kind, String text) {
  }

  private static final Pattern TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]++|\\\\.)*+\"|-?[0-9][0-9.eE+-]*|true|false|null|[{}\\[\\]:,]");
  private static final List<String> NUMBERS = List.of("1e999", "-1e999", "1e-999", "-0", "-0.0",
      "0e0", "NaN", "Infinity", "-Infinity", "1.7976931348623157e308", "4.9e-324",
      "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648",
      "-2147483649", "1e2", "1.0", "-1", "0", "1", "0x1F", "01", ".5", "1.", "+1", "1e",
      "7".repeat(400), "0." + "3".repeat(400), "-" + "9".repeat(5000), "1e9999999999");
  private static final List<String> STRINGS = List.of("", " ", "\u0000", "\u001b[31mred",
      "a\nb\tc", "\u202eevil", "\ud800", "é🙂", "null", "true", "1", "{}", "l0",
      "../../etc/passwd", "%s%n%d", "${jndi:ldap://x}", "<script>", "x".repeat(1001),
      "y".repeat(100_000), "agreement", "offer", "us", "china");

  private final SplittableRandom random;
  private final Map<String, String> raw = new HashMap<>();

  JsonMutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  SplittableRandom random() {
    return random;
  }

  /** One to three random mutations of {@code text}, text-level or structural. */
  Mutant mutate(String text) {
    int n = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
    String kind = "";
    for (int i = 0; i < n; i++) {
      Mutant m;
      try {
        m = random.nextInt(3) == 0 ? text(text) : tree(text);
      } catch (RuntimeException gsonRefused) { // Gson writes no NaN, for one
        raw.clear();
        m = text(text);
      }
      text = m.text();
      kind = kind.isEmpty() ? m.kind() : kind + "+" + m.kind();
    }
    return new Mutant(kind, text);
  }

  /**
   * Every hostile number in the first place of each numeric field, and every hostile string in
   * the first place of each string field, one mutant each: the boundaries of every field reached
   * for sure, not by chance. Fields under {@code skip} (a path such as {@code $.scenario}, or
   * null) are left alone.
   */
  List<Mutant> sweep(String text, String skip) {
    JsonElement root = JsonParser.parseString(text);
    List<JsonSlot> slots = JsonSlot.all(root);
    List<String> paths = JsonSlot.paths(root);
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < slots.size(); i++) {
      JsonElement v = slots.get(i).get();
      if (!v.isJsonPrimitive() || v.getAsJsonPrimitive().isBoolean() || !seen.add(paths.get(i))
          || skip != null && paths.get(i).startsWith(skip)) {
        continue;
      }
      boolean number = v.getAsJsonPrimitive().isNumber();
      for (String token : number ? NUMBERS : STRINGS) {
        JsonElement copy = JsonParser.parseString(text);
        JsonSlot.all(copy).get(i).set(number ? raw(token) : new JsonPrimitive(token));
        out.add(new Mutant("sweep " + paths.get(i), write(copy)));
      }
    }
    return out;
  }

  /** A mutation of the characters or tokens, blind to the structure. */
  Mutant text(String text) {
    if (text.isEmpty()) {
      return new Mutant("empty", "");
    }
    int at = random.nextInt(text.length());
    List<int[]> tokens = tokens(text);
    int[] a = tokens.get(random.nextInt(tokens.size()));
    int[] b = tokens.get(random.nextInt(tokens.size()));
    String ta = text.substring(a[0], a[1]);
    return switch (random.nextInt(8)) {
      case 0 -> new Mutant("delete-char", text.substring(0, at) + text.substring(at + 1));
      case 1 -> new Mutant("duplicate-char", text.substring(0, at + 1) + text.substring(at));
      case 2 -> new Mutant("truncate", text.substring(0, at));
      case 3 -> new Mutant("delete-token", text.substring(0, a[0]) + text.substring(a[1]));
      case 4 -> new Mutant("duplicate-token", text.substring(0, a[1]) + ta + text.substring(a[1]));
      case 5 -> {
        int[] first = a[0] <= b[0] ? a : b;
        int[] second = a[0] <= b[0] ? b : a;
        yield first == second || first[1] > second[0] ? new Mutant("swap-tokens", text)
            : new Mutant("swap-tokens", text.substring(0, first[0])
                + text.substring(second[0], second[1]) + text.substring(first[1], second[0])
                + text.substring(first[0], first[1]) + text.substring(second[1]));
      }
      case 6 -> new Mutant("swap-chars", at + 1 >= text.length() ? text : text.substring(0, at)
          + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2));
      default -> {
        String junk = pick(List.of("{", "}", "[", "]", "\"", ":", ",", "\\", "\u0000", "NaN",
            "/*", "'", "\uFEFF"));
        yield new Mutant("insert-junk", text.substring(0, at) + junk + text.substring(at));
      }
    };
  }

  /** A mutation of one value of the parsed document, written back compact or pretty. */
  Mutant tree(String text) {
    JsonElement root;
    try {
      if (depth(text) > 200) {
        return text(text); // Gson's tree code recurses: a mutant nested deep stays text
      }
      root = JsonParser.parseString(text);
    } catch (RuntimeException notJson) {
      return text(text);
    }
    List<JsonSlot> slots = JsonSlot.all(root);
    if (slots.isEmpty()) {
      return text(text);
    }
    int what = random.nextInt(9);
    if (what < 2) { // a number for a number, a string for a string: deep into the reader
      List<JsonSlot> same = slots.stream().filter(x -> x.get().isJsonPrimitive()
          && (what == 0) == x.get().getAsJsonPrimitive().isNumber()).toList();
      slots = same.isEmpty() ? slots : same;
    }
    JsonSlot s = slots.get(random.nextInt(slots.size()));
    JsonElement old = s.get();
    String kind;
    switch (what) {
      case 0 -> {
        kind = "number";
        s.set(old.isJsonPrimitive() && old.getAsJsonPrimitive().isNumber() && random.nextBoolean()
            ? nudged(old.getAsDouble()) : raw(pick(NUMBERS)));
      }
      case 1 -> {
        kind = "string";
        s.set(new JsonPrimitive(pick(STRINGS)));
      }
      case 2 -> {
        kind = "type";
        s.set(pick(List.of(JsonNull.INSTANCE, new JsonPrimitive(true), new JsonPrimitive(0),
            new JsonPrimitive(0.5), new JsonPrimitive("x"), new JsonArray(), new JsonObject(),
            JsonParser.parseString("[1, \"a\", null]"), JsonParser.parseString("{\"a\": 1}"))));
      }
      case 3 -> {
        kind = "nest";
        int depth = pick(List.of(2, 63, 64, 65, 1000, 100_000));
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        s.set(raw(open.repeat(depth) + "1" + close.repeat(depth)));
      }
      case 4 -> {
        kind = "drop";
        if (!s.remove()) {
          s.set(JsonNull.INSTANCE);
        }
      }
      case 5 -> {
        kind = "duplicate";
        s.duplicate(this);
      }
      case 6 -> {
        kind = "unknown-key";
        s.parentObject().ifPresentOrElse(o -> o.add(pick(List.of("weigths", "", "__proto__",
            "x".repeat(2000))), new JsonPrimitive(1)), () -> s.set(new JsonObject()));
      }
      case 7 -> {
        kind = "empty";
        s.set(old.isJsonArray() ? new JsonArray() : old.isJsonObject() ? new JsonObject()
            : new JsonPrimitive(""));
      }
      default -> {
        kind = "copy-elsewhere";
        s.set(slots.get(random.nextInt(slots.size())).get().deepCopy());
      }
    }
    return new Mutant(kind, write(root));
  }

  /** A number a little off, far off, of the other sign, or rounded. */
  JsonElement nudged(double v) {
    return switch (random.nextInt(5)) {
      case 0 -> new JsonPrimitive(v + 1e-9);
      case 1 -> new JsonPrimitive(-v);
      case 2 -> new JsonPrimitive(v * 1e6);
      case 3 -> new JsonPrimitive(v + 1);
      default -> new JsonPrimitive(Math.rint(v));
    };
  }

  /** A placeholder that {@link #write} replaces with {@code token} verbatim. */
  JsonElement raw(String token) {
    String key = "@@raw-" + raw.size() + "@@";
    raw.put(key, token);
    return new JsonPrimitive(key);
  }

  /** A placeholder key that {@link #write} replaces with {@code key}: a duplicate key. */
  String rawKey(String key) {
    String k = "@@raw-" + raw.size() + "@@";
    raw.put(k, new JsonPrimitive(key).toString());
    return k;
  }

  /** The document as text, compact or pretty, with every placeholder replaced. */
  String write(JsonElement root) {
    var gson = random.nextBoolean() ? new GsonBuilder().disableHtmlEscaping().create()
        : new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    String text = gson.toJson(root);
    if (!raw.isEmpty()) {
      Matcher m = Pattern.compile("\"@@raw-[0-9]+@@\"").matcher(text);
      text = m.replaceAll(r -> Matcher.quoteReplacement(raw.get(r.group().substring(1,
          r.group().length() - 1))));
      raw.clear();
    }
    return text;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** How deep brackets nest outside strings. */
  private static int depth(String text) {
    int depth = 0;
    int max = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  private static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    if (out.isEmpty()) {
      out.add(new int[] {0, text.length()});
    }
    return out;
  }
}
