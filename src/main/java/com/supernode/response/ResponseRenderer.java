package com.supernode.response;

import com.supernode.event.TriggerKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shapes a {@link FunctionResult} for the trigger that invoked the function: the API Gateway
 * integration response for HTTP, and the JSON body itself for timers and direct invocations.
 */
public final class ResponseRenderer {
  private ResponseRenderer() {}

  public static Map<String, Object> render(TriggerKind kind, FunctionResult result) {
    if (kind != TriggerKind.API_GATEWAY) {
      return JsonMaps.toMap(result.body());
    }
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json; charset=utf-8");
    headers.putAll(result.headers());
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("isBase64Encoded", false);
    response.put("statusCode", result.httpStatus());
    response.put("headers", headers);
    response.put("body", result.body().toString());
    return response;
  }
}
