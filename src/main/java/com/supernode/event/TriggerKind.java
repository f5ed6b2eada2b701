package com.supernode.event;

/** How SCF invoked the function, which decides where the request is and how to respond. */
public enum TriggerKind {
  /**
   * An API Gateway trigger: the request is the event's body, and the result is an HTTP
   * response.
   */
  API_GATEWAY,
  /** A timer trigger: the request is the JSON text in the event's {@code Message}. */
  TIMER,
  /** A direct invocation from another function or the SCF API: the event is the request. */
  DIRECT
}
