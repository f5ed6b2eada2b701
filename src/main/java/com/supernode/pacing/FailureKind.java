package com.supernode.pacing;

import com.supernode.tke.TkeException;

/** The meaning of a failed TKE call, which decides whether to call again. */
public enum FailureKind {
  /** TKE rejected the call for its rate limit and did nothing; a later call can succeed. */
  THROTTLED,
  /**
   * The call may or may not have taken effect: no usable response came (a timeout, a dropped
   * connection, an HTTP error, a garbled body) or TKE failed internally. A create in this
   * state is checked with a describe before it is tried again.
   */
  UNCERTAIN,
  /** The subnet already contains a node of the pool, so a create cannot add another. */
  SUBNET_TAKEN,
  /** Any other error: the same call would fail the same way, so it is not retried. */
  PERMANENT;

  /** TKE's code for a create into a subnet that already has a node of the pool. */
  public static final String SUBNET_ALREADY_EXIST = "ResourceInUse.SubnetAlreadyExist";

  public static FailureKind of(TkeException e) {
    if (e.isThrottling()) {
      return THROTTLED;
    }
    if (e.code().equals(SUBNET_ALREADY_EXIST)) {
      return SUBNET_TAKEN;
    }
    if (e.outcomeUnknown() || e.code().equals("InternalError")
        || e.code().startsWith("InternalError.")) {
      return UNCERTAIN;
    }
    return PERMANENT;
  }

  /** Tells whether a read-only call that failed this way is worth another call. */
  public boolean retriesRead() {
    return this == THROTTLED || this == UNCERTAIN;
  }
}
