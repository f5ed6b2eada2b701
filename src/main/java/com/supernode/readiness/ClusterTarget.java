package com.supernode.readiness;

import java.util.List;
import java.util.Objects;

/** One cluster to check, optionally narrowed to some of its super node pools. */
public final class ClusterTarget {
  private final String clusterId;
  private final List<String> nodePoolIds;

  public ClusterTarget(String clusterId, List<String> nodePoolIds) {
    this.clusterId = Objects.requireNonNull(clusterId);
    this.nodePoolIds = List.copyOf(nodePoolIds);
  }

  public String clusterId() {
    return clusterId;
  }

  /** Returns the pools to check, or an empty list for every pool of the cluster. */
  public List<String> nodePoolIds() {
    return nodePoolIds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClusterTarget
        && clusterId.equals(((ClusterTarget) other).clusterId)
        && nodePoolIds.equals(((ClusterTarget) other).nodePoolIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterId, nodePoolIds);
  }

  @Override
  public String toString() {
    return nodePoolIds.isEmpty() ? clusterId : clusterId + ":" + String.join(",", nodePoolIds);
  }
}
