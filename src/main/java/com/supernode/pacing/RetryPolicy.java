package com.supernode.pacing;

import java.time.Duration;
import java.util.Random;

/**
 * How often and after how long a failed TKE call is tried again: at most
 * {@code maxAttempts} calls in all, and before each retry a wait drawn uniformly from zero to
 * {@code min(cap, base * 2^(failures - 1))}.
 *
 * <p>The wait is random over the whole range ("full jitter") so that calls throttled together
 * do not all come back together. Which failures are worth a retry is {@link FailureKind}'s
 * decision, not this class's.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final long baseNanos;
  private final long capNanos;
  private final Random random;

  public RetryPolicy(int maxAttempts, Duration base, Duration cap, Random random) {
    if (maxAttempts < 1 || base.isNegative() || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("Need maxAttempts >= 1 and 0 <= base <= cap, found "
          + maxAttempts + ", " + base + ", " + cap);
    }
    this.maxAttempts = maxAttempts;
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
    this.random = random;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Tells whether another call may follow {@code attemptsSoFar} failed ones. */
  public boolean allowsRetryAfter(int attemptsSoFar) {
    return attemptsSoFar < maxAttempts;
  }

  /** Returns the maximum wait before the retry that follows {@code failures} failed calls. */
  public long maxBackoffNanos(int failures) {
    long ceiling = baseNanos;
    for (int i = 1; i < failures && ceiling < capNanos; i++) {
      ceiling *= 2;
    }
    return Math.min(ceiling, capNanos);
  }

  /** Draws the wait before the retry that follows {@code failures} failed calls. */
  public long backoffNanos(int failures) {
    return (long) (random.nextDouble() * maxBackoffNanos(failures));
  }
}
