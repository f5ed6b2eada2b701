package com.supernode.pacing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces the calls of each TKE action evenly, so that no one-second window contains more calls
 * than the action's limit. A pacer built from a rate keeps a small margin for jitter
 * ({@link #WINDOW_MARGIN_NANOS}). TKE limits each action separately (20 requests per second by
 * default), so a slow create does not hold back a describe.
 *
 * <p>The pacer counts only this invocation's calls: concurrent invocations, or other clients
 * of the same account, share TKE's limit without knowing of each other. Throttling errors from
 * such contention are retried by the callers.
 */
public final class Pacer {
  /**
   * Added to each second when spacing calls, so that a call reaches TKE more than one second
   * after the call {@code callsPerSecond} places before it, even when the earlier one was
   * delayed by opening a connection, thread wake-up or network jitter. With exact spacing,
   * about one create in 20 was throttled by the emulator's one-second window (bench/run, batch
   * pacing) and cost a backoff and a later slot. The margin costs 1.25 ms per call at 20 per
   * second.
   */
  static final long WINDOW_MARGIN_NANOS = 25_000_000L;

  private final MonotonicTime time;
  private final long intervalNanos;
  private final Map<String, Long> nextSlot = new HashMap<>();

  public Pacer(MonotonicTime time, int callsPerSecond) {
    this(time, perSecond(callsPerSecond));
  }

  /** Creates a pacer that starts calls of one action at least {@code interval} apart. */
  public Pacer(MonotonicTime time, Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative: " + interval);
    }
    this.time = time;
    this.intervalNanos = interval.toNanos();
  }

  private static Duration perSecond(int callsPerSecond) {
    if (callsPerSecond < 1) {
      throw new IllegalArgumentException("callsPerSecond must be at least 1: " + callsPerSecond);
    }
    return Duration.ofNanos((1_000_000_000L + WINDOW_MARGIN_NANOS) / callsPerSecond);
  }

  /**
   * Waits for the next free slot of {@code action} and takes it.
   *
   * @return false, without waiting or taking a slot, when a call at the next free slot could
   *     not finish before {@code deadline}
   */
  public boolean await(String action, Deadline deadline) throws InterruptedException {
    Long slot = reserve(action, deadline);
    if (slot == null) {
      return false;
    }
    time.sleep(slot - time.nanos());
    return true;
  }

  private synchronized Long reserve(String action, Deadline deadline) {
    long now = time.nanos();
    Long next = nextSlot.get(action);
    long slot = next == null || next - now < 0 ? now : next;
    if (!deadline.allowsCallAt(slot)) {
      return null;
    }
    nextSlot.put(action, slot + intervalNanos);
    return slot;
  }
}
