package com.supernode.pacing;

import java.time.Duration;

/**
 * The last moment a TKE call may start so that it finishes within the invocation.
 *
 * <p>SCF stops an invocation at its time limit, and a call cut off mid-way leaves a create
 * with an unknown outcome. So a call may start only when its longest possible duration (the
 * connect plus read timeouts) still ends before the time limit less a margin for building the
 * report.
 */
public final class Deadline {
  private final MonotonicTime time;
  private final long endNanos;
  private final long callBudgetNanos;

  /**
   * Creates a deadline.
   *
   * @param endNanos the {@link MonotonicTime} reading by which every call must have finished
   * @param callBudget the longest a call can take before its timeouts end it
   */
  public Deadline(MonotonicTime time, long endNanos, Duration callBudget) {
    this.time = time;
    this.endNanos = endNanos;
    this.callBudgetNanos = callBudget.toNanos();
  }

  /**
   * Creates the deadline of an invocation that started at {@code startNanos} and may run for
   * {@code timeLimit}, keeping {@code margin} for the work after the last call.
   */
  public static Deadline of(MonotonicTime time, long startNanos, Duration timeLimit,
      Duration margin, Duration callBudget) {
    return new Deadline(time, startNanos + timeLimit.minus(margin).toNanos(), callBudget);
  }

  /** Tells whether a call that starts at the reading {@code startNanos} ends in time. */
  public boolean allowsCallAt(long startNanos) {
    return startNanos + callBudgetNanos - endNanos <= 0;
  }

  /** Tells whether a call that starts {@code delayNanos} from now ends in time. */
  public boolean allowsCallAfter(long delayNanos) {
    return allowsCallAt(time.nanos() + delayNanos);
  }
}
