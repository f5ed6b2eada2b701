package com.supernode.bench;

import com.qcloud.scf.runtime.Context;

/** The SCF context a benchmark passes to a handler: a fixed request ID and limits. */
final class BenchContext implements Context {
  private final String requestId;

  BenchContext(String requestId) {
    this.requestId = requestId;
  }

  @Override
  public String getRequestId() {
    return requestId;
  }

  @Override
  public int getTimeLimitInMs() {
    return 30_000;
  }

  @Override
  public int getMemoryLimitInMb() {
    return 512;
  }
}
