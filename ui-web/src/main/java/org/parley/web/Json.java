package org.parley.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The server's Gson for plain records (summaries); documents are built as JSON trees. */
final class Json {
  static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Json() {
  }
}
