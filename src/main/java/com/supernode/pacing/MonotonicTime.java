package com.supernode.pacing;

/**
 * The clock of paced TKE calls and their way to wait, in nanoseconds. Pacing, backoff and the
 * deadline all go through it, so tests can use a fake clock that advances on sleep instead of
 * waiting.
 */
public interface MonotonicTime {
  /** The system's monotonic clock and {@link Thread#sleep}. */
  MonotonicTime SYSTEM = new MonotonicTime() {
    @Override
    public long nanos() {
      return System.nanoTime();
    }

    @Override
    public void sleep(long nanos) throws InterruptedException {
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    }
  };

  /** A reading of the clock; only differences between readings mean anything. */
  long nanos();

  /** Waits {@code nanos} nanoseconds; zero or less returns at once. */
  void sleep(long nanos) throws InterruptedException;
}
