package com.supernode.batch;

import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.OutOfTimeException;
import com.supernode.pacing.RetryingReader;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNodePool;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lists a pool's nodes and a cluster's pools through a {@link RetryingReader}, which paces and
 * retries the calls, and logs each retry as {@code batch.retry}.
 */
public final class PoolReader {
  private final TkeGateway gateway;
  private final RetryingReader reader;
  private final BatchLog log;

  public PoolReader(TkeGateway gateway, CallScheduler scheduler, BatchLog log) {
    this.gateway = gateway;
    this.reader = new RetryingReader(scheduler);
    this.log = log;
  }

  /**
   * Lists the nodes of {@code pool}.
   *
   * @throws TkeException when the last call failed, or a call failed in a way not worth retrying
   * @throws OutOfTimeException when the deadline came before a call could start
   */
  public PoolSnapshot nodes(PoolKey pool) {
    return PoolSnapshot.of(read(TkeGateway.DESCRIBE_NODES, pool.clusterId(), pool.nodePoolId(),
        () -> gateway.describeVirtualNodes(pool.clusterId(), pool.nodePoolId(), List.of())));
  }

  /**
   * Lists the super node pools of {@code clusterId}.
   *
   * @throws TkeException when the last call failed, or a call failed in a way not worth retrying
   * @throws OutOfTimeException when the deadline came before a call could start
   */
  public Listing<VirtualNodePool> pools(String clusterId) {
    return read(TkeGateway.DESCRIBE_POOLS, clusterId, null,
        () -> gateway.describeVirtualNodePools(clusterId));
  }

  private <T> T read(String action, String clusterId, String nodePoolId, Supplier<T> call) {
    return reader.read(action, call, (last, failures, delay) ->
        log.retry(action, clusterId, nodePoolId, null, last, failures, delay));
  }
}
