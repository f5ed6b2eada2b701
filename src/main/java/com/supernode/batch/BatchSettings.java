package com.supernode.batch;

import com.supernode.config.InvalidSettingException;
import com.supernode.config.ScfLimits;
import com.supernode.config.Settings;
import com.supernode.pacing.RetryPolicy;
import com.supernode.tke.TkeSettings;
import java.time.Duration;
import java.util.Random;

/**
 * Settings of the batch-create function, read from system properties or environment
 * variables of the same name.
 *
 * <table>
 *   <caption>Batch settings</caption>
 *   <tr><th>Name</th><th>Default</th><th>Sets</th></tr>
 *   <tr><td>{@value #RATE_PER_SECOND}</td><td>20</td><td>TKE calls per second per action
 *       (TKE's default limit for each virtual node action is 20)</td></tr>
 *   <tr><td>{@value #MAX_CONCURRENCY}</td><td>8</td><td>TKE calls in flight at once</td></tr>
 *   <tr><td>{@value #MAX_ATTEMPTS}</td><td>8</td><td>calls per item or describe, the first
 *       included, before a throttled or unanswered call is reported as failed</td></tr>
 *   <tr><td>{@value #BACKOFF_BASE_MS}</td><td>200</td><td>milliseconds: the most the first
 *       retry waits; each later retry may wait twice as long as the one before</td></tr>
 *   <tr><td>{@value #BACKOFF_CAP_MS}</td><td>5000</td><td>milliseconds: the most any retry
 *       waits; at least {@value #BACKOFF_BASE_MS}</td></tr>
 *   <tr><td>{@value #DEADLINE_MARGIN_MS}</td><td>2000</td><td>milliseconds of the SCF time
 *       limit kept free after the last TKE call, for the report; less than the time
 *       limit</td></tr>
 * </table>
 *
 * <p>The millisecond settings are at most 900000, SCF's longest time limit.
 *
 * <p>A call may start only when it can end before the time limit less the margin, counting
 * {@code TKE_CONNECT_TIMEOUT_SECONDS} plus {@code TKE_READ_TIMEOUT_SECONDS} for the call.
 *
 * <p>At the default rate the calls are spaced 25 ms per second wider than TKE's limit
 * ({@link com.supernode.pacing.Pacer}), which absorbs local jitter. Network jitter of more than
 * that can still bring two calls into one second of TKE's count. The throttling errors that
 * follow are retried. A rate of 18 or 19 leaves more room for jitter at the cost of a slower
 * batch.
 */
public final class BatchSettings {
  public static final String RATE_PER_SECOND = "BATCH_RATE_PER_SECOND";
  public static final String MAX_CONCURRENCY = "BATCH_MAX_CONCURRENCY";
  public static final String MAX_ATTEMPTS = "BATCH_MAX_ATTEMPTS";
  public static final String BACKOFF_BASE_MS = "BATCH_BACKOFF_BASE_MS";
  public static final String BACKOFF_CAP_MS = "BATCH_BACKOFF_CAP_MS";
  public static final String DEADLINE_MARGIN_MS = "BATCH_DEADLINE_MARGIN_MS";
  /** The maximum of every millisecond setting: no wait or margin outlasts an invocation. */
  static final int MAX_TIME_LIMIT_MS = ScfLimits.MAX_TIME_LIMIT_SECONDS * 1000;

  private final int ratePerSecond;
  private final int maxConcurrency;
  private final int maxAttempts;
  private final Duration backoffBase;
  private final Duration backoffCap;
  private final Duration deadlineMargin;
  private final Duration callBudget;

  public BatchSettings(int ratePerSecond, int maxConcurrency, int maxAttempts,
      Duration backoffBase, Duration backoffCap, Duration deadlineMargin, Duration callBudget) {
    this.ratePerSecond = ratePerSecond;
    this.maxConcurrency = maxConcurrency;
    this.maxAttempts = maxAttempts;
    this.backoffBase = backoffBase;
    this.backoffCap = backoffCap;
    this.deadlineMargin = deadlineMargin;
    this.callBudget = callBudget;
  }

  /**
   * Reads the settings.
   *
   * @throws InvalidSettingException when a value is not a whole number in range
   */
  public static BatchSettings from(Settings settings) {
    int base = settings.getInt(BACKOFF_BASE_MS, 200, 1, MAX_TIME_LIMIT_MS);
    int cap = settings.getInt(BACKOFF_CAP_MS, Math.max(5000, base), 1, MAX_TIME_LIMIT_MS);
    if (cap < base) {
      throw new InvalidSettingException(BACKOFF_CAP_MS, String.valueOf(cap),
          "a number of at least " + BACKOFF_BASE_MS + " (" + base + ")", null);
    }
    int callSeconds = TkeSettings.connectTimeoutSeconds(settings)
        + TkeSettings.readTimeoutSeconds(settings);
    return new BatchSettings(
        settings.getInt(RATE_PER_SECOND, 20, 1),
        settings.getInt(MAX_CONCURRENCY, 8, 1),
        settings.getInt(MAX_ATTEMPTS, 8, 1),
        Duration.ofMillis(base),
        Duration.ofMillis(cap),
        Duration.ofMillis(settings.getInt(DEADLINE_MARGIN_MS, 2000, 0, MAX_TIME_LIMIT_MS)),
        Duration.ofSeconds(callSeconds));
  }

  public int ratePerSecond() {
    return ratePerSecond;
  }

  public int maxConcurrency() {
    return maxConcurrency;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration backoffBase() {
    return backoffBase;
  }

  public Duration backoffCap() {
    return backoffCap;
  }

  public Duration deadlineMargin() {
    return deadlineMargin;
  }

  /** Returns the maximum duration of one TKE call: the connect plus the read timeout. */
  public Duration callBudget() {
    return callBudget;
  }

  /** Builds the retry policy these settings describe, drawing waits from {@code random}. */
  public RetryPolicy retryPolicy(Random random) {
    return new RetryPolicy(maxAttempts, backoffBase, backoffCap, random);
  }
}
