package com.supernode.response;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** A function's response before it is shaped for its trigger: status, JSON body and headers. */
public final class FunctionResult {
  private final int httpStatus;
  private final JsonObject body;
  private final Map<String, String> headers;

  public FunctionResult(int httpStatus, JsonObject body, Map<String, String> headers) {
    this.httpStatus = httpStatus;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  public FunctionResult(int httpStatus, JsonObject body) {
    this(httpStatus, body, Map.of());
  }

  public int httpStatus() {
    return httpStatus;
  }

  public JsonObject body() {
    return body;
  }

  /** Extra HTTP headers, such as {@code Retry-After}, for an API Gateway response. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns a copy with one more header. */
  public FunctionResult withHeader(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put(name, value);
    return new FunctionResult(httpStatus, body, all);
  }
}
