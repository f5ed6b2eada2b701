package com.supernode.readiness;

import com.supernode.log.JsonLog;
import com.supernode.log.LogField;
import com.supernode.tke.TkeException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Writes the readiness function's CLS records, all stamped with the check's time.
 *
 * <p>Level ERROR marks what an on-call engineer must act on (a stuck node, a pool in trouble,
 * a cluster that could not be checked), so an alarm on {@code level:ERROR} fires once per
 * problem. The per-cluster summary is INFO when the cluster is ready and WARN otherwise.
 */
public final class ReadinessLog {
  static final String NODE_STARTING = "readiness.node.starting";
  static final String NODE_STUCK = "readiness.node.stuck";
  static final String CLUSTER_FAILED = "readiness.cluster.failed";
  static final String CLUSTER_SUMMARY = "readiness.cluster.summary";
  static final String TKE_RETRY = "readiness.tke.retry";

  private final JsonLog log;
  private final String function;
  private final String requestId;
  private final Instant checkTime;
  private final Duration grace;

  public ReadinessLog(JsonLog log, String function, String requestId, Instant checkTime,
      Duration grace) {
    this.log = log;
    this.function = function;
    this.requestId = requestId;
    this.checkTime = checkTime;
    this.grace = grace;
  }

  /** Writes every record of one cluster's report: nodes, pool problems, failure, summary. */
  public void write(ClusterReport report) {
    for (NodeVerdict node : report.nodes()) {
      if (node.state() != NodeState.READY) {
        node(report.clusterId(), node);
      }
    }
    for (PoolProblem problem : report.problems()) {
      problem(report.clusterId(), problem);
    }
    report.failure().ifPresent(failure -> failure(report.clusterId(), failure));
    summary(report);
  }

  /** Writes that a TKE call failed and will be tried again after {@code delay}. */
  public void retry(String clusterId, String poolId, TkeException failure, int nextAttempt,
      Duration delay) {
    record(JsonLog.Level.INFO, TKE_RETRY, clusterId)
        .with(LogField.POOL, poolId)
        .with(LogField.CODE, failure.code())
        .with(LogField.TKE_REQUEST_ID, blankToNull(failure.requestId()))
        .with(LogField.ATTEMPTS, nextAttempt)
        .with(LogField.MESSAGE, failure.action() + " failed with " + failure.code()
            + "; attempt " + nextAttempt + " follows in " + delay.toMillis() + " ms.")
        .write();
  }

  private void node(String clusterId, NodeVerdict node) {
    boolean stuck = node.state() == NodeState.STUCK;
    record(stuck ? JsonLog.Level.ERROR : JsonLog.Level.WARN,
        stuck ? NODE_STUCK : NODE_STARTING, clusterId)
        .with(LogField.POOL, node.nodePoolId())
        .with(LogField.NODE, node.name())
        .with(LogField.SUBNET, node.subnetId())
        .with(LogField.PHASE, node.phase())
        .with(LogField.AGE_SECONDS, node.ageSeconds().orElse(null))
        .with(LogField.TKE_REQUEST_ID, node.tkeRequestId())
        .with(LogField.STATE, node.state().label())
        .with(LogField.GRACE_SECONDS, grace.getSeconds())
        .with(LogField.MESSAGE, nodeMessage(node))
        .write();
  }

  private String nodeMessage(NodeVerdict node) {
    String phase = node.phase() == null ? "no phase" : "phase " + node.phase();
    if (node.ageSeconds().isEmpty()) {
      return "TKE lists node " + node.name() + " with " + phase + " and no readable "
          + "CreatedTime, so its age is unknown and it counts as stuck.";
    }
    String age = node.ageSeconds().get() + " s after creation";
    return node.state() == NodeState.STUCK
        ? "Node " + node.name() + " has " + phase + " " + age + ", past the grace period of "
            + grace.getSeconds() + " s."
        : "Node " + node.name() + " has " + phase + " " + age + ", within the grace period of "
            + grace.getSeconds() + " s.";
  }

  private void problem(String clusterId, PoolProblem problem) {
    record(JsonLog.Level.ERROR, problem.kind().event(), clusterId)
        .with(LogField.POOL, problem.nodePoolId().orElse(null))
        .with(LogField.LIFE_STATE, problem.lifeState().orElse(null))
        .with(LogField.CODE, problem.code().orElse(null))
        .with(LogField.COUNT, problem.listed().orElse(null))
        .with(LogField.TKE_REQUEST_ID, problem.tkeRequestId().orElse(null))
        .with(LogField.MESSAGE, problem.message())
        .write();
  }

  private void failure(String clusterId, ClusterFailure failure) {
    record(JsonLog.Level.ERROR, CLUSTER_FAILED, clusterId)
        .with(LogField.CODE, failure.code())
        .with(LogField.TKE_REQUEST_ID, failure.tkeRequestId().orElse(null))
        .with(LogField.MESSAGE, failure.message())
        .write();
  }

  private void summary(ClusterReport report) {
    ClusterStatus status = report.status();
    String stuck = report.nodesIn(NodeState.STUCK).stream()
        .map(NodeVerdict::name)
        .collect(Collectors.joining(","));
    record(status == ClusterStatus.READY ? JsonLog.Level.INFO : JsonLog.Level.WARN,
        CLUSTER_SUMMARY, report.clusterId())
        .with(LogField.CODE, report.failure().map(ClusterFailure::code).orElse(null))
        .with(LogField.DURATION_MS, report.durationMs())
        .with(LogField.STATUS, status.label())
        .with(LogField.NODES, report.nodes().size())
        .with(LogField.READY, report.count(NodeState.READY))
        .with(LogField.STARTING, report.count(NodeState.STARTING))
        .with(LogField.STUCK, report.count(NodeState.STUCK))
        .with(LogField.POOL_PROBLEMS, report.problems().size())
        .with(LogField.STUCK_NODES, stuck.isEmpty() ? null : stuck)
        .write();
  }

  private JsonLog.Record record(JsonLog.Level level, String event, String clusterId) {
    return log.record(level, event)
        .at(checkTime)
        .with(LogField.FUNCTION, function)
        .with(LogField.REQUEST_ID, requestId)
        .with(LogField.CLUSTER, clusterId);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
