package com.supernode.batch;

import com.supernode.config.InvalidSettingException;
import com.supernode.pacing.Deadline;
import com.supernode.pacing.MonotonicTime;
import com.supernode.tke.TkeSettings;
import java.time.Duration;

/**
 * The SCF time limit of one batch-create invocation and the rule for spending it: a TKE call
 * may start while it can still end before the limit less
 * {@value BatchSettings#DEADLINE_MARGIN_MS}, counting its full connect plus read timeout.
 */
public final class BatchTimeLimit {
  private final Duration timeLimit;
  private final Duration margin;
  private final Duration callBudget;

  private BatchTimeLimit(Duration timeLimit, Duration margin, Duration callBudget) {
    this.timeLimit = timeLimit;
    this.margin = margin;
    this.callBudget = callBudget;
  }

  /**
   * Combines the invocation's {@code timeLimit} with the margin and call budget of
   * {@code settings}.
   *
   * @throws InvalidSettingException when the margin is not less than the time limit, which
   *     would leave no time for any call
   */
  public static BatchTimeLimit of(Duration timeLimit, BatchSettings settings) {
    Duration margin = settings.deadlineMargin();
    if (margin.compareTo(timeLimit) >= 0) {
      throw new InvalidSettingException(BatchSettings.DEADLINE_MARGIN_MS,
          String.valueOf(margin.toMillis()), "fewer milliseconds than the function's time "
              + "limit of " + timeLimit.toMillis() + " ms", null);
    }
    return new BatchTimeLimit(timeLimit, margin, settings.callBudget());
  }

  /** Builds the deadline of an invocation that started at the reading {@code startNanos}. */
  public Deadline deadline(MonotonicTime time, long startNanos) {
    return Deadline.of(time, startNanos, timeLimit, margin, callBudget);
  }

  /**
   * Explains a {@code NotAttempted} item with the numbers and settings that decided it, and
   * tells whether sending it again can help.
   */
  public String notAttemptedReason() {
    long usableMs = timeLimit.minus(margin).toMillis();
    String rule = "A TKE call starts only when it can end before the function's time limit of "
        + timeLimit.toMillis() + " ms less " + BatchSettings.DEADLINE_MARGIN_MS + " ("
        + margin.toMillis() + " ms), and each call may take up to " + callBudget.toMillis()
        + " ms (" + TkeSettings.CONNECT_TIMEOUT_SECONDS + " plus "
        + TkeSettings.READ_TIMEOUT_SECONDS + ").";
    if (usableMs < callBudget.toMillis()) {
      return "No TKE call could start. " + rule + " The " + usableMs + " ms left are too few "
          + "for any call, so raise the time limit or lower these settings.";
    }
    return "No TKE call for this item could start in time. " + rule + " Send the item again, "
        + "or split the batch.";
  }
}
