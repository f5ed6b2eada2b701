package com.supernode.readiness;

import com.supernode.tke.TkeException;
import java.util.Optional;

/** Reason a cluster could not be checked, or not to the end. */
public final class ClusterFailure {
  /** Code for a cluster outside the function's allowlist, as the create function uses. */
  public static final String NOT_ALLOWED = "UnauthorizedOperation.ClusterNotAllowed";
  /** Code for a cluster left unchecked because the invocation's time budget ran out. */
  public static final String TIME_BUDGET_EXCEEDED = "FailedOperation.TimeBudgetExceeded";

  private final String code;
  private final String message;
  private final String tkeRequestId;

  public ClusterFailure(String code, String message, String tkeRequestId) {
    this.code = code;
    this.message = message;
    this.tkeRequestId = tkeRequestId == null || tkeRequestId.isEmpty() ? null : tkeRequestId;
  }

  public static ClusterFailure of(TkeException e) {
    return new ClusterFailure(e.code(), e.getMessage(), e.requestId());
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }

  public Optional<String> tkeRequestId() {
    return Optional.ofNullable(tkeRequestId);
  }
}
