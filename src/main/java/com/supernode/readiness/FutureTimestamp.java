package com.supernode.readiness;

import java.time.Instant;

/**
 * A timestamp from TKE or Kubernetes that lies after the check time by more than clocks may
 * differ, so the check does not measure an age from it.
 */
public final class FutureTimestamp {
  private final String source;
  private final Instant time;
  private final long secondsAfterCheck;

  FutureTimestamp(String source, Instant time, long secondsAfterCheck) {
    this.source = source;
    this.time = time;
    this.secondsAfterCheck = secondsAfterCheck;
  }

  /** Returns where the timestamp came from, such as {@code Kubernetes lastHeartbeatTime}. */
  public String source() {
    return source;
  }

  public Instant time() {
    return time;
  }

  public long secondsAfterCheck() {
    return secondsAfterCheck;
  }

  /** Returns a clause for a log message, such as {@code TKE CreatedTime ... lies 60 s ...}. */
  String describe() {
    return source + " " + time + " lies " + secondsAfterCheck + " s after the check time";
  }
}
