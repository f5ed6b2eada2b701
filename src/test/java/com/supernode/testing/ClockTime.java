package com.supernode.testing;

import com.supernode.pacing.MonotonicTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Monotonic time read from a test clock. A sleep advances that clock instead of waiting, so
 * pacing and backoff show up in the clock's readings and in what the emulator records.
 */
public final class ClockTime implements MonotonicTime {
  private final Clock clock;
  private final Consumer<Duration> advance;

  /**
   * Creates a time that reads {@code clock} and sleeps by passing the duration to
   * {@code advance}, which may also ignore it so that waits take no time at all.
   */
  public ClockTime(Clock clock, Consumer<Duration> advance) {
    this.clock = clock;
    this.advance = advance;
  }

  @Override
  public long nanos() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  @Override
  public void sleep(long nanos) {
    if (nanos > 0) {
      advance.accept(Duration.ofNanos(nanos));
    }
  }
}
