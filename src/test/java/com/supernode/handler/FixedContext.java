package com.supernode.handler;

import com.qcloud.scf.runtime.Context;

/** An SCF context with a fixed request ID, so tests can pin the records that carry it. */
final class FixedContext implements Context {
  private final String requestId;
  private final int timeLimitInMs;

  FixedContext(String requestId, int timeLimitInMs) {
    this.requestId = requestId;
    this.timeLimitInMs = timeLimitInMs;
  }

  @Override
  public String getRequestId() {
    return requestId;
  }

  @Override
  public int getTimeLimitInMs() {
    return timeLimitInMs;
  }

  @Override
  public int getMemoryLimitInMb() {
    return 512;
  }
}
