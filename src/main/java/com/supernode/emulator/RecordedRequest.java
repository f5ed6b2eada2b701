package com.supernode.emulator;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One request the emulator received and how the emulator responded. The session token itself is
 * never stored, only whether one was sent.
 */
public final class RecordedRequest {
  private final String method;
  private final String action;
  private final String version;
  private final String region;
  private final String timestamp;
  private final boolean tokenPresent;
  private final JsonObject body;
  private final String rawBody;
  private final int httpStatus;
  private final String errorCode;
  private final String requestId;
  private final List<String> faults;
  private final Instant receivedAt;

  RecordedRequest(
      IncomingRequest request,
      JsonObject body,
      Reply reply,
      List<String> faults,
      Instant receivedAt) {
    this.method = request.method();
    this.action = request.header(IncomingRequest.ACTION);
    this.version = request.header(IncomingRequest.VERSION);
    this.region = request.header(IncomingRequest.REGION);
    this.timestamp = request.header(IncomingRequest.TIMESTAMP);
    String token = request.header(IncomingRequest.TOKEN);
    this.tokenPresent = token != null && !token.isEmpty();
    this.body = body == null ? null : body.deepCopy();
    this.rawBody = request.method().equals("GET") ? request.rawQuery() : request.bodyText();
    this.httpStatus = reply.status();
    this.errorCode = reply.errorCode();
    this.requestId = reply.requestId();
    this.faults = List.copyOf(faults);
    this.receivedAt = receivedAt;
  }

  public String method() {
    return method;
  }

  /** Returns the {@code X-TC-Action} header, or null if absent. */
  public String action() {
    return action;
  }

  /** Returns the {@code X-TC-Version} header, or null if absent. */
  public String version() {
    return version;
  }

  /** Returns the {@code X-TC-Region} header, or null if absent. */
  public String region() {
    return region;
  }

  /** Returns the {@code X-TC-Timestamp} header as sent, or null if absent. */
  public String timestamp() {
    return timestamp;
  }

  /** Returns whether a non-empty {@code X-TC-Token} header was sent. */
  public boolean tokenPresent() {
    return tokenPresent;
  }

  /**
   * Returns a copy of the parameters as a JSON object: the POST body, or for GET the query
   * turned into JSON. Returns null when the body is not a JSON object.
   */
  public JsonObject body() {
    return body == null ? null : body.deepCopy();
  }

  /** Returns the POST body as sent, or for GET the raw query string. */
  public String rawBody() {
    return rawBody;
  }

  /** Returns the HTTP status sent, or 0 when the connection was dropped. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Returns the {@code Error.Code} sent, or null when the response had no error envelope. */
  public String errorCode() {
    return errorCode;
  }

  /** Returns the {@code RequestId} sent, or null when no JSON response was sent. */
  public String requestId() {
    return requestId;
  }

  /** Returns the names of the faults that fired for this request, such as {@code latency}. */
  public List<String> faults() {
    return faults;
  }

  /** Returns when the request arrived, on the emulator clock. */
  public Instant receivedAt() {
    return receivedAt;
  }

  @Override
  public String toString() {
    return "RecordedRequest{" + method + " " + action + ", region=" + region
        + ", status=" + httpStatus + ", errorCode=" + errorCode + ", requestId=" + requestId
        + (faults.isEmpty() ? "" : ", faults=" + faults) + ", receivedAt=" + receivedAt + "}";
  }
}
