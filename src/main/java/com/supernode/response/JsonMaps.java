package com.supernode.response;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Gson trees to plain maps and lists for SCF to serialize as the return value.
 * Whole numbers become {@code Long}, so a count of 3 is returned as 3, not 3.0.
 */
public final class JsonMaps {
  private JsonMaps() {}

  public static Map<String, Object> toMap(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      map.put(entry.getKey(), toValue(entry.getValue()));
    }
    return map;
  }

  private static Object toValue(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return null;
    }
    if (element.isJsonObject()) {
      return toMap(element.getAsJsonObject());
    }
    if (element.isJsonArray()) {
      return toList(element.getAsJsonArray());
    }
    JsonPrimitive primitive = element.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return primitive.getAsBoolean();
    }
    if (primitive.isNumber()) {
      return number(primitive.getAsBigDecimal());
    }
    return primitive.getAsString();
  }

  private static List<Object> toList(JsonArray array) {
    List<Object> list = new ArrayList<>(array.size());
    for (JsonElement element : array) {
      list.add(toValue(element));
    }
    return list;
  }

  private static Number number(BigDecimal value) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException notWhole) {
      return value.doubleValue();
    }
  }
}
