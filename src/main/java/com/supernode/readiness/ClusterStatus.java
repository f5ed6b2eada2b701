package com.supernode.readiness;

/** A cluster's overall readiness, ordered from best to worst. */
public enum ClusterStatus {
  /** Every checked node is ready and every checked pool is {@code normal}. */
  READY("Ready"),
  /** Some nodes are starting or not ready for too short a time to alarm; none is stuck. */
  STARTING("Starting"),
  /** A node is stuck or a pool is in trouble. */
  NOT_READY("NotReady"),
  /**
   * The check could not finish: TKE refused or failed, the function may not see the cluster,
   * or Kubernetes could not be asked.
   */
  ERROR("Error");

  private final String label;

  ClusterStatus(String label) {
    this.label = label;
  }

  /** Returns the name used in log records and the summary, such as {@code NotReady}. */
  public String label() {
    return label;
  }

  /** Returns the worse of this status and {@code other}. */
  public ClusterStatus worst(ClusterStatus other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
