package com.supernode.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PacerTest {
  private final FakeTime time = new FakeTime();
  private final Deadline farDeadline =
      Deadline.of(time, time.nanos(), Duration.ofHours(1), Duration.ZERO, Duration.ofSeconds(1));

  @Test
  void firstCallStartsAtOnce() throws InterruptedException {
    Pacer pacer = new Pacer(time, 20);

    assertTrue(pacer.await("CreateClusterVirtualNode", farDeadline));
    assertEquals(0, time.elapsedMillis());
  }

  @Test
  void sameActionCallsAreSpaced() throws InterruptedException {
    Pacer pacer = new Pacer(time, 20);

    for (int i = 0; i < 21; i++) {
      pacer.await("CreateClusterVirtualNode", farDeadline);
    }

    assertEquals(1025, time.elapsedMillis());
  }

  @Test
  void actionsArePacedSeparately() throws InterruptedException {
    Pacer pacer = new Pacer(time, 4);

    pacer.await("CreateClusterVirtualNode", farDeadline);
    pacer.await("DescribeClusterVirtualNode", farDeadline);

    assertEquals(0, time.elapsedMillis());
  }

  @Test
  void idleTimeIsNotBankedForBursts() throws InterruptedException {
    Pacer pacer = new Pacer(time, 10);
    pacer.await("CreateClusterVirtualNode", farDeadline);
    time.advanceMillis(5000);

    pacer.await("CreateClusterVirtualNode", farDeadline);
    pacer.await("CreateClusterVirtualNode", farDeadline);

    assertEquals(5102, time.elapsedMillis());
  }

  @Test
  void intervalSpacesCallsOfOneAction() throws InterruptedException {
    Pacer pacer = new Pacer(time, Duration.ofMillis(250));

    for (int i = 0; i < 5; i++) {
      pacer.await("DescribeClusterVirtualNode", farDeadline);
    }

    assertEquals(1000, time.elapsedMillis());
  }

  @Test
  void zeroIntervalNeverWaits() throws InterruptedException {
    Pacer pacer = new Pacer(time, Duration.ZERO);

    for (int i = 0; i < 5; i++) {
      pacer.await("DescribeClusterVirtualNode", farDeadline);
    }

    assertEquals(0, time.elapsedMillis());
  }

  @Test
  void slotPastDeadlineIsRejected() throws InterruptedException {
    Pacer pacer = new Pacer(time, 1);
    Deadline deadline = Deadline.of(time, time.nanos(), Duration.ofMillis(2500), Duration.ZERO,
        Duration.ofSeconds(1));

    assertTrue(pacer.await("CreateClusterVirtualNode", deadline));
    assertTrue(pacer.await("CreateClusterVirtualNode", deadline));
    assertFalse(pacer.await("CreateClusterVirtualNode", deadline));
    assertEquals(1025, time.elapsedMillis());
  }
}
