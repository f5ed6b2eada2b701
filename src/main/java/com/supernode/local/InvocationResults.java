package com.supernode.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Checks on the JSON that goes into and comes out of a local invocation. */
final class InvocationResults {
  private InvocationResults() {}

  /**
   * Tells whether a handler's result is an error: an API Gateway response with status 400 or
   * more, or a body whose {@code Response} has an {@code Error}.
   */
  static boolean isError(String resultJson) {
    JsonElement result;
    try {
      result = JsonParser.parseString(resultJson);
    } catch (JsonParseException e) {
      return true;
    }
    if (!result.isJsonObject()) {
      return true;
    }
    JsonObject object = result.getAsJsonObject();
    JsonElement status = object.get("statusCode");
    if (status != null && status.isJsonPrimitive() && status.getAsJsonPrimitive().isNumber()) {
      return status.getAsInt() >= 400;
    }
    JsonElement response = object.get("Response");
    return response != null && response.isJsonObject()
        && response.getAsJsonObject().has("Error");
  }

  /**
   * Describes why {@code text} cannot be an SCF event, or returns null when it is a JSON
   * object, which is what SCF passes to a handler.
   */
  static String eventProblem(String text) {
    JsonElement event;
    try {
      event = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      return "is not valid JSON. An SCF event is a JSON object, as in the files under events/.";
    }
    if (!event.isJsonObject()) {
      return "is not a JSON object. An SCF event is a JSON object, as in the files under "
          + "events/.";
    }
    return null;
  }
}
