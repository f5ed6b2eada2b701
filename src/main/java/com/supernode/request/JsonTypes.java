package com.supernode.request;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** Names JSON value types the way a caller reads them in an error message. */
final class JsonTypes {
  private JsonTypes() {}

  static String describe(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "null";
    }
    if (value.isJsonObject()) {
      return "an object";
    }
    if (value.isJsonArray()) {
      return "an array";
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return "a boolean";
    }
    if (primitive.isNumber()) {
      return "a number";
    }
    return "a string";
  }
}
