package com.supernode.batch;

import com.supernode.tke.TkeException;
import java.util.Objects;

/** Why an item failed: the TKE action, its error code and message, and TKE's RequestId. */
public final class ItemError {
  private final String action;
  private final String code;
  private final String message;
  private final String requestId;

  public ItemError(String action, String code, String message, String requestId) {
    this.action = Objects.requireNonNull(action);
    this.code = Objects.requireNonNull(code);
    this.message = message == null ? "" : message;
    this.requestId = requestId == null ? "" : requestId;
  }

  public static ItemError of(TkeException e) {
    return new ItemError(e.action(), e.code(), e.getMessage(), e.requestId());
  }

  /** The TKE action whose response led to the failure. */
  public String action() {
    return action;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** TKE's RequestId, or empty when no response carried one. */
  public String requestId() {
    return requestId;
  }

  /** Returns a copy whose message has {@code sentence} appended. */
  public ItemError withMoreMessage(String sentence) {
    return new ItemError(action, code, message.isEmpty() ? sentence : message + " " + sentence,
        requestId);
  }
}
