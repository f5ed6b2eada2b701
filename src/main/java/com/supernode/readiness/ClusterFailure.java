package com.supernode.readiness;

import com.supernode.function.ClusterAllowlist;
import com.supernode.response.ErrorAdvice;
import com.supernode.tke.TkeException;
import java.util.Optional;

/** Reason a cluster could not be checked, or not to the end, and the next step if known. */
public final class ClusterFailure {
  /** Code for a cluster outside the function's allowlist, as the create function uses. */
  public static final String NOT_ALLOWED = ClusterAllowlist.NOT_ALLOWED;
  /** Code for a cluster left unchecked because the invocation's time budget ran out. */
  public static final String TIME_BUDGET_EXCEEDED = "FailedOperation.TimeBudgetExceeded";

  static final String UNANSWERED_ADVICE = "The check only reads, so nothing changed and the "
      + "next run tries again. If this repeats, check the function's network access to TKE.";

  private final String code;
  private final String message;
  private final String advice;
  private final String tkeRequestId;

  /** Creates a failure without advice, for one whose message already states the next step. */
  public ClusterFailure(String code, String message, String tkeRequestId) {
    this(code, message, null, tkeRequestId);
  }

  private ClusterFailure(String code, String message, String advice, String tkeRequestId) {
    this.code = code;
    this.message = message;
    this.advice = advice;
    this.tkeRequestId = tkeRequestId == null || tkeRequestId.isEmpty() ? null : tkeRequestId;
  }

  /**
   * Returns the failure of a TKE call, with the advice {@link ErrorAdvice} has for its code.
   * A call without a usable response gets its own advice, because ErrorAdvice's text for that
   * case is about a create whose node may exist, and the check only reads.
   */
  public static ClusterFailure of(TkeException e) {
    String advice = e.outcomeUnknown() ? UNANSWERED_ADVICE : ErrorAdvice.forCode(e.code()).advice();
    return new ClusterFailure(e.code(), e.getMessage(), advice, e.requestId());
  }

  /** Returns the failure of a cluster outside the allowlist; {@code message} names the setting. */
  public static ClusterFailure notAllowed(String message) {
    return new ClusterFailure(NOT_ALLOWED, message, "Add the cluster ID to "
        + ClusterAllowlist.SETTING + ", or remove the cluster from the invocation's Clusters "
        + "or from " + TargetParser.SETTING + ".", null);
  }

  /** Returns the failure of a check that the invocation's time budget cut short. */
  public static ClusterFailure timeBudgetExceeded(String message) {
    return new ClusterFailure(TIME_BUDGET_EXCEEDED, message, "Check fewer clusters per "
        + "function, or raise the function's timeout.", null);
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** Returns the next step for the operator, in one or two sentences. */
  public Optional<String> advice() {
    return Optional.ofNullable(advice);
  }

  public Optional<String> tkeRequestId() {
    return Optional.ofNullable(tkeRequestId);
  }
}
