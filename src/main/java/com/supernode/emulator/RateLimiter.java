package com.supernode.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A sliding one-second window per action on the emulator clock. Only admitted calls count, so a
 * client that backs off after {@code RequestLimitExceeded} gets through once the window moves.
 */
final class RateLimiter {
  private static final Duration WINDOW = Duration.ofSeconds(1);

  private final Map<String, Deque<Instant>> admitted = new HashMap<>();

  /** Admits the call and returns true, unless {@code limit} calls came in the last second. */
  synchronized boolean tryAcquire(String action, int limit, Instant now) {
    if (limit <= 0) {
      return true;
    }
    Deque<Instant> window = admitted.computeIfAbsent(action, a -> new ArrayDeque<>());
    Instant windowStart = now.minus(WINDOW);
    while (!window.isEmpty() && !window.peekFirst().isAfter(windowStart)) {
      window.pollFirst();
    }
    if (window.size() >= limit) {
      return false;
    }
    window.addLast(now);
    return true;
  }
}
