package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** One TKE action: its parameters and what it does to the state. */
abstract class ActionHandler {
  protected final EmulatorState state;
  private final ParamSchema schema;

  ActionHandler(EmulatorState state, ParamSchema schema) {
    this.state = state;
    this.schema = schema;
  }

  final ParamSchema schema() {
    return schema;
  }

  /**
   * Runs the action on parameters that passed {@link #schema()} and returns the fields of
   * {@code Response} without {@code RequestId}.
   *
   * @throws TkeApiError with the code TKE returns for a failed precondition
   */
  abstract JsonObject handle(JsonObject params);

  /** Returns the string parameter {@code name}, or null when absent. */
  static String stringParam(JsonObject params, String name) {
    JsonElement value = params.get(name);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  /** Returns the string-array parameter {@code name}, or null when absent. */
  static List<String> stringsParam(JsonObject params, String name) {
    JsonElement value = params.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    for (JsonElement item : value.getAsJsonArray()) {
      strings.add(item.getAsString());
    }
    return strings;
  }

  static JsonArray toJsonArray(List<String> strings) {
    JsonArray array = new JsonArray();
    strings.forEach(array::add);
    return array;
  }
}
