package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request parameters of one action or nested structure: names, types and which are required.
 *
 * <p>Validation returns the common API 3.0 codes: {@code UnknownParameter} for a name the action
 * does not define, {@code MissingParameter} for an absent required one, and
 * {@code InvalidParameter} for a wrong type. Paths use the SDK's flattened form, such as
 * {@code VirtualNodes.0.DisplayName}. A JSON null counts as absent, as the SDK omits nulls.
 */
final class ParamSchema {
  /** Parameter types the virtual-node actions use. */
  enum Type {
    STRING,
    BOOLEAN,
    STRING_ARRAY,
    OBJECT_ARRAY,
    /** An object the emulator accepts without looking inside. */
    ANY_OBJECT
  }

  private static final class Param {
    final Type type;
    final boolean required;
    final ParamSchema items;

    Param(Type type, boolean required, ParamSchema items) {
      this.type = type;
      this.required = required;
      this.items = items;
    }
  }

  private final Map<String, Param> params;

  private ParamSchema(Map<String, Param> params) {
    this.params = Map.copyOf(params);
  }

  static Builder builder() {
    return new Builder();
  }

  void validate(JsonObject values) {
    validate(values, "");
  }

  private void validate(JsonObject values, String prefix) {
    for (String name : values.keySet()) {
      if (!params.containsKey(name)) {
        throw new TkeApiError(ErrorCodes.UNKNOWN_PARAMETER,
            "the parameter `" + prefix + name + "` is not defined for this action");
      }
    }
    for (Map.Entry<String, Param> entry : params.entrySet()) {
      String path = prefix + entry.getKey();
      JsonElement value = values.get(entry.getKey());
      if (value == null || value.isJsonNull()) {
        if (entry.getValue().required) {
          throw new TkeApiError(ErrorCodes.MISSING_PARAMETER,
              "the required parameter `" + path + "` is missing");
        }
        continue;
      }
      checkType(entry.getValue(), value, path);
    }
  }

  private static void checkType(Param param, JsonElement value, String path) {
    switch (param.type) {
      case STRING:
        requireString(value, path);
        break;
      case BOOLEAN:
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
          throw invalid(path, "a boolean");
        }
        break;
      case STRING_ARRAY:
        JsonArray strings = requireArray(value, path, "an array of strings");
        for (int i = 0; i < strings.size(); i++) {
          requireString(strings.get(i), path + "." + i);
        }
        break;
      case OBJECT_ARRAY:
        JsonArray objects = requireArray(value, path, "an array of objects");
        for (int i = 0; i < objects.size(); i++) {
          param.items.validate(requireObject(objects.get(i), path + "." + i), path + "." + i + ".");
        }
        break;
      default:
        requireObject(value, path);
    }
  }

  private static void requireString(JsonElement value, String path) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw invalid(path, "a string");
    }
  }

  private static JsonArray requireArray(JsonElement value, String path, String expected) {
    if (!value.isJsonArray()) {
      throw invalid(path, expected);
    }
    return value.getAsJsonArray();
  }

  private static JsonObject requireObject(JsonElement value, String path) {
    if (!value.isJsonObject()) {
      throw invalid(path, "an object");
    }
    return value.getAsJsonObject();
  }

  private static TkeApiError invalid(String path, String expected) {
    return new TkeApiError(ErrorCodes.INVALID_PARAMETER,
        "the parameter `" + path + "` must be " + expected);
  }

  static final class Builder {
    private final Map<String, Param> params = new LinkedHashMap<>();

    Builder required(String name, Type type) {
      params.put(name, new Param(type, true, null));
      return this;
    }

    Builder optional(String name, Type type) {
      params.put(name, new Param(type, false, null));
      return this;
    }

    Builder optionalObjects(String name, ParamSchema items) {
      params.put(name, new Param(Type.OBJECT_ARRAY, false, items));
      return this;
    }

    ParamSchema build() {
      return new ParamSchema(params);
    }
  }
}
