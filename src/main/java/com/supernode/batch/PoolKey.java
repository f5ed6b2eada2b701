package com.supernode.batch;

import java.util.Objects;

/** A super node pool named by its cluster, the unit TKE lists nodes for. */
public final class PoolKey {
  private final String clusterId;
  private final String nodePoolId;

  public PoolKey(String clusterId, String nodePoolId) {
    this.clusterId = Objects.requireNonNull(clusterId);
    this.nodePoolId = Objects.requireNonNull(nodePoolId);
  }

  public String clusterId() {
    return clusterId;
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PoolKey && clusterId.equals(((PoolKey) other).clusterId)
        && nodePoolId.equals(((PoolKey) other).nodePoolId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterId, nodePoolId);
  }

  @Override
  public String toString() {
    return nodePoolId + " of " + clusterId;
  }
}
