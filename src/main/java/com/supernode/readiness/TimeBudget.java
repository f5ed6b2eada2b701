package com.supernode.readiness;

import java.time.Duration;

/**
 * How long one invocation may spend starting TKE calls, so it ends well inside the function's
 * time limit even when the last call takes its full timeout.
 */
public final class TimeBudget {
  /** The time limit assumed when no SCF context gives one, as in a direct unit test. */
  static final int DEFAULT_TIME_LIMIT_MS = 60_000;

  private TimeBudget() {}

  /**
   * Returns the time limit less a reserve. The reserve is a quarter of the limit, or one TKE
   * call's connect and read timeouts plus two seconds when that is more. The budget is never
   * less than half the limit.
   */
  public static Duration of(int timeLimitMs, int callTimeoutSeconds) {
    long limit = timeLimitMs > 0 ? timeLimitMs : DEFAULT_TIME_LIMIT_MS;
    long reserve = Math.max(limit / 4, callTimeoutSeconds * 1000L + 2000);
    return Duration.ofMillis(Math.max(limit - reserve, limit / 2));
  }
}
