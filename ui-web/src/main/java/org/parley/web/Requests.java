package org.parley.web;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.Set;

/** Reads a JSON request body field by field; unknown fields and wrong types are 400s that name the field. */
final class Requests {

  private final JsonObject body;
  private final String what;
  private final Set<String> read = new HashSet<>();

  Requests(JsonObject body, String what) {
    this.body = body == null ? new JsonObject() : body;
    this.what = what;
  }

  private JsonElement get(String key) {
    read.add(key);
    JsonElement e = body.get(key);
    return e == null || e.isJsonNull() ? null : e;
  }

  String string(String key, String fallback) {
    JsonElement e = get(key);
    if (e == null) {
      return fallback;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw ApiError.badRequest(key + ": expected a string, got " + abbreviate(e));
    }
    return e.getAsString();
  }

  long longValue(String key, long fallback) {
    JsonElement e = get(key);
    if (e == null) {
      return fallback;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw ApiError.badRequest(key + ": expected a whole number, got " + abbreviate(e));
    }
    try {
      return e.getAsBigDecimal().longValueExact();
    } catch (ArithmeticException ex) {
      throw ApiError.badRequest(key + ": expected a whole number that fits 64 bits, got "
          + abbreviate(e));
    }
  }

  int intValue(String key, int fallback, int min, int max) {
    long v = longValue(key, fallback);
    if (v < min || v > max) {
      throw ApiError.badRequest(key + ": must be between " + min + " and " + max + ", got " + v);
    }
    return (int) v;
  }

  JsonArray array(String key) {
    JsonElement e = get(key);
    if (e == null || !e.isJsonArray()) {
      throw ApiError.badRequest(key + ": expected an array, got "
          + (e == null ? "nothing" : abbreviate(e)));
    }
    return e.getAsJsonArray();
  }

  JsonObject object(String key) {
    JsonElement e = get(key);
    if (e == null) {
      return null;
    }
    if (!e.isJsonObject()) {
      throw ApiError.badRequest(key + ": expected an object, got " + abbreviate(e));
    }
    return e.getAsJsonObject();
  }

  /** Rejects fields nobody read: a typo should not silently fall back to a default. */
  void done() {
    for (String key : body.keySet()) {
      if (!read.contains(key)) {
        throw ApiError.badRequest(TranscriptStore.abbreviate(key) + ": unknown field of a "
            + what + " request");
      }
    }
  }

  private static String abbreviate(JsonElement e) {
    return TranscriptStore.abbreviate(e.toString());
  }
}
