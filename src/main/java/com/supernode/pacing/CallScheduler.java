package com.supernode.pacing;

/**
 * Decides when the next TKE call may start: after its backoff, at its action's pacing slot,
 * and only if it can end before the deadline.
 */
public final class CallScheduler {
  private final Pacer pacer;
  private final RetryPolicy retry;
  private final Deadline deadline;
  private final MonotonicTime time;

  public CallScheduler(Pacer pacer, RetryPolicy retry, Deadline deadline, MonotonicTime time) {
    this.pacer = pacer;
    this.retry = retry;
    this.deadline = deadline;
    this.time = time;
  }

  public RetryPolicy retry() {
    return retry;
  }

  /** Draws the backoff before the call that follows {@code failures} failed ones. */
  public long backoffNanos(int failures) {
    return failures == 0 ? 0 : retry.backoffNanos(failures);
  }

  /**
   * Waits {@code delayNanos}, then for a pacing slot of {@code action}.
   *
   * @return false, without waiting, when the call could not end before the deadline; also
   *     false when the thread is interrupted, as when batch-create abandons its workers
   */
  public boolean awaitTurn(String action, long delayNanos) {
    if (!deadline.allowsCallAfter(delayNanos)) {
      return false;
    }
    try {
      time.sleep(delayNanos);
      return pacer.await(action, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
