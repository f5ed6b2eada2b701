package com.supernode.emulator;

/** The cluster preconditions that every virtual-node action checks first, in TKE's order. */
final class ClusterChecks {
  private ClusterChecks() {}

  /**
   * Returns the cluster after checking that it exists, that the caller has CAM permission, and
   * that it is {@code Running}. {@code notFoundCode} differs by action because each action's
   * documented error list differs.
   */
  static Cluster requireUsable(EmulatorState state, String clusterId, String notFoundCode) {
    Cluster cluster = state.cluster(clusterId).orElseThrow(() -> new TkeApiError(notFoundCode,
        "cluster " + clusterId + " does not exist in this region"));
    if (cluster.camDenied()) {
      throw new TkeApiError(ErrorCodes.CAM_NO_AUTH,
          "the caller has no CAM permission for this action on cluster " + clusterId);
    }
    if (!cluster.isRunning()) {
      throw new TkeApiError(ErrorCodes.CLUSTER_STATE, "cluster " + clusterId + " is "
          + cluster.status() + "; this action needs it to be " + Cluster.RUNNING);
    }
    return cluster;
  }
}
