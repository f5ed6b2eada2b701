package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private static final String POOLS_BODY = "{\"ClusterId\":\"cls-main0001\"}";

  private final ManualClock clock = ManualClock.startingNow();
  private TkeEmulator emulator;

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void callPastLimitInOneSecondIsThrottled() {
    start(EmulatorWorld.defaultWorld());

    for (int i = 0; i < 20; i++) {
      assertNull(describePools(), "call " + (i + 1));
    }
    assertEquals("RequestLimitExceeded", describePools());
  }

  @Test
  void limitFreesWhenWindowMoves() {
    start(EmulatorWorld.defaultWorld().withRateLimitPerSecond(2));
    describePools();
    describePools();
    String throttled = describePools();

    clock.advance(Duration.ofSeconds(1));

    assertEquals("RequestLimitExceeded", throttled);
    assertNull(describePools());
  }

  @Test
  void throttledCallsDoNotCount() {
    start(EmulatorWorld.defaultWorld().withRateLimitPerSecond(1));
    describePools();
    clock.advance(Duration.ofMillis(500));
    describePools();
    clock.advance(Duration.ofMillis(500));

    assertNull(describePools());
  }

  @Test
  void limitsArePerAction() {
    start(EmulatorWorld.defaultWorld().withRateLimitPerSecond(1));
    describePools();
    String throttled = describePools();

    String otherAction = callForErrorCode(DescribeVirtualNodesAction.NAME, POOLS_BODY);

    assertEquals("RequestLimitExceeded", throttled);
    assertNull(otherAction);
  }

  @Test
  void zeroLimitTurnsLimitOff() {
    start(EmulatorWorld.defaultWorld().withRateLimitPerSecond(0));

    for (int i = 0; i < 30; i++) {
      assertNull(describePools(), "call " + (i + 1));
    }
  }

  @Test
  void worldSetsLimitPerAction() {
    start(EmulatorWorld.fromJson(TestWorlds.withTopLevel(
        "\"rateLimitPerSecond\": {\"default\": 0, \"DescribeClusterVirtualNodePools\": 1}")));
    describePools();

    assertEquals("RequestLimitExceeded", describePools());
    assertNull(callForErrorCode(DescribeVirtualNodesAction.NAME, POOLS_BODY));
    assertNull(callForErrorCode(DescribeVirtualNodesAction.NAME, POOLS_BODY));
  }

  private void start(EmulatorWorld world) {
    emulator = TkeEmulator.start(world, 0, clock);
  }

  private String describePools() {
    return callForErrorCode(DescribeVirtualNodePoolsAction.NAME, POOLS_BODY);
  }

  private String callForErrorCode(String action, String body) {
    try {
      SdkClients.call(emulator, action, body);
      return null;
    } catch (TencentCloudSDKException e) {
      return e.getErrorCode();
    }
  }
}
