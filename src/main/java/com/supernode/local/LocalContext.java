package com.supernode.local;

import com.qcloud.scf.runtime.Context;
import java.util.UUID;

/** An SCF context for local runs: a fresh request ID, the time limit and memory given. */
public final class LocalContext implements Context {
  private final String requestId;
  private final int timeLimitInMs;
  private final int memoryLimitInMb;

  public LocalContext(int timeLimitInMs, int memoryLimitInMb) {
    this.requestId = UUID.randomUUID().toString();
    this.timeLimitInMs = timeLimitInMs;
    this.memoryLimitInMb = memoryLimitInMb;
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
    return memoryLimitInMb;
  }
}
