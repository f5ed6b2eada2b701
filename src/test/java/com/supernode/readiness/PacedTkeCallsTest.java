package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.supernode.tke.TkeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PacedTkeCallsTest {
  private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");
  private final MutableClock clock = new MutableClock(START);
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Integer> retries = new ArrayList<>();

  private PacedTkeCalls calls(int maxAttempts, Duration budget) {
    return new PacedTkeCalls(clock, duration -> {
      sleeps.add(duration);
      clock.advance(duration);
    }, Duration.ofMillis(100), maxAttempts, START.plus(budget));
  }

  private <T> T call(PacedTkeCalls calls, Supplier<T> call) {
    return calls.call(call, (failure, attempt, delay) -> retries.add(attempt));
  }

  private static TkeException throttled() {
    return TkeException.apiError("DescribeClusterVirtualNode", "RequestLimitExceeded",
        "Your current request times exceeds the limit.", "req-throttled");
  }

  private static TkeException timeout() {
    return new TkeException("DescribeClusterVirtualNode", TkeException.TIMEOUT,
        "DescribeClusterVirtualNode timed out before TKE answered.", "", true, null);
  }

  /** Returns a call that throws {@code failures} in turn, then returns "ok". */
  private static Supplier<String> failing(TkeException... failures) {
    Deque<TkeException> queue = new ArrayDeque<>(List.of(failures));
    return () -> {
      if (!queue.isEmpty()) {
        throw queue.remove();
      }
      return "ok";
    };
  }

  @Test
  void spacesCallStartsByInterval() {
    PacedTkeCalls calls = calls(1, Duration.ofMinutes(1));

    call(calls, () -> "first");
    clock.advance(Duration.ofMillis(30));
    call(calls, () -> "second");
    clock.advance(Duration.ofMillis(500));
    call(calls, () -> "third");

    assertEquals(List.of(Duration.ofMillis(70)), sleeps);
  }

  @Test
  void retriesThrottlingWithDoublingBackoff() {
    PacedTkeCalls calls = calls(4, Duration.ofMinutes(1));

    String result = call(calls, failing(throttled(), throttled()));

    assertEquals("ok", result);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeps);
    assertEquals(List.of(2, 3), retries);
  }

  @Test
  void retriesCallWhoseOutcomeIsUnknown() {
    PacedTkeCalls calls = calls(2, Duration.ofMinutes(1));

    assertEquals("ok", call(calls, failing(timeout())));
    assertEquals(List.of(2), retries);
  }

  @Test
  void givesUpAfterMaxAttempts() {
    PacedTkeCalls calls = calls(3, Duration.ofMinutes(1));
    TkeException last = throttled();

    TkeException e = assertThrows(TkeException.class,
        () -> call(calls, failing(throttled(), throttled(), last)));

    assertSame(last, e);
    assertEquals(List.of(2, 3), retries);
  }

  @Test
  void neverRetriesTkeRejection() {
    PacedTkeCalls calls = calls(4, Duration.ofMinutes(1));
    TkeException denied = TkeException.apiError("DescribeClusterVirtualNodePools",
        "UnauthorizedOperation.CamNoAuth", "no permission", "req-cam");

    TkeException e = assertThrows(TkeException.class, () -> call(calls, failing(denied)));

    assertSame(denied, e);
    assertEquals(List.of(), retries);
  }

  @Test
  void doesNotWaitPastDeadline() {
    PacedTkeCalls calls = calls(4, Duration.ofMillis(500));
    TkeException first = throttled();

    TkeException e = assertThrows(TkeException.class, () -> call(calls, failing(first)));

    assertSame(first, e);
    assertEquals(List.of(), sleeps);
  }

  @Test
  void startsNoCallAtDeadline() {
    PacedTkeCalls calls = calls(1, Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    List<String> started = new ArrayList<>();

    assertThrows(TimeBudgetExceededException.class, () -> call(calls, () -> started.add("call")));
    assertEquals(List.of(), started);
  }

  @Test
  void backoffIsCapped() {
    assertEquals(Duration.ofSeconds(4), PacedTkeCalls.backoff(3));
    assertEquals(Duration.ofSeconds(8), PacedTkeCalls.backoff(4));
    assertEquals(Duration.ofSeconds(8), PacedTkeCalls.backoff(40));
  }
}
