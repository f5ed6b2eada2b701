package com.supernode.pacing;

import com.supernode.tke.TkeException;
import java.util.function.Supplier;

/**
 * Runs read-only TKE calls under a {@link CallScheduler}, and calls again after a backoff when
 * {@link FailureKind#retriesRead()} allows it: the call was throttled, got no usable response,
 * or TKE failed internally. Pass only describe calls, because a call that changes something may
 * have taken effect although it failed.
 */
public final class RetryingReader {
  /** Learns of each retry just before it is sent, so it can be logged. */
  @FunctionalInterface
  public interface RetryListener {
    /**
     * Receives the retry that follows {@code failures} failed calls, the last being
     * {@code last}, after a backoff of {@code delayNanos} (its pacing wait not included).
     */
    void retrying(TkeException last, int failures, long delayNanos);
  }

  private final CallScheduler scheduler;

  public RetryingReader(CallScheduler scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Runs {@code call}, which calls the TKE action {@code action}, retrying it as the class
   * describes.
   *
   * @throws TkeException when the last call failed, or a call failed in a way not worth retrying
   * @throws OutOfTimeException when the deadline came before a call could start
   */
  public <T> T read(String action, Supplier<T> call, RetryListener listener) {
    TkeException last = null;
    int failures = 0;
    while (true) {
      long delay = scheduler.backoffNanos(failures);
      if (!scheduler.awaitTurn(action, delay)) {
        throw new OutOfTimeException(action, last);
      }
      if (last != null) {
        listener.retrying(last, failures, delay);
      }
      try {
        return call.get();
      } catch (TkeException e) {
        failures++;
        if (!FailureKind.of(e).retriesRead() || !scheduler.retry().allowsRetryAfter(failures)) {
          throw e;
        }
        last = e;
      }
    }
  }
}
