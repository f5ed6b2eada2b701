package com.supernode.readiness;

import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.Deadline;
import com.supernode.pacing.MonotonicTime;
import com.supernode.pacing.OutOfTimeException;
import com.supernode.pacing.Pacer;
import com.supernode.pacing.RetryingReader;
import com.supernode.tke.TkeException;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Runs the check's TKE calls through a {@link RetryingReader}, which paces them per action and
 * retries throttled calls and calls without a usable response, with capped exponential backoff
 * and full jitter. No call starts after the invocation's time budget.
 *
 * <p>When the budget leaves no room for a retry, the call fails with the last TKE error, as if
 * its attempts had run out, so a pool whose listing failed is reported as such and the check
 * goes on. When the budget leaves no room for a first call, the call throws
 * {@link TimeBudgetExceededException}.
 */
public final class PacedTkeCalls {
  private final RetryingReader reader;
  private final Deadline deadline;

  public PacedTkeCalls(CallScheduler scheduler, Deadline deadline) {
    this.reader = new RetryingReader(scheduler);
    this.deadline = deadline;
  }

  /**
   * Creates the calls of one invocation, which may start TKE calls for {@code budget} from now.
   *
   * @param random the source of the retries' jitter
   */
  public static PacedTkeCalls start(ReadinessSettings settings, Duration budget,
      MonotonicTime time, Random random) {
    // TimeBudget already reserves one call's timeouts, so the deadline bounds only the start.
    Deadline deadline = new Deadline(time, time.nanos() + budget.toNanos(), Duration.ZERO);
    CallScheduler scheduler = new CallScheduler(new Pacer(time, settings.callInterval()),
        settings.retryPolicy(random), deadline, time);
    return new PacedTkeCalls(scheduler, deadline);
  }

  /**
   * Runs {@code call}, which calls the TKE action {@code action}, retrying it as the class
   * describes.
   *
   * @throws TkeException the last failure, when it cannot be retried or attempts or time ran out
   * @throws TimeBudgetExceededException when the budget left no time for the first attempt
   */
  public <T> T call(String action, Supplier<T> call, RetryingReader.RetryListener listener) {
    try {
      return reader.read(action, call, listener);
    } catch (OutOfTimeException e) {
      if (e.lastFailure().isPresent()) {
        throw e.lastFailure().get();
      }
      throw new TimeBudgetExceededException("The invocation's time budget ran out before a "
          + action + " call could start.", e);
    }
  }

  /** Returns whether the budget still allows a call to start, for work outside TKE calls. */
  public boolean timeLeft() {
    return deadline.allowsCallAfter(0);
  }
}
