package com.supernode.pacing;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when something sleeps on it or a test advances it. */
public final class FakeTime implements MonotonicTime {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicLong slept = new AtomicLong();

  @Override
  public long nanos() {
    return now.get();
  }

  @Override
  public void sleep(long nanos) {
    if (nanos > 0) {
      now.addAndGet(nanos);
      slept.addAndGet(nanos);
    }
  }

  public void advanceMillis(long millis) {
    now.addAndGet(millis * 1_000_000L);
  }

  /** Milliseconds since the clock was made. */
  public long elapsedMillis() {
    return (now.get() - 1_000_000_000L) / 1_000_000L;
  }

  public long sleptMillis() {
    return slept.get() / 1_000_000L;
  }
}
