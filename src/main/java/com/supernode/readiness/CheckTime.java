package com.supernode.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The moment a check counts ages from: the timer's {@code Time} when it lies at most a
 * tolerance before the function's clock and at most {@link NodeTimes#CLOCK_SKEW_ALLOWANCE}
 * after it, otherwise the clock's reading.
 *
 * <p>SCF fires a timer a little after its {@code Time}, so using that time gives every record
 * of one check the scheduled moment. A {@code Time} far from the clock belongs to a replayed or
 * hand-written event: measuring ages from it would judge nodes against a moment when TKE and
 * Kubernetes did not yet, or no longer, look as they do now. A {@code Time} after the clock
 * would make every heartbeat look older than it is, so only clock drift is allowed there.
 */
public final class CheckTime {
  private final Instant instant;
  private final Instant ignoredTriggerTime;

  private CheckTime(Instant instant, Instant ignoredTriggerTime) {
    this.instant = instant;
    this.ignoredTriggerTime = ignoredTriggerTime;
  }

  /**
   * Chooses the check time from the event's {@code triggerTime}, if any, and the clock's
   * reading {@code clockTime}.
   *
   * @param tolerance how far the trigger time may lie before the clock
   */
  public static CheckTime choose(Optional<Instant> triggerTime, Instant clockTime,
      Duration tolerance) {
    if (triggerTime.isEmpty()) {
      return new CheckTime(clockTime, null);
    }
    Instant time = triggerTime.get();
    boolean usable = !time.isBefore(clockTime.minus(tolerance))
        && !time.isAfter(clockTime.plus(NodeTimes.CLOCK_SKEW_ALLOWANCE));
    return usable ? new CheckTime(time, null) : new CheckTime(clockTime, time);
  }

  /** Returns the moment ages are measured from. */
  public Instant instant() {
    return instant;
  }

  /** Returns the timer's {@code Time} when it was too far from the clock to be used. */
  public Optional<Instant> ignoredTriggerTime() {
    return Optional.ofNullable(ignoredTriggerTime);
  }
}
