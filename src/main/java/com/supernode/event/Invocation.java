package com.supernode.event;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Optional;

/** A decoded SCF event: the request it carries and what is known about the trigger. */
public final class Invocation {
  private final TriggerKind kind;
  private final JsonObject request;
  private final String httpMethod;
  private final String path;
  private final Instant triggerTime;

  private Invocation(TriggerKind kind, JsonObject request, String httpMethod, String path,
      Instant triggerTime) {
    this.kind = kind;
    this.request = request;
    this.httpMethod = httpMethod;
    this.path = path;
    this.triggerTime = triggerTime;
  }

  public static Invocation apiGateway(JsonObject request, String httpMethod, String path) {
    return new Invocation(TriggerKind.API_GATEWAY, request, httpMethod, path, null);
  }

  public static Invocation timer(JsonObject request, Instant triggerTime) {
    return new Invocation(TriggerKind.TIMER, request, null, null, triggerTime);
  }

  public static Invocation direct(JsonObject request) {
    return new Invocation(TriggerKind.DIRECT, request, null, null, null);
  }

  public TriggerKind kind() {
    return kind;
  }

  /** The request object; callers must not modify it. */
  public JsonObject request() {
    return request;
  }

  /** The HTTP method of an API Gateway event, upper case; empty for other triggers. */
  public Optional<String> httpMethod() {
    return Optional.ofNullable(httpMethod);
  }

  /** The request path of an API Gateway event; empty for other triggers. */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** The timer's firing time in UTC, when the timer event carried a readable {@code Time}. */
  public Optional<Instant> triggerTime() {
    return Optional.ofNullable(triggerTime);
  }
}
