package com.supernode.readiness;

/** One reason a node is not ready, from TKE's view, Kubernetes' view or their disagreement. */
public enum NodeProblem {
  /** TKE's phase is not {@code Running}. */
  NOT_RUNNING("NotRunning", "TKE reports phase %s, not Running"),
  /** Kubernetes has the node but TKE does not list it. */
  NOT_IN_TKE("NotInTke", "TKE does not list it, but Kubernetes has it"),
  /** TKE lists the node but Kubernetes has no Node object of that name. */
  NOT_IN_KUBERNETES("NotInKubernetes", "TKE lists it, but Kubernetes has no Node of that name"),
  /** The {@code Ready} condition is {@code False}, {@code Unknown} or missing. */
  KUBE_NOT_READY("KubeNotReady", "its Kubernetes Ready condition is %s"),
  /** The {@code Ready} condition's last heartbeat is older than the threshold, or missing. */
  HEARTBEAT_STALE("HeartbeatStale", "its last heartbeat is %s"),
  /** The node lacks the label {@code type=virtual-kubelet}. */
  LABEL_MISSING("LabelMissing", "it lacks the label type=virtual-kubelet"),
  /** The node lacks a taint {@code serverless} with effect {@code NoSchedule}. */
  TAINT_MISSING("TaintMissing", "it lacks the taint serverless with effect NoSchedule");

  private final String label;
  private final String description;

  NodeProblem(String label, String description) {
    this.label = label;
    this.description = description;
  }

  /** Returns the name used in log records and the summary, such as {@code HeartbeatStale}. */
  public String label() {
    return label;
  }

  /** Returns a clause for a log message, with {@code detail} put in where the problem has one. */
  String describe(String detail) {
    return String.format(description, detail);
  }
}
