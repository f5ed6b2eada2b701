package com.supernode.readiness;

import com.supernode.log.JsonLog;
import com.supernode.log.LogField;
import com.supernode.pacing.RetryingReader;
import com.supernode.tke.TkeException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Writes the readiness function's CLS records, all stamped with the check's time.
 *
 * <p>Level ERROR marks what an on-call engineer must act on (a stuck node, a pool in trouble,
 * a cluster or API server that could not be checked), so an alarm on {@code level:ERROR}
 * fires once per problem. Starting and suspect nodes are WARN. The per-cluster summary is INFO
 * when the cluster is ready and WARN otherwise.
 */
public final class ReadinessLog {
  static final String NODE_STARTING = "readiness.node.starting";
  static final String NODE_SUSPECT = "readiness.node.suspect";
  static final String NODE_STUCK = "readiness.node.stuck";
  static final String KUBERNETES_UNAVAILABLE = "readiness.kubernetes.unavailable";
  static final String CLUSTER_FAILED = "readiness.cluster.failed";
  static final String CLUSTER_SUMMARY = "readiness.cluster.summary";
  static final String TKE_RETRY = "readiness.tke.retry";

  private final JsonLog log;
  private final String function;
  private final String requestId;
  private final Instant checkTime;
  private final ReadinessRules rules;

  public ReadinessLog(JsonLog log, String function, String requestId, Instant checkTime,
      ReadinessRules rules) {
    this.log = log;
    this.function = function;
    this.requestId = requestId;
    this.checkTime = checkTime;
    this.rules = rules;
  }

  /** Writes every record of one cluster's report: nodes, pool problems, failure, summary. */
  public void write(ClusterReport report) {
    for (NodeVerdict node : report.nodes()) {
      if (node.state() != NodeState.READY) {
        node(report, node);
      }
    }
    for (PoolProblem problem : report.problems()) {
      problem(report.clusterId(), problem);
    }
    report.failure().ifPresent(failure -> failure(report.clusterId(), failure));
    report.kube().failure().ifPresent(failure -> kubeUnavailable(report.clusterId(), failure));
    summary(report);
  }

  /**
   * Returns a listener that writes a record for each retried TKE call about {@code clusterId}
   * and {@code poolId}, which is null for a call about the whole cluster.
   */
  public RetryingReader.RetryListener retries(String clusterId, String poolId) {
    return (failure, failures, delayNanos) -> retry(clusterId, poolId, failure, failures + 1,
        TimeUnit.NANOSECONDS.toMillis(delayNanos));
  }

  private void retry(String clusterId, String poolId, TkeException failure, int attempt,
      long delayMs) {
    record(JsonLog.Level.INFO, TKE_RETRY, clusterId)
        .with(LogField.POOL, poolId)
        .with(LogField.CODE, failure.code())
        .with(LogField.TKE_REQUEST_ID, blankToNull(failure.requestId()))
        .with(LogField.ATTEMPTS, attempt)
        .with(LogField.DELAY_MS, delayMs)
        .with(LogField.MESSAGE, failure.action() + " failed with " + failure.code()
            + "; attempt " + attempt + " starts after a backoff of " + delayMs + " ms.")
        .write();
  }

  private void node(ClusterReport report, NodeVerdict node) {
    record(level(node.state()), event(node.state()), report.clusterId())
        .with(LogField.POOL, node.nodePoolId())
        .with(LogField.NODE, node.name())
        .with(LogField.SUBNET, node.subnetId())
        .with(LogField.PHASE, node.phase())
        .with(LogField.AGE_SECONDS, node.ageSeconds().orElse(null))
        .with(LogField.MESSAGE, NodeMessages.describe(node, rules))
        .with(LogField.TKE_REQUEST_ID, node.tkeRequestId())
        .with(LogField.STATE, node.state().label())
        .with(LogField.GRACE_SECONDS, rules.grace().getSeconds())
        .with(LogField.VIEW, report.view())
        .with(LogField.KUBE_READY, NodeMessages.kubeReady(node.kube()))
        .with(LogField.HEARTBEAT_AGE_SECONDS, node.heartbeatAgeSeconds().orElse(null))
        .with(LogField.PROBLEMS, node.problems().stream()
            .map(NodeProblem::label)
            .collect(Collectors.joining(",")))
        .with(LogField.NOT_READY_SECONDS, node.notReadySeconds().orElse(null))
        .with(LogField.NOT_READY_CHECKS, node.notReadyChecks().orElse(null))
        .write();
  }

  private static JsonLog.Level level(NodeState state) {
    return state == NodeState.STUCK ? JsonLog.Level.ERROR : JsonLog.Level.WARN;
  }

  private static String event(NodeState state) {
    switch (state) {
      case STUCK:
        return NODE_STUCK;
      case SUSPECT:
        return NODE_SUSPECT;
      default:
        return NODE_STARTING;
    }
  }

  private void kubeUnavailable(String clusterId, ClusterFailure failure) {
    record(JsonLog.Level.ERROR, KUBERNETES_UNAVAILABLE, clusterId)
        .with(LogField.CODE, failure.code())
        .with(LogField.TKE_REQUEST_ID, failure.tkeRequestId().orElse(null))
        .with(LogField.MESSAGE, failure.message() + " The check falls back to TKE's view.")
        .with(LogField.ADVICE, failure.advice().orElse(null))
        .with(LogField.VIEW, "tke")
        .write();
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
        .with(LogField.ADVICE, failure.advice().orElse(null))
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
        .with(LogField.SUSPECT, report.count(NodeState.SUSPECT))
        .with(LogField.POOL_PROBLEMS, report.problems().size())
        .with(LogField.STUCK_NODES, stuck.isEmpty() ? null : stuck)
        .with(LogField.VIEW, report.view())
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
