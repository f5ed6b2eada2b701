package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.config.Settings;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FixedRandom;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Checks how the readiness check uses the shared pacing and retry classes; their own rules are
 * tested in {@code com.supernode.pacing}.
 */
class PacedTkeCallsTest {
  private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");
  private static final String NODES = TkeGateway.DESCRIBE_NODES;
  private final MutableClock clock = new MutableClock(START);
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> retries = new ArrayList<>();

  /** Returns calls 100 ms apart per action whose retries wait half their ceiling. */
  private PacedTkeCalls calls(int maxAttempts, Duration budget) {
    ReadinessSettings settings = ReadinessSettings.from(Settings.of(Map.of(
        "READINESS_CALL_INTERVAL_MS", "100",
        "READINESS_MAX_ATTEMPTS", String.valueOf(maxAttempts))));
    return PacedTkeCalls.start(settings, budget, new ClockTime(clock, duration -> {
      sleeps.add(duration);
      clock.advance(duration);
    }), new FixedRandom(0.5));
  }

  private <T> T call(PacedTkeCalls calls, String action, Supplier<T> call) {
    return calls.call(action, call, (failure, failures, delayNanos) ->
        retries.add(failure.code() + " " + failures + " " + delayNanos / 1_000_000 + " ms"));
  }

  private static TkeException throttled() {
    return TkeException.apiError(NODES, "RequestLimitExceeded",
        "Your current request times exceeds the limit.", "req-throttled");
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
  void spacesCallsOfOneAction() {
    PacedTkeCalls calls = calls(1, Duration.ofMinutes(1));

    call(calls, NODES, () -> "first");
    clock.advance(Duration.ofMillis(30));
    call(calls, NODES, () -> "second");
    clock.advance(Duration.ofMillis(500));
    call(calls, NODES, () -> "third");

    assertEquals(List.of(Duration.ofMillis(70)), sleeps);
  }

  @Test
  void pacesActionsSeparately() {
    PacedTkeCalls calls = calls(1, Duration.ofMinutes(1));

    call(calls, TkeGateway.DESCRIBE_POOLS, () -> "pools");
    call(calls, NODES, () -> "nodes");

    assertEquals(List.of(), sleeps);
  }

  @Test
  void retriesThrottlingAfterJitteredBackoff() {
    PacedTkeCalls calls = calls(4, Duration.ofMinutes(1));

    String result = call(calls, NODES, failing(throttled(), throttled()));

    assertEquals("ok", result);
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeps);
    assertEquals(List.of("RequestLimitExceeded 1 500 ms", "RequestLimitExceeded 2 1000 ms"),
        retries);
  }

  @Test
  void retriesCallWhoseOutcomeIsUnknown() {
    PacedTkeCalls calls = calls(2, Duration.ofMinutes(1));
    TkeException timeout = new TkeException(NODES, TkeException.TIMEOUT,
        "DescribeClusterVirtualNode timed out before TKE responded.", "", true, null);

    assertEquals("ok", call(calls, NODES, failing(timeout)));
    assertEquals(List.of("ClientError.Timeout 1 500 ms"), retries);
  }

  @Test
  void givesUpAfterMaxAttempts() {
    PacedTkeCalls calls = calls(3, Duration.ofMinutes(1));
    TkeException last = throttled();

    TkeException e = assertThrows(TkeException.class,
        () -> call(calls, NODES, failing(throttled(), throttled(), last)));

    assertSame(last, e);
    assertEquals(2, retries.size());
  }

  @Test
  void neverRetriesTkeRejection() {
    PacedTkeCalls calls = calls(4, Duration.ofMinutes(1));
    TkeException denied = TkeException.apiError(TkeGateway.DESCRIBE_POOLS,
        "UnauthorizedOperation.CamNoAuth", "no permission", "req-cam");

    TkeException e = assertThrows(TkeException.class,
        () -> call(calls, TkeGateway.DESCRIBE_POOLS, failing(denied)));

    assertSame(denied, e);
    assertEquals(List.of(), retries);
  }

  @Test
  void retryPastBudgetFailsWithLastError() {
    PacedTkeCalls calls = calls(4, Duration.ofMillis(400));
    TkeException first = throttled();

    TkeException e = assertThrows(TkeException.class, () -> call(calls, NODES, failing(first)));

    assertSame(first, e);
    assertEquals(List.of(), sleeps);
  }

  @Test
  void startsNoCallPastBudget() {
    PacedTkeCalls calls = calls(1, Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(1001));
    List<String> started = new ArrayList<>();

    assertThrows(TimeBudgetExceededException.class,
        () -> call(calls, NODES, () -> started.add("call")));
    assertEquals(List.of(), started);
  }

  @Test
  void timeLeftEndsWithBudget() {
    PacedTkeCalls calls = calls(1, Duration.ofSeconds(1));

    assertTrue(calls.timeLeft());
    clock.advance(Duration.ofMillis(1001));
    assertFalse(calls.timeLeft());
  }
}
