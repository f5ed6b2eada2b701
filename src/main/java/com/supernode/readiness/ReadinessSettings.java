package com.supernode.readiness;

import com.supernode.config.Settings;
import java.time.Duration;

/** The readiness function's settings, read at the start of each invocation. */
public final class ReadinessSettings {
  /** Seconds a node may stay not {@code Running} before it counts as stuck. */
  public static final String GRACE_SECONDS = "READINESS_GRACE_SECONDS";
  /** Minimum milliseconds between the starts of two TKE calls. */
  public static final String CALL_INTERVAL_MS = "READINESS_CALL_INTERVAL_MS";
  /** Attempts per TKE call, counting the first, when TKE throttles or a call fails in transit. */
  public static final String MAX_ATTEMPTS = "READINESS_MAX_ATTEMPTS";

  /** Virtual nodes start in seconds, so five minutes not {@code Running} is worth a page. */
  static final int DEFAULT_GRACE_SECONDS = 300;
  /** Ten calls per second: half of TKE's default limit of 20 per action, left to others. */
  static final int DEFAULT_CALL_INTERVAL_MS = 100;
  static final int DEFAULT_MAX_ATTEMPTS = 4;

  private final String clusters;
  private final Duration grace;
  private final Duration callInterval;
  private final int maxAttempts;

  private ReadinessSettings(String clusters, Duration grace, Duration callInterval,
      int maxAttempts) {
    this.clusters = clusters;
    this.grace = grace;
    this.callInterval = callInterval;
    this.maxAttempts = maxAttempts;
  }

  /**
   * Reads the settings.
   *
   * @throws com.supernode.config.InvalidSettingException when a number is malformed or too small
   */
  public static ReadinessSettings from(Settings settings) {
    return new ReadinessSettings(
        settings.get(TargetParser.SETTING, ""),
        Duration.ofSeconds(settings.getInt(GRACE_SECONDS, DEFAULT_GRACE_SECONDS, 0)),
        Duration.ofMillis(settings.getInt(CALL_INTERVAL_MS, DEFAULT_CALL_INTERVAL_MS, 0)),
        settings.getInt(MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS, 1));
  }

  /** Returns the raw {@code READINESS_CLUSTERS} value, or an empty string when unset. */
  public String clusters() {
    return clusters;
  }

  public Duration grace() {
    return grace;
  }

  public Duration callInterval() {
    return callInterval;
  }

  public int maxAttempts() {
    return maxAttempts;
  }
}
