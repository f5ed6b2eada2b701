package com.supernode.request;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed fields out of a JSON request and collects every problem it finds, so a caller
 * learns about all bad fields in one response instead of one per attempt.
 */
public final class FieldReader {
  private final List<FieldError> errors = new ArrayList<>();
  private String firstCode;

  /** Problems found so far, in the order found. */
  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws the collected problems as one 400 rejection, if there are any. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(firstCode, 400, errors);
    }
  }

  /** Records a problem; the first problem's code becomes the rejection's code. */
  public void reject(String code, String field, String message) {
    if (firstCode == null) {
      firstCode = code;
    }
    errors.add(new FieldError(field, message));
  }

  /** Rejects every key of {@code object} not in {@code allowed}, naming it by its path. */
  public void rejectUnknownFields(JsonObject object, Set<String> allowed, String prefix) {
    for (String key : new TreeSet<>(object.keySet())) {
      if (!allowed.contains(key)) {
        reject("UnknownParameter", prefix + key, "Unknown field '" + printable(key)
            + "'. Allowed fields here: " + String.join(", ", new TreeSet<>(allowed)) + ".");
      }
    }
  }

  /** Reads a required ID in {@code format}; returns null after recording a problem. */
  public String requiredId(JsonObject object, String key, String path, IdFormat format) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      reject("MissingParameter", path, path + " is missing. Expected " + format.example() + ".");
      return null;
    }
    return id(value, path, format);
  }

  /** Reads an ID in {@code format} from {@code value}; returns null after recording a problem. */
  public String id(JsonElement value, String path, IdFormat format) {
    String text = string(value, path);
    if (text == null) {
      return null;
    }
    if (!format.matches(text)) {
      reject("InvalidParameterValue", path, path + " '" + printable(text)
          + "' is not a valid ID. Expected " + format.example() + ".");
      return null;
    }
    return text;
  }

  /** Reads a string; returns null after recording a problem when it is another type. */
  public String string(JsonElement value, String path) {
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      reject("InvalidParameterValue", path, path + " must be a string, found "
          + JsonTypes.describe(value) + ".");
      return null;
    }
    return value.getAsString();
  }

  /** Reads a boolean; returns {@code fallback} when absent and null after a problem. */
  public Boolean optionalBoolean(JsonObject object, String key, String path, boolean fallback) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      return fallback;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
      reject("InvalidParameterValue", path, path + " must be true or false, found "
          + JsonTypes.describe(value) + ".");
      return null;
    }
    return value.getAsBoolean();
  }

  /**
   * Reads a non-empty array of at most {@code maxItems} entries; returns null after recording
   * a problem.
   */
  public JsonArray array(JsonElement value, String path, int maxItems) {
    if (value == null || !value.isJsonArray()) {
      reject("InvalidParameterValue", path, path + " must be an array, found "
          + JsonTypes.describe(value) + ".");
      return null;
    }
    JsonArray array = value.getAsJsonArray();
    if (array.size() == 0) {
      reject("InvalidParameterValue", path, path + " is empty. List at least one entry.");
      return null;
    }
    if (array.size() > maxItems) {
      reject("InvalidParameterValue", path, path + " has " + array.size()
          + " entries, more than the limit of " + maxItems + ".");
      return null;
    }
    return array;
  }

  /** Reads an object; returns null after recording a problem when it is another type. */
  public JsonObject object(JsonElement value, String path) {
    if (value == null || !value.isJsonObject()) {
      reject("InvalidParameterValue", path, path + " must be an object, found "
          + JsonTypes.describe(value) + ".");
      return null;
    }
    return value.getAsJsonObject();
  }

  /**
   * Reads a list of subnet IDs, rejecting repeats because a subnet can contain only one node of a
   * pool; returns null after recording a problem with any entry.
   */
  public List<String> subnetIds(JsonElement value, String path, int maxItems) {
    JsonArray array = array(value, path, maxItems);
    if (array == null) {
      return null;
    }
    int before = errors.size();
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String itemPath = path + "[" + i + "]";
      String id = id(array.get(i), itemPath, IdFormat.SUBNET);
      if (id != null && !seen.add(id)) {
        reject("InvalidParameterValue", itemPath, itemPath + " repeats subnet " + id
            + ". A subnet holds at most one virtual node of a pool, so list it once.");
      }
      ids.add(id);
    }
    return errors.size() > before ? null : ids;
  }

  /** Shortens and escapes a caller's value so it can be echoed safely in a message. */
  static String printable(String value) {
    StringBuilder out = new StringBuilder();
    int limit = Math.min(value.length(), 64);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > limit) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
