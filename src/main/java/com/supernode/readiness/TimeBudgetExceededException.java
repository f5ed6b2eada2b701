package com.supernode.readiness;

/** Thrown when a TKE call would start, or a retry would wait, past the invocation's budget. */
public final class TimeBudgetExceededException extends RuntimeException {
  public TimeBudgetExceededException(String message, Throwable cause) {
    super(message, cause);
  }
}
