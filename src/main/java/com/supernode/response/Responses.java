package com.supernode.response;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import com.supernode.tke.TkeException;

/** Builds answers in TKE's envelope: {@code {"Response": {..., "RequestId": ...}}}. */
public final class Responses {
  private Responses() {}

  /** Wraps {@code content} as {@code {"Response": content}}. */
  public static FunctionResult ok(int httpStatus, JsonObject content) {
    JsonObject body = new JsonObject();
    body.add("Response", content);
    return new FunctionResult(httpStatus, body);
  }

  /** Answers a TKE error with its code, TKE's message, advice and TKE's RequestId. */
  public static FunctionResult tkeError(TkeException e) {
    ErrorAdvice advice = ErrorAdvice.forCode(e.code());
    JsonObject error = error(e.code(), e.getMessage());
    error.addProperty("Advice", advice.advice());
    error.addProperty("Action", e.action());
    FunctionResult result = new FunctionResult(advice.httpStatus(), envelope(error, e.requestId()));
    if (advice.retryAfterSeconds().isPresent()) {
      result = result.withHeader("Retry-After", advice.retryAfterSeconds().get().toString());
    }
    return result;
  }

  /** Answers a rejected request with every bad field; the RequestId is the invocation's. */
  public static FunctionResult invalidRequest(InvalidRequestException e, String requestId) {
    JsonObject error = error(e.code(), e.getMessage());
    JsonArray errors = new JsonArray();
    for (FieldError fieldError : e.errors()) {
      JsonObject item = new JsonObject();
      item.addProperty("Field", fieldError.field());
      item.addProperty("Message", fieldError.message());
      errors.add(item);
    }
    error.add("Errors", errors);
    if (!e.errors().isEmpty()) {
      error.addProperty("Field", e.errors().get(0).field());
    }
    return new FunctionResult(e.httpStatus(), envelope(error, requestId));
  }

  /** Answers a failure of the function itself, such as a missing setting. */
  public static FunctionResult functionError(int httpStatus, String code, String message,
      String requestId) {
    return new FunctionResult(httpStatus, envelope(error(code, message), requestId));
  }

  private static JsonObject error(String code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("Code", code);
    error.addProperty("Message", message == null ? "" : message);
    return error;
  }

  private static JsonObject envelope(JsonObject error, String requestId) {
    JsonObject response = new JsonObject();
    response.add("Error", error);
    response.addProperty("RequestId", requestId == null ? "" : requestId);
    JsonObject body = new JsonObject();
    body.add("Response", response);
    return body;
  }
}
