package com.supernode.batch;

import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.FailureKind;
import com.supernode.pacing.OutOfTimeException;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNodePool;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lists a pool's nodes and a cluster's pools, pacing every call and retrying calls that were
 * throttled or got no usable answer. Describes change nothing, so retrying them is always safe.
 */
public final class PoolReader {
  static final String DESCRIBE_NODES = "DescribeClusterVirtualNode";
  static final String DESCRIBE_POOLS = "DescribeClusterVirtualNodePools";

  private final TkeGateway gateway;
  private final CallScheduler scheduler;
  private final BatchLog log;

  public PoolReader(TkeGateway gateway, CallScheduler scheduler, BatchLog log) {
    this.gateway = gateway;
    this.scheduler = scheduler;
    this.log = log;
  }

  /**
   * Lists the nodes of {@code pool}.
   *
   * @throws TkeException when the last call failed, or a call failed in a way not worth retrying
   * @throws OutOfTimeException when the deadline came before a call could start
   */
  public PoolSnapshot nodes(PoolKey pool) {
    return PoolSnapshot.of(read(DESCRIBE_NODES, pool.clusterId(), pool.nodePoolId(),
        () -> gateway.describeVirtualNodes(pool.clusterId(), pool.nodePoolId(), List.of())));
  }

  /**
   * Lists the super node pools of {@code clusterId}.
   *
   * @throws TkeException when the last call failed, or a call failed in a way not worth retrying
   * @throws OutOfTimeException when the deadline came before a call could start
   */
  public Listing<VirtualNodePool> pools(String clusterId) {
    return read(DESCRIBE_POOLS, clusterId, null,
        () -> gateway.describeVirtualNodePools(clusterId));
  }

  private <T> T read(String action, String clusterId, String nodePoolId, Supplier<T> call) {
    TkeException last = null;
    int failures = 0;
    while (true) {
      long delay = scheduler.backoffNanos(failures);
      if (!scheduler.awaitTurn(action, delay)) {
        throw new OutOfTimeException(action, last);
      }
      if (last != null) {
        log.retry(action, clusterId, nodePoolId, null, last, failures, delay);
      }
      try {
        return call.get();
      } catch (TkeException e) {
        failures++;
        if (!FailureKind.of(e).retriesRead() || !scheduler.retry().allowsRetryAfter(failures)) {
          throw e;
        }
        last = e;
      }
    }
  }
}
