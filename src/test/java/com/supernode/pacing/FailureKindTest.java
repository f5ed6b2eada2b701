package com.supernode.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.tke.TkeException;
import org.junit.jupiter.api.Test;

class FailureKindTest {
  private static TkeException apiError(String code) {
    return TkeException.apiError("CreateClusterVirtualNode", code, "message", "req-1");
  }

  @Test
  void throttlingCodesAreThrottled() {
    assertEquals(FailureKind.THROTTLED, FailureKind.of(apiError("RequestLimitExceeded")));
    assertEquals(FailureKind.THROTTLED,
        FailureKind.of(apiError("RequestLimitExceeded.UinLimitExceeded")));
  }

  @Test
  void lostAnswerIsUncertain() {
    TkeException timeout = new TkeException("CreateClusterVirtualNode", TkeException.TIMEOUT,
        "timed out", "", true, null);

    assertEquals(FailureKind.UNCERTAIN, FailureKind.of(timeout));
  }

  @Test
  void internalErrorIsUncertain() {
    assertEquals(FailureKind.UNCERTAIN, FailureKind.of(apiError("InternalError")));
    assertEquals(FailureKind.UNCERTAIN,
        FailureKind.of(apiError("InternalError.UnexpectedInternal")));
  }

  @Test
  void subnetAlreadyExistIsSubnetTaken() {
    assertEquals(FailureKind.SUBNET_TAKEN,
        FailureKind.of(apiError("ResourceInUse.SubnetAlreadyExist")));
  }

  @Test
  void rejectionsArePermanent() {
    assertEquals(FailureKind.PERMANENT, FailureKind.of(apiError("InvalidParameter.Param")));
    assertEquals(FailureKind.PERMANENT,
        FailureKind.of(apiError("ResourceUnavailable.NodePoolStateNotNormal")));
    assertEquals(FailureKind.PERMANENT, FailureKind.of(apiError("AuthFailure.SignatureFailure")));
  }

  @Test
  void onlyThrottledAndUncertainReadsAreRetried() {
    assertTrue(FailureKind.THROTTLED.retriesRead());
    assertTrue(FailureKind.UNCERTAIN.retriesRead());
    assertFalse(FailureKind.PERMANENT.retriesRead());
    assertFalse(FailureKind.SUBNET_TAKEN.retriesRead());
  }
}
