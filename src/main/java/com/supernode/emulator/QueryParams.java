package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns the form-encoded parameters of a GET request, such as {@code SubnetIds.0=subnet-a} and
 * {@code VirtualNodes.0.SubnetId=subnet-b}, into the JSON object a POST would carry. Every value
 * stays a string.
 */
final class QueryParams {
  /** Bounds the arrays a query can make, so one request cannot allocate without limit. */
  private static final int MAX_INDEX = 1000;

  private QueryParams() {}

  static JsonObject toJson(String rawQuery) {
    JsonObject root = new JsonObject();
    if (rawQuery.isEmpty()) {
      return root;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] parts = pair.split("=", 2);
      String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      String value = parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
      put(root, name.split("\\."), 0, new JsonPrimitive(value));
    }
    return root;
  }

  /** Stores {@code value} under the dotted path, making arrays for numeric segments. */
  private static void put(JsonElement container, String[] path, int at, JsonElement value) {
    if (!container.isJsonObject() && !container.isJsonArray()) {
      throw new TkeApiError(ErrorCodes.INVALID_PARAMETER, "the query parameter "
          + String.join(".", path) + " nests under a parameter that has a plain value");
    }
    String segment = path[at];
    boolean last = at == path.length - 1;
    JsonElement child = last ? value : childFor(container, segment, isIndex(path[at + 1]));
    if (container.isJsonObject()) {
      if (last || !container.getAsJsonObject().has(segment)) {
        container.getAsJsonObject().add(segment, child);
      }
    } else {
      setInArray(container.getAsJsonArray(), index(segment), child, last);
    }
    if (!last) {
      put(child, path, at + 1, value);
    }
  }

  private static JsonElement childFor(JsonElement container, String segment, boolean array) {
    JsonElement existing = container.isJsonObject()
        ? container.getAsJsonObject().get(segment)
        : elementAt(container.getAsJsonArray(), index(segment));
    if (existing != null && !existing.isJsonNull()) {
      return existing;
    }
    return array ? new JsonArray() : new JsonObject();
  }

  private static void setInArray(JsonArray array, int index, JsonElement child, boolean replace) {
    while (array.size() <= index) {
      array.add(JsonNull.INSTANCE);
    }
    if (replace || array.get(index).isJsonNull()) {
      array.set(index, child);
    }
  }

  private static JsonElement elementAt(JsonArray array, int index) {
    return index < array.size() ? array.get(index) : null;
  }

  private static boolean isIndex(String segment) {
    return segment.chars().allMatch(Character::isDigit) && !segment.isEmpty();
  }

  private static int index(String segment) {
    if (!isIndex(segment) || segment.length() > 4 || Integer.parseInt(segment) >= MAX_INDEX) {
      throw new TkeApiError(ErrorCodes.INVALID_PARAMETER, "the query parameter segment '"
          + segment + "' must be an array index below " + MAX_INDEX);
    }
    return Integer.parseInt(segment);
  }
}
