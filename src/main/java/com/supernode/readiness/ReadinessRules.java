package com.supernode.readiness;

import java.time.Duration;

/** The thresholds that decide when a node that is not ready is worth an alarm. */
public final class ReadinessRules {
  private final Duration grace;
  private final Duration heartbeatStale;
  private final Duration checkInterval;
  private final int alarmAfterChecks;

  /**
   * Creates rules.
   *
   * @param grace how long a new node may take to become ready, and how long any node may stay
   *     not ready, before an alarm
   * @param heartbeatStale the age past which the {@code Ready} condition's heartbeat is stale
   * @param checkInterval the timer's period, which turns a time not ready into a check count
   * @param alarmAfterChecks consecutive checks a node must be not ready before an alarm
   */
  public ReadinessRules(Duration grace, Duration heartbeatStale, Duration checkInterval,
      int alarmAfterChecks) {
    this.grace = grace;
    this.heartbeatStale = heartbeatStale;
    this.checkInterval = checkInterval;
    this.alarmAfterChecks = alarmAfterChecks;
  }

  public Duration grace() {
    return grace;
  }

  public Duration heartbeatStale() {
    return heartbeatStale;
  }

  public Duration checkInterval() {
    return checkInterval;
  }

  public int alarmAfterChecks() {
    return alarmAfterChecks;
  }
}
