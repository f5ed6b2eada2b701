package com.supernode.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when a test moves it, for tests that drive node phases and rate-limit
 * windows.
 *
 * <p>Start it at the current instant: the Tencent SDK stamps requests with the system time, and
 * the emulator rejects timestamps too far from its own clock (see
 * {@link EmulatorWorld#maxClockSkewSeconds()}).
 */
public final class ManualClock extends Clock {
  private final ZoneId zone;
  private volatile Instant now;

  public ManualClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private ManualClock(Instant start, ZoneId zone) {
    this.now = Objects.requireNonNull(start, "start");
    this.zone = zone;
  }

  /** Creates a clock set to the current system instant. */
  public static ManualClock startingNow() {
    return new ManualClock(Instant.now());
  }

  /** Moves the clock forward by {@code amount} and returns the new instant. */
  public synchronized Instant advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, found " + amount);
    }
    now = now.plus(amount);
    return now;
  }

  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ManualClock(now, newZone);
  }
}
