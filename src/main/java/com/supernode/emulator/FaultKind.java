package com.supernode.emulator;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The effect a {@link Fault} has on a request that passed authentication.
 *
 * <p>Kinds that act "before" respond without touching the state. Kinds that act "after" let the
 * action run, so a create still makes its nodes, and then spoil the response.
 */
public enum FaultKind {
  /** Before: responds with {@code RequestLimitExceeded}. */
  THROTTLE("throttle"),
  /** Before: responds with HTTP 200 and an error envelope, code InternalError unless set. */
  INTERNAL_ERROR("internalError"),
  /** Before: responds with an HTTP error status (500 unless set) and a non-JSON body. */
  HTTP_ERROR("httpError"),
  /** Before: responds with {@code AuthFailure.TokenFailure}, as TKE does for an expired token. */
  TOKEN_FAILURE("tokenFailure"),
  /** Before: waits {@code delayMs} and then handles the request normally. */
  LATENCY("latency"),
  /** After: waits {@code delayMs} before sending the response, to outlast a client read timeout. */
  SLOW_ANSWER("slowAnswer"),
  /** After: closes the connection without sending any response. */
  DROP_CONNECTION("dropConnection"),
  /** After: sends HTTP 200 with a body that is not valid JSON. */
  MALFORMED_JSON("malformedJson");

  private final String jsonName;

  FaultKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** Returns the name used in world files and in {@link RecordedRequest#faults()}. */
  public String jsonName() {
    return jsonName;
  }

  /** Returns whether the action runs and changes the state before this fault acts. */
  public boolean actsAfterAction() {
    return this == SLOW_ANSWER || this == DROP_CONNECTION || this == MALFORMED_JSON;
  }

  /** Finds the kind whose {@link #jsonName()} is {@code name}. */
  public static FaultKind fromJsonName(String name) {
    for (FaultKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return kind;
      }
    }
    String known =
        Arrays.stream(values()).map(FaultKind::jsonName).collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown fault kind '" + name + "'; expected one of " + known);
  }
}
