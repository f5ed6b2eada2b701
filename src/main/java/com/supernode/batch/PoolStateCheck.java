package com.supernode.batch;

import com.supernode.tke.Listing;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNodePool;
import java.util.Optional;

/**
 * Finds why a pool cannot take new nodes, before any create: TKE rejects a create into a pool
 * whose {@code LifeState} is not {@code normal} (for example {@code creating} or
 * {@code updating}), and a dry run must report that without creating.
 */
final class PoolStateCheck {
  /** TKE's code for a create into a pool whose state is not normal. */
  static final String NOT_NORMAL = "ResourceUnavailable.NodePoolStateNotNormal";
  /** This function's code for a pool the cluster does not list. */
  static final String NOT_FOUND = "ResourceNotFound.NodePool";

  private PoolStateCheck() {}

  /** Returns the problem that would fail a create into {@code pool}, if there is one. */
  static Optional<ItemError> problem(Listing<VirtualNodePool> pools, PoolKey pool) {
    for (VirtualNodePool candidate : pools.items()) {
      if (pool.nodePoolId().equals(candidate.nodePoolId())) {
        return candidate.isNormal() ? Optional.empty() : Optional.of(notNormal(candidate,
            pool, pools.requestId()));
      }
    }
    return Optional.of(new ItemError(TkeGateway.DESCRIBE_POOLS, NOT_FOUND, "Cluster "
        + pool.clusterId() + " has no super node pool " + pool.nodePoolId() + ". Check the "
        + "pool ID; " + TkeGateway.DESCRIBE_POOLS + " lists the cluster's pools.",
        pools.requestId()));
  }

  private static ItemError notNormal(VirtualNodePool candidate, PoolKey pool,
      String requestId) {
    return new ItemError(TkeGateway.DESCRIBE_POOLS, NOT_NORMAL, "Super node pool " + pool
        + " has LifeState " + candidate.lifeState() + ", not normal, so it cannot take new "
        + "nodes. Send the item again when the pool is normal.", requestId);
  }
}
