package com.supernode.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.config.InvalidSettingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchTimeLimitTest {
  private static BatchSettings settings(long marginMs) {
    return new BatchSettings(20, 8, 8, Duration.ofMillis(200), Duration.ofMillis(5000),
        Duration.ofMillis(marginMs), Duration.ofSeconds(13));
  }

  @Test
  void marginEqualToTimeLimitIsInvalid() {
    InvalidSettingException e = assertThrows(InvalidSettingException.class,
        () -> BatchTimeLimit.of(Duration.ofSeconds(30), settings(30_000)));

    assertEquals(BatchSettings.DEADLINE_MARGIN_MS, e.name());
    assertEquals("Setting BATCH_DEADLINE_MARGIN_MS is invalid: expected fewer milliseconds than "
        + "the function's time limit of 30000 ms, found '30000'. Fix it in the function's "
        + "environment variables.", e.getMessage());
  }

  @Test
  void marginBelowTimeLimitIsAccepted() {
    BatchTimeLimit limit = BatchTimeLimit.of(Duration.ofSeconds(30), settings(29_999));

    assertEquals("No TKE call could start. A TKE call starts only when it can end before the "
        + "function's time limit of 30000 ms less BATCH_DEADLINE_MARGIN_MS (29999 ms), and each "
        + "call may take up to 13000 ms (TKE_CONNECT_TIMEOUT_SECONDS plus "
        + "TKE_READ_TIMEOUT_SECONDS). The 1 ms left are too few for any call, so raise the time "
        + "limit or lower these settings.", limit.notAttemptedReason());
  }

  @Test
  void reasonAdvisesSendingAgainWhenCallsFit() {
    BatchTimeLimit limit = BatchTimeLimit.of(Duration.ofSeconds(30), settings(2000));

    assertEquals("No TKE call for this item could start in time. A TKE call starts only when "
        + "it can end before the function's time limit of 30000 ms less "
        + "BATCH_DEADLINE_MARGIN_MS (2000 ms), and each call may take up to 13000 ms "
        + "(TKE_CONNECT_TIMEOUT_SECONDS plus TKE_READ_TIMEOUT_SECONDS). Send the item again, "
        + "or split the batch.", limit.notAttemptedReason());
  }

  @Test
  void reasonCountsExactFitAsRoom() {
    BatchTimeLimit limit = BatchTimeLimit.of(Duration.ofSeconds(15), settings(2000));

    // 15 s less 2 s leaves exactly one call's 13 s, which the deadline allows.
    assertTrue(limit.notAttemptedReason().startsWith(
        "No TKE call for this item could start in time."));
  }
}
