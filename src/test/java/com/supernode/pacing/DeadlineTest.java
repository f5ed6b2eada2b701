package com.supernode.pacing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  private final FakeTime time = new FakeTime();
  private final Deadline deadline = Deadline.of(time, time.nanos(), Duration.ofSeconds(30),
      Duration.ofSeconds(2), Duration.ofSeconds(13));

  @Test
  void callEndingBeforeMarginIsAllowed() {
    time.advanceMillis(15_000);

    assertTrue(deadline.allowsCallAfter(0));
  }

  @Test
  void callRunningIntoMarginIsRejected() {
    time.advanceMillis(15_001);

    assertFalse(deadline.allowsCallAfter(0));
  }

  @Test
  void waitBeforeCallCountsAgainstDeadline() {
    assertTrue(deadline.allowsCallAfter(Duration.ofSeconds(15).toNanos()));
    assertFalse(deadline.allowsCallAfter(Duration.ofSeconds(16).toNanos()));
  }

  @Test
  void limitBelowCallBudgetAllowsNothing() {
    Deadline tight = Deadline.of(time, time.nanos(), Duration.ofSeconds(3), Duration.ZERO,
        Duration.ofSeconds(13));

    assertFalse(tight.allowsCallAfter(0));
  }
}
