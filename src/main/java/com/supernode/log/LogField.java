package com.supernode.log;

/**
 * The fixed set of keys a log record may carry. CLS indexes first-level keys of a JSON line
 * as fields, so alarms and queries are written against these names. Add a key here, never
 * ad hoc.
 */
public enum LogField {
  TIMESTAMP("timestamp"),
  LEVEL("level"),
  EVENT("event"),
  FUNCTION("function"),
  REQUEST_ID("requestId"),
  TRIGGER("trigger"),
  CLUSTER("cluster"),
  POOL("pool"),
  NODE("node"),
  SUBNET("subnet"),
  PHASE("phase"),
  LIFE_STATE("lifeState"),
  AGE_SECONDS("ageSeconds"),
  OUTCOME("outcome"),
  CODE("code"),
  MESSAGE("message"),
  TKE_REQUEST_ID("tkeRequestId"),
  /** The next step for the operator, as {@code ErrorAdvice} or the function states it. */
  ADVICE("advice"),
  ATTEMPTS("attempts"),
  /** The TKE action a record is about, such as CreateClusterVirtualNode. */
  ACTION("action"),
  /** Milliseconds waited before a retry. */
  DELAY_MS("delayMs"),
  DURATION_MS("durationMs"),
  COUNT("count"),
  DETAIL("detail"),
  /** A node's readiness: {@code ready}, {@code starting} or {@code stuck}. */
  STATE("state"),
  /** A cluster's readiness: {@code Ready}, {@code Starting}, {@code NotReady} or {@code Error}. */
  STATUS("status"),
  GRACE_SECONDS("graceSeconds"),
  NODES("nodes"),
  READY("ready"),
  STARTING("starting"),
  STUCK("stuck"),
  POOL_PROBLEMS("poolProblems"),
  /** Names of stuck nodes, comma-separated, so one summary line names them all. */
  STUCK_NODES("stuckNodes"),
  SUSPECT("suspect"),
  /** Whose view a readiness record reflects: {@code tke+kubernetes} or {@code tke} alone. */
  VIEW("view"),
  /** The Kubernetes Ready condition's status, or {@code absent} when there is no Node. */
  KUBE_READY("kubeReady"),
  HEARTBEAT_AGE_SECONDS("heartbeatAgeSeconds"),
  /** Reasons a node is not ready, comma-separated, such as {@code KubeNotReady,HeartbeatStale}. */
  PROBLEMS("problems"),
  NOT_READY_SECONDS("notReadySeconds"),
  NOT_READY_CHECKS("notReadyChecks");

  private final String key;

  LogField(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
