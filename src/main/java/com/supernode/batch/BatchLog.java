package com.supernode.batch;

import com.supernode.log.JsonLog;
import com.supernode.log.LogField;
import com.supernode.tke.TkeException;
import java.util.concurrent.TimeUnit;

/** Writes the batch's log lines: one per item outcome and one per retried TKE call. */
public final class BatchLog {
  private final JsonLog log;
  private final String function;
  private final String requestId;

  /**
   * Creates a batch log.
   *
   * @param requestId the SCF RequestId of the invocation, so a query finds all its lines
   */
  public BatchLog(JsonLog log, String function, String requestId) {
    this.log = log;
    this.function = function;
    this.requestId = requestId;
  }

  /** Writes {@code result} as a {@code batch.item} line: INFO when in place, else WARN. */
  public void item(ItemResult result) {
    BatchItem item = result.item();
    JsonLog.Level level = result.outcome().inPlace() ? JsonLog.Level.INFO : JsonLog.Level.WARN;
    JsonLog.Record record = log.record(level, "batch.item")
        .with(LogField.FUNCTION, function)
        .with(LogField.REQUEST_ID, requestId)
        .with(LogField.CLUSTER, item.clusterId())
        .with(LogField.POOL, item.nodePoolId())
        .with(LogField.SUBNET, item.subnetId())
        .with(LogField.OUTCOME, result.outcome().reportName())
        .with(LogField.NODE, result.nodeName().orElse(null))
        .with(LogField.PHASE, result.phase().orElse(null));
    if (result.attempts() > 0) {
      record.with(LogField.ATTEMPTS, result.attempts());
    }
    result.reason().ifPresent(reason -> record.with(LogField.MESSAGE, reason));
    result.error().ifPresent(error -> record
        .with(LogField.ACTION, error.action())
        .with(LogField.CODE, error.code())
        .with(LogField.MESSAGE, error.message())
        .with(LogField.TKE_REQUEST_ID, error.requestId()));
    record.write();
  }

  /**
   * Writes a {@code batch.retry} line for a call about to be sent again.
   *
   * @param nodePoolId the pool, or null for a call about the whole cluster
   * @param subnetId the item's subnet, or null for a describe call
   * @param failures the calls that failed so far
   */
  public void retry(String action, String clusterId, String nodePoolId, String subnetId,
      TkeException last, int failures, long delayNanos) {
    log.record(JsonLog.Level.WARN, "batch.retry")
        .with(LogField.FUNCTION, function)
        .with(LogField.REQUEST_ID, requestId)
        .with(LogField.ACTION, action)
        .with(LogField.CLUSTER, clusterId)
        .with(LogField.POOL, nodePoolId)
        .with(LogField.SUBNET, subnetId)
        .with(LogField.CODE, last.code())
        .with(LogField.MESSAGE, last.getMessage())
        .with(LogField.TKE_REQUEST_ID, last.requestId())
        .with(LogField.ATTEMPTS, failures)
        .with(LogField.DELAY_MS, TimeUnit.NANOSECONDS.toMillis(delayNanos))
        .write();
  }
}
