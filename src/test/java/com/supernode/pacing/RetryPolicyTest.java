package com.supernode.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final long MS = 1_000_000L;

  /** Returns a Random whose nextDouble is always {@code value}. */
  private static Random fixed(double value) {
    return new Random() {
      @Override
      public double nextDouble() {
        return value;
      }
    };
  }

  private static RetryPolicy policy(Random random) {
    return new RetryPolicy(5, Duration.ofMillis(200), Duration.ofMillis(1000), random);
  }

  @Test
  void backoffCeilingDoublesUntilCap() {
    RetryPolicy policy = policy(new Random(1));

    assertEquals(200 * MS, policy.maxBackoffNanos(1));
    assertEquals(400 * MS, policy.maxBackoffNanos(2));
    assertEquals(800 * MS, policy.maxBackoffNanos(3));
    assertEquals(1000 * MS, policy.maxBackoffNanos(4));
    assertEquals(1000 * MS, policy.maxBackoffNanos(60));
  }

  @Test
  void backoffScalesCeilingByRandomDraw() {
    assertEquals(400 * MS, policy(fixed(0.5)).backoffNanos(3));
    assertEquals(0, policy(fixed(0.0)).backoffNanos(3));
  }

  @Test
  void backoffDrawsStayWithinCeiling() {
    RetryPolicy policy = policy(new Random(42));

    for (int i = 0; i < 1000; i++) {
      long wait = policy.backoffNanos(2);
      assertTrue(wait >= 0, "wait " + wait + " is negative");
      assertTrue(wait < 400 * MS, "wait " + wait + " exceeds the ceiling");
    }
  }

  @Test
  void retriesStopAtMaxAttempts() {
    RetryPolicy policy = policy(new Random(1));

    assertTrue(policy.allowsRetryAfter(4));
    assertFalse(policy.allowsRetryAfter(5));
  }

  @Test
  void capBelowBaseIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(3,
        Duration.ofMillis(500), Duration.ofMillis(100), new Random()));
  }
}
