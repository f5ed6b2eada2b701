package com.supernode.readiness;

import com.supernode.tke.TkeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs TKE calls one at a time with a minimum interval between their starts, and retries a
 * call that TKE throttled or that failed in transit, with exponential backoff.
 *
 * <p>Only describe calls go through here, and they change nothing, so a call whose outcome is
 * unknown (a timeout or a dropped connection) is safe to repeat. No call starts, and no retry
 * waits, past the deadline.
 */
public final class PacedTkeCalls {
  /** The first retry's wait; each later retry waits twice as long, up to {@link #MAX_BACKOFF}. */
  static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

  /** Waits; production code sleeps the thread, tests move a clock. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Learns about each retry before its wait, so it can be logged. */
  @FunctionalInterface
  public interface RetryListener {
    void retrying(TkeException failure, int nextAttempt, Duration delay);
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration interval;
  private final int maxAttempts;
  private final Instant deadline;
  private Instant lastStart;

  /**
   * Creates a pacer.
   *
   * @param interval the minimum time between the starts of two calls
   * @param maxAttempts attempts per call, counting the first
   * @param deadline the time after which no call starts
   */
  public PacedTkeCalls(Clock clock, Sleeper sleeper, Duration interval, int maxAttempts,
      Instant deadline) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = interval;
    this.maxAttempts = maxAttempts;
    this.deadline = deadline;
  }

  /**
   * Runs {@code call}, retrying it as the class describes.
   *
   * @throws TkeException the last failure, when it cannot be retried or attempts ran out
   * @throws TimeBudgetExceededException when the deadline leaves no time for the next attempt
   */
  public <T> T call(Supplier<T> call, RetryListener listener) {
    for (int attempt = 1; ; attempt++) {
      awaitTurn();
      try {
        return call.get();
      } catch (TkeException e) {
        if (!retryable(e) || attempt >= maxAttempts) {
          throw e;
        }
        Duration delay = backoff(attempt);
        if (clock.instant().plus(delay).isAfter(deadline)) {
          throw e;
        }
        listener.retrying(e, attempt + 1, delay);
        sleep(delay);
      }
    }
  }

  /** Returns whether the deadline is still ahead, for work outside TKE calls. */
  public boolean timeLeft() {
    return clock.instant().isBefore(deadline);
  }

  private void awaitTurn() {
    Instant now = clock.instant();
    if (lastStart != null) {
      Instant turn = lastStart.plus(interval);
      if (turn.isAfter(now)) {
        sleep(Duration.between(now, turn));
        now = clock.instant();
      }
    }
    if (!now.isBefore(deadline)) {
      throw new TimeBudgetExceededException("The invocation's time budget ran out at "
          + deadline + " before this TKE call could start.", null);
    }
    lastStart = now;
  }

  private static boolean retryable(TkeException e) {
    return e.isThrottling() || e.outcomeUnknown();
  }

  static Duration backoff(int failedAttempt) {
    Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(failedAttempt - 1, 10));
    return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
  }

  private void sleep(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimeBudgetExceededException("The wait between TKE calls was interrupted.", e);
    }
  }
}
