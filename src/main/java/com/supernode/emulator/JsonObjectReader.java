package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of one JSON object of a hand-edited file and rejects keys it never read,
 * so that a misspelt key fails loudly instead of being ignored.
 *
 * <p>Every error is an {@link EmulatorWorldException} whose message starts with the source and
 * the JSON path, e.g. {@code world.json: clusters[0].nodePools[1].lifeState: ...}.
 */
final class JsonObjectReader {
  private final String source;
  private final String path;
  private final JsonObject object;
  private final Set<String> readKeys = new HashSet<>();

  private JsonObjectReader(String source, String path, JsonObject object) {
    this.source = source;
    this.path = path;
    this.object = object;
  }

  static JsonObjectReader of(String source, String path, JsonElement element) {
    if (element == null || !element.isJsonObject()) {
      throw error(source, path, "expected a JSON object, found " + describe(element));
    }
    return new JsonObjectReader(source, path, element.getAsJsonObject());
  }

  Set<String> keys() {
    return object.keySet();
  }

  boolean has(String key) {
    JsonElement value = object.get(key);
    return value != null && !value.isJsonNull();
  }

  String requiredString(String key) {
    if (!has(key)) {
      throw fail(key, "is missing");
    }
    return optionalString(key, null);
  }

  String optionalString(String key, String fallback) {
    JsonElement value = take(key);
    if (value == null) {
      return fallback;
    }
    if (!isString(value) || value.getAsString().isEmpty()) {
      throw fail(key, "expected a non-empty string, found " + describe(value));
    }
    return value.getAsString();
  }

  boolean optionalBoolean(String key, boolean fallback) {
    JsonElement value = take(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      throw fail(key, "expected true or false, found " + describe(value));
    }
    return value.getAsBoolean();
  }

  long optionalLong(String key, long fallback, long min) {
    JsonElement value = take(key);
    if (value == null) {
      return fallback;
    }
    long number = wholeNumber(key, value);
    if (number < min) {
      throw fail(key, "must be at least " + min + ", found " + number);
    }
    return number;
  }

  double optionalDouble(String key, double fallback) {
    JsonElement value = take(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw fail(key, "expected a number, found " + describe(value));
    }
    return value.getAsDouble();
  }

  List<String> optionalStrings(String key) {
    List<String> strings = new ArrayList<>();
    JsonArray array = optionalArray(key);
    for (int i = 0; i < array.size(); i++) {
      JsonElement item = array.get(i);
      if (!isString(item) || item.getAsString().isEmpty()) {
        throw fail(key + "[" + i + "]", "expected a non-empty string, found " + describe(item));
      }
      strings.add(item.getAsString());
    }
    return strings;
  }

  Map<String, String> optionalStringMap(String key) {
    Map<String, String> map = new LinkedHashMap<>();
    JsonElement value = take(key);
    if (value == null) {
      return map;
    }
    if (!value.isJsonObject()) {
      throw fail(key, "expected a JSON object of strings, found " + describe(value));
    }
    for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
      if (!isString(entry.getValue())) {
        throw fail(key + "." + entry.getKey(), "expected a string, found "
            + describe(entry.getValue()));
      }
      map.put(entry.getKey(), entry.getValue().getAsString());
    }
    return map;
  }

  /** Returns a reader for each object in the array under {@code key}; none if absent. */
  List<JsonObjectReader> optionalObjects(String key) {
    List<JsonObjectReader> readers = new ArrayList<>();
    JsonArray array = optionalArray(key);
    for (int i = 0; i < array.size(); i++) {
      readers.add(of(source, childPath(key) + "[" + i + "]", array.get(i)));
    }
    return readers;
  }

  /** Returns the raw value under {@code key} and marks it read, or null if absent. */
  JsonElement take(String key) {
    readKeys.add(key);
    return has(key) ? object.get(key) : null;
  }

  JsonObjectReader child(String key) {
    return of(source, childPath(key), take(key));
  }

  /** Rejects every key of this object that no getter asked for, except notes starting with _. */
  void rejectUnreadKeys() {
    for (String key : object.keySet()) {
      if (!readKeys.contains(key) && !key.startsWith("_")) {
        throw fail(key, "unknown key; check its spelling against the documented keys");
      }
    }
  }

  EmulatorWorldException fail(String key, String problem) {
    return error(source, childPath(key), problem);
  }

  /** Reports a problem with this whole object rather than one of its keys. */
  EmulatorWorldException failHere(String problem) {
    return error(source, path, problem);
  }

  private JsonArray optionalArray(String key) {
    JsonElement value = take(key);
    if (value == null) {
      return new JsonArray();
    }
    if (!value.isJsonArray()) {
      throw fail(key, "expected a JSON array, found " + describe(value));
    }
    return value.getAsJsonArray();
  }

  private long wholeNumber(String key, JsonElement value) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      double number = value.getAsDouble();
      if (number == Math.rint(number) && Math.abs(number) < 1e15) {
        return (long) number;
      }
    }
    throw fail(key, "expected a whole number, found " + describe(value));
  }

  private String childPath(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static boolean isString(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
  }

  private static String describe(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return "nothing";
    }
    if (value.isJsonPrimitive()) {
      JsonPrimitive primitive = value.getAsJsonPrimitive();
      return primitive.isString() ? "'" + primitive.getAsString() + "'" : primitive.toString();
    }
    return value.isJsonArray() ? "an array" : "an object";
  }

  static EmulatorWorldException error(String source, String path, String problem) {
    String where = path.isEmpty() ? source : source + ": " + path;
    return new EmulatorWorldException(where + ": " + problem);
  }
}
