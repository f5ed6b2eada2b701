package com.supernode.emulator;

import java.util.Objects;

/**
 * One fault rule: a {@link FaultKind} with the calls it fires on.
 *
 * <p>A rule fires on every matching call unless narrowed by {@link #withShare(double)} (a random
 * share, seeded by {@link Faults#seed()}), {@link #everyNth(int)} (calls N, 2N, 3N... of each
 * action) or {@link #atMostTimes(int)}. Rules are immutable, so one rule can serve many tests.
 */
public final class Fault {
  static final int DEFAULT_HTTP_STATUS = 500;
  static final String DEFAULT_ERROR_CODE = "InternalError";

  private final FaultKind kind;
  private final String action;
  private final double share;
  private final int everyNth;
  private final int maxTimes;
  private final long delayMs;
  private final int httpStatus;
  private final String errorCode;

  private Fault(
      FaultKind kind,
      String action,
      double share,
      int everyNth,
      int maxTimes,
      long delayMs,
      int httpStatus,
      String errorCode) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.action = action;
    checkNotNegative(everyNth, "everyNth");
    checkNotNegative(maxTimes, "maxTimes");
    checkNotNegative(delayMs, "delayMs");
    this.share = requireShare(share);
    this.everyNth = everyNth;
    this.maxTimes = maxTimes;
    this.delayMs = delayMs;
    this.httpStatus = requireHttpErrorStatus(httpStatus);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /** Creates a rule of {@code kind} with default settings: all calls, no delay. */
  static Fault ofKind(FaultKind kind) {
    return new Fault(kind, null, 1.0, 0, 0, 0, DEFAULT_HTTP_STATUS, DEFAULT_ERROR_CODE);
  }

  /** Responds with {@code RequestLimitExceeded}. */
  public static Fault throttle() {
    return ofKind(FaultKind.THROTTLE);
  }

  /** Responds with HTTP 200 and {@code {"Error":{"Code":"InternalError",...}}}. */
  public static Fault internalError() {
    return ofKind(FaultKind.INTERNAL_ERROR);
  }

  /** Responds with {@code status} (400 to 599) and a non-JSON body, like a failing gateway. */
  public static Fault httpError(int status) {
    return ofKind(FaultKind.HTTP_ERROR).withHttpStatus(status);
  }

  /** Responds with {@code AuthFailure.TokenFailure}, as TKE does for an expired token. */
  public static Fault tokenFailure() {
    return ofKind(FaultKind.TOKEN_FAILURE);
  }

  /** Delays every matching call by {@code delayMs} before handling it. */
  public static Fault latency(long delayMs) {
    return ofKind(FaultKind.LATENCY).withDelayMs(delayMs);
  }

  /** Handles the call, then waits {@code delayMs} before responding. */
  public static Fault slowAnswer(long delayMs) {
    return ofKind(FaultKind.SLOW_ANSWER).withDelayMs(delayMs);
  }

  /** Handles the call, then closes the connection without responding. */
  public static Fault dropConnection() {
    return ofKind(FaultKind.DROP_CONNECTION);
  }

  /** Handles the call, then responds with HTTP 200 and a truncated JSON body. */
  public static Fault malformedJson() {
    return ofKind(FaultKind.MALFORMED_JSON);
  }

  /** Restricts this rule to one action, such as {@code CreateClusterVirtualNode}. */
  public Fault onlyFor(String actionName) {
    Objects.requireNonNull(actionName, "actionName");
    return new Fault(kind, actionName, share, everyNth, maxTimes, delayMs, httpStatus, errorCode);
  }

  /** Fires on a random share (0 to 1) of matching calls instead of all of them. */
  public Fault withShare(double newShare) {
    return new Fault(kind, action, newShare, everyNth, maxTimes, delayMs, httpStatus, errorCode);
  }

  /** Fires on calls N, 2N, 3N... of each action; 0 turns counting off. Overrides the share. */
  public Fault everyNth(int n) {
    return new Fault(kind, action, share, n, maxTimes, delayMs, httpStatus, errorCode);
  }

  /** Stops firing after {@code times} firings; 0 means no limit. */
  public Fault atMostTimes(int times) {
    return new Fault(kind, action, share, everyNth, times, delayMs, httpStatus, errorCode);
  }

  public Fault withDelayMs(long newDelayMs) {
    return new Fault(kind, action, share, everyNth, maxTimes, newDelayMs, httpStatus, errorCode);
  }

  public Fault withHttpStatus(int status) {
    return new Fault(kind, action, share, everyNth, maxTimes, delayMs, status, errorCode);
  }

  /** Sets the error code an {@link FaultKind#INTERNAL_ERROR} rule responds with. */
  public Fault withErrorCode(String code) {
    return new Fault(kind, action, share, everyNth, maxTimes, delayMs, httpStatus, code);
  }

  public FaultKind kind() {
    return kind;
  }

  /** Returns the action this rule is restricted to, or null for every action. */
  public String action() {
    return action;
  }

  public boolean appliesTo(String actionName) {
    return action == null || action.equals(actionName);
  }

  public double share() {
    return share;
  }

  public int everyNth() {
    return everyNth;
  }

  public int maxTimes() {
    return maxTimes;
  }

  public long delayMs() {
    return delayMs;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String errorCode() {
    return errorCode;
  }

  private static double requireShare(double share) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be between 0 and 1, found " + share);
    }
    return share;
  }

  private static void checkNotNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, found " + value);
    }
  }

  private static int requireHttpErrorStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("httpStatus must be 400 to 599, found " + status);
    }
    return status;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Fault)) {
      return false;
    }
    Fault that = (Fault) other;
    return kind == that.kind
        && Objects.equals(action, that.action)
        && Double.compare(share, that.share) == 0
        && everyNth == that.everyNth
        && maxTimes == that.maxTimes
        && delayMs == that.delayMs
        && httpStatus == that.httpStatus
        && errorCode.equals(that.errorCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, action, share, everyNth, maxTimes, delayMs, httpStatus, errorCode);
  }

  @Override
  public String toString() {
    return "Fault{" + kind.jsonName() + (action == null ? "" : ", action=" + action)
        + ", share=" + share + ", everyNth=" + everyNth + ", maxTimes=" + maxTimes
        + ", delayMs=" + delayMs + ", httpStatus=" + httpStatus + ", errorCode=" + errorCode + "}";
  }
}
