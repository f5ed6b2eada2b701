package com.supernode.response;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.supernode.request.FieldError;
import com.supernode.request.InvalidRequestException;
import com.supernode.tke.TkeException;

/** Builds function responses in TKE's envelope: {@code {"Response": {..., "RequestId": ...}}}. */
public final class Responses {
  private Responses() {}

  /** Wraps {@code content} as {@code {"Response": content}}. */
  public static FunctionResult ok(int httpStatus, JsonObject content) {
    JsonObject body = new JsonObject();
    body.add("Response", content);
    return new FunctionResult(httpStatus, body);
  }

  /**
   * Builds the response to a TKE error: its code, TKE's message, advice and TKE's RequestId.
   * When no TKE response carried a RequestId (a timeout, a dropped connection, a garbled body),
   * the invocation's {@code requestId} takes its place, so the caller can still find the log.
   */
  public static FunctionResult tkeError(TkeException e, String requestId) {
    ErrorAdvice advice = ErrorAdvice.forCode(e.code());
    JsonObject error = error(e.code(), e.getMessage());
    error.addProperty("Advice", advice.advice());
    error.addProperty("Action", e.action());
    String shownId = e.requestId().isEmpty() ? requestId : e.requestId();
    FunctionResult result = new FunctionResult(advice.httpStatus(), envelope(error, shownId));
    if (advice.retryAfterSeconds().isPresent()) {
      result = result.withHeader("Retry-After", advice.retryAfterSeconds().get().toString());
    }
    return result;
  }

  /**
   * Builds the response to a rejected request, naming every bad field. The RequestId is the
   * invocation's, because no TKE call was made.
   */
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

  /** Builds the response to a failure of the function itself, such as a missing setting. */
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
