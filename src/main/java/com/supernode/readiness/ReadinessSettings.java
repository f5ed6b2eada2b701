package com.supernode.readiness;

import com.supernode.config.Settings;
import com.supernode.pacing.RetryPolicy;
import java.time.Duration;
import java.util.Random;

/** The readiness function's settings, read at the start of each invocation. */
public final class ReadinessSettings {
  /** Seconds a node may stay not {@code Running} before it counts as stuck. */
  public static final String GRACE_SECONDS = "READINESS_GRACE_SECONDS";
  /** Minimum milliseconds between the starts of two calls of the same TKE action. */
  public static final String CALL_INTERVAL_MS = "READINESS_CALL_INTERVAL_MS";
  /** Attempts per TKE call, counting the first, when TKE throttles or a call fails in transit. */
  public static final String MAX_ATTEMPTS = "READINESS_MAX_ATTEMPTS";
  /** Seconds after which the Ready condition's last heartbeat counts as stale. */
  public static final String HEARTBEAT_STALE_SECONDS = "READINESS_HEARTBEAT_STALE_SECONDS";
  /** The timer's period in seconds, which turns a time not ready into a count of checks. */
  public static final String CHECK_INTERVAL_SECONDS = "READINESS_CHECK_INTERVAL_SECONDS";
  /** Consecutive checks a node must be not ready before it is logged at ERROR. */
  public static final String ALARM_AFTER_CHECKS = "READINESS_ALARM_AFTER_CHECKS";
  /** Seconds for connecting to the API server and for each of its requests. */
  public static final String KUBE_TIMEOUT_SECONDS = "READINESS_KUBE_TIMEOUT_SECONDS";
  /** Nodes per page ({@code limit}) when listing nodes. */
  public static final String KUBE_PAGE_SIZE = "READINESS_KUBE_PAGE_SIZE";

  /** Virtual nodes start in seconds, so five minutes not {@code Running} is worth a page. */
  static final int DEFAULT_GRACE_SECONDS = 300;
  /** Ten calls per second: half of TKE's default limit of 20 per action, left to others. */
  static final int DEFAULT_CALL_INTERVAL_MS = 100;
  static final int DEFAULT_MAX_ATTEMPTS = 4;
  /** The maximum wait before the first retry. The maximum doubles with each later retry. */
  static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
  /** The maximum wait before any retry. */
  static final Duration BACKOFF_CAP = Duration.ofSeconds(8);
  /**
   * With node leases, a kubelet refreshes its Ready condition only every 5 minutes when nothing
   * changes (Kubernetes' nodeStatusReportFrequency default), so a tighter limit would flag
   * healthy nodes. NOTE: how often TKE's virtual kubelet refreshes it is not documented.
   */
  static final int DEFAULT_HEARTBEAT_STALE_SECONDS = 600;
  static final int DEFAULT_CHECK_INTERVAL_SECONDS = 300;
  static final int DEFAULT_ALARM_AFTER_CHECKS = 2;
  static final int DEFAULT_KUBE_TIMEOUT_SECONDS = 5;
  static final int DEFAULT_KUBE_PAGE_SIZE = 500;

  private final Settings settings;
  private final String clusters;
  private final ReadinessRules rules;
  private final Duration callInterval;
  private final int maxAttempts;
  private final KubeAccessMode kubeAccess;
  private final Duration kubeTimeout;
  private final int kubePageSize;

  private ReadinessSettings(Settings settings) {
    this.settings = settings;
    this.clusters = settings.get(TargetParser.SETTING, "");
    this.rules = new ReadinessRules(
        Duration.ofSeconds(settings.getInt(GRACE_SECONDS, DEFAULT_GRACE_SECONDS, 0)),
        Duration.ofSeconds(settings.getInt(HEARTBEAT_STALE_SECONDS,
            DEFAULT_HEARTBEAT_STALE_SECONDS, 1)),
        Duration.ofSeconds(settings.getInt(CHECK_INTERVAL_SECONDS,
            DEFAULT_CHECK_INTERVAL_SECONDS, 1)),
        settings.getInt(ALARM_AFTER_CHECKS, DEFAULT_ALARM_AFTER_CHECKS, 1));
    this.callInterval =
        Duration.ofMillis(settings.getInt(CALL_INTERVAL_MS, DEFAULT_CALL_INTERVAL_MS, 0));
    this.maxAttempts = settings.getInt(MAX_ATTEMPTS, DEFAULT_MAX_ATTEMPTS, 1);
    this.kubeAccess = KubeAccessMode.parse(settings.get(KubeAccessMode.SETTING, "intranet"));
    this.kubeTimeout = Duration.ofSeconds(settings.getInt(KUBE_TIMEOUT_SECONDS,
        DEFAULT_KUBE_TIMEOUT_SECONDS, 1));
    this.kubePageSize = settings.getInt(KUBE_PAGE_SIZE, DEFAULT_KUBE_PAGE_SIZE, 1);
  }

  /**
   * Reads the settings.
   *
   * @throws com.supernode.config.InvalidSettingException when a number is malformed or too small
   */
  public static ReadinessSettings from(Settings settings) {
    return new ReadinessSettings(settings);
  }

  /** Returns the raw {@code READINESS_CLUSTERS} value, or an empty string when unset. */
  public String clusters() {
    return clusters;
  }

  public ReadinessRules rules() {
    return rules;
  }

  public Duration grace() {
    return rules.grace();
  }

  public Duration callInterval() {
    return callInterval;
  }

  /** Builds the policy for retrying a TKE call, drawing waits from {@code random}. */
  public RetryPolicy retryPolicy(Random random) {
    return new RetryPolicy(maxAttempts, BACKOFF_BASE, BACKOFF_CAP, random);
  }

  public KubeAccessMode kubeAccess() {
    return kubeAccess;
  }

  public Duration kubeTimeout() {
    return kubeTimeout;
  }

  public int kubePageSize() {
    return kubePageSize;
  }

  /**
   * Returns the per-cluster setting {@code prefix + suffix}, where the suffix is the cluster ID
   * in upper case with {@code _} for {@code -}, because environment variable names cannot
   * contain {@code -}: {@code READINESS_KUBE_SERVER_CLS_ABCD1234}.
   */
  public java.util.Optional<String> perCluster(String prefix, String clusterId) {
    return settings.get(perClusterName(prefix, clusterId));
  }

  static String perClusterName(String prefix, String clusterId) {
    return prefix + clusterId.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
