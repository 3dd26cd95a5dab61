package org.parley.engine.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.math.BigDecimal;

/** The one Gson configuration of Parley: pretty, no HTML escaping, nulls left out. */
public final class Json {

  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

  private Json() {
  }

  static String pretty(JsonElement element) {
    return PRETTY.toJson(element) + "\n";
  }

  static String compact(JsonElement element) {
    return COMPACT.toJson(element);
  }

  /** A number as written without exponent or trailing zeros: 145, 2.5. */
  static String plain(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }
}
