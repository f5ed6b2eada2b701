package com.supernode.emulator;

import com.google.gson.JsonObject;

/** The response to one request, decided before anything is written. */
final class Reply {
  enum Kind {
    /** A JSON body with HTTP 200, success or error envelope. */
    JSON,
    /** A non-JSON body with an HTTP error status. */
    HTTP_ERROR,
    /** No response: the connection is closed. */
    DROP
  }

  static final String JSON_TYPE = "application/json";

  private final Kind kind;
  private final int status;
  private final String contentType;
  private final String body;
  private final String errorCode;
  private final String requestId;
  private final long delayMs;

  private Reply(Kind kind, int status, String contentType, String body, String errorCode,
      String requestId, long delayMs) {
    this.kind = kind;
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.errorCode = errorCode;
    this.requestId = requestId;
    this.delayMs = delayMs;
  }

  /** Wraps {@code fields} as {@code {"Response":{...fields, "RequestId":..}}}. */
  static Reply success(String requestId, JsonObject fields) {
    JsonObject response = fields.deepCopy();
    response.addProperty("RequestId", requestId);
    return json(requestId, null, response);
  }

  static Reply error(String requestId, String code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("Code", code);
    error.addProperty("Message", message);
    JsonObject response = new JsonObject();
    response.add("Error", error);
    response.addProperty("RequestId", requestId);
    return json(requestId, code, response);
  }

  static Reply error(String requestId, TkeApiError error) {
    return error(requestId, error.code(), error.getMessage());
  }

  private static Reply json(String requestId, String errorCode, JsonObject response) {
    JsonObject envelope = new JsonObject();
    envelope.add("Response", response);
    return new Reply(Kind.JSON, 200, JSON_TYPE, envelope.toString(), errorCode, requestId, 0);
  }

  static Reply httpError(int status) {
    String body = "<html><body><h1>" + status + " Server Error</h1>"
        + "<p>TKE emulator fault: httpError</p></body></html>";
    return new Reply(Kind.HTTP_ERROR, status, "text/html", body, null, null, 0);
  }

  static Reply drop() {
    return new Reply(Kind.DROP, 0, null, "", null, null, 0);
  }

  /** Returns this reply with its body cut in half, so that it no longer parses as JSON. */
  Reply truncated() {
    String cut = body.substring(0, body.length() / 2);
    return new Reply(kind, status, contentType, cut, errorCode, requestId, delayMs);
  }

  Reply delayedBy(long ms) {
    return new Reply(kind, status, contentType, body, errorCode, requestId, ms);
  }

  Kind kind() {
    return kind;
  }

  /** Returns the HTTP status, or 0 when the connection is dropped. */
  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  String body() {
    return body;
  }

  String errorCode() {
    return errorCode;
  }

  /** Returns the RequestId in the body, or null when the reply carries none. */
  String requestId() {
    return requestId;
  }

  long delayMs() {
    return delayMs;
  }
}
