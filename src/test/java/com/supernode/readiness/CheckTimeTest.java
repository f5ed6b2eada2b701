package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckTimeTest {
  private static final Instant CLOCK = Instant.parse("2026-12-04T01:00:30Z");
  private static final Duration TOLERANCE = Duration.ofMinutes(15);

  private static CheckTime choose(String triggerTime) {
    return CheckTime.choose(Optional.of(Instant.parse(triggerTime)), CLOCK, TOLERANCE);
  }

  @Test
  void missingTriggerTimeUsesClock() {
    CheckTime time = CheckTime.choose(Optional.empty(), CLOCK, TOLERANCE);

    assertEquals(CLOCK, time.instant());
    assertEquals(Optional.empty(), time.ignoredTriggerTime());
  }

  @Test
  void nearTriggerTimeIsUsed() {
    CheckTime time = choose("2026-12-04T01:00:00Z");

    assertEquals(Instant.parse("2026-12-04T01:00:00Z"), time.instant());
    assertEquals(Optional.empty(), time.ignoredTriggerTime());
  }

  @Test
  void triggerTimeAtToleranceBeforeClockIsUsed() {
    assertEquals(Instant.parse("2026-12-04T00:45:30Z"),
        choose("2026-12-04T00:45:30Z").instant());
  }

  @Test
  void triggerTimeBeyondToleranceGivesWayToClock() {
    CheckTime early = choose("2026-12-04T00:45:29Z");

    assertEquals(CLOCK, early.instant());
    assertEquals(Optional.of(Instant.parse("2026-12-04T00:45:29Z")),
        early.ignoredTriggerTime());
  }

  @Test
  void triggerTimeMayLeadClockOnlyByDrift() {
    CheckTime drift = choose("2026-12-04T01:01:30Z");
    CheckTime ahead = choose("2026-12-04T01:01:31Z");

    assertEquals(Instant.parse("2026-12-04T01:01:30Z"), drift.instant());
    assertEquals(CLOCK, ahead.instant());
    assertEquals(Optional.of(Instant.parse("2026-12-04T01:01:31Z")), ahead.ignoredTriggerTime());
  }

  @Test
  void extremeTriggerTimesGiveWayToClock() {
    assertEquals(CLOCK, choose("9999-12-31T23:59:59Z").instant());
    assertEquals(CLOCK, choose("1970-01-01T00:00:00Z").instant());
  }
}
