package com.supernode.readiness;

import com.supernode.request.CreateNodeRequest;
import com.supernode.tke.CreatedNode;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * A scripted TKE for checker tests: pools and nodes per cluster, optional counts larger than
 * the items to act out a truncated answer, and failures queued per call.
 */
final class FakeTkeGateway implements TkeGateway {
  final List<String> calls = new ArrayList<>();
  private final Map<String, List<VirtualNodePool>> pools = new LinkedHashMap<>();
  private final Map<String, List<VirtualNode>> nodes = new HashMap<>();
  private final Map<String, Long> totals = new HashMap<>();
  private final Map<String, Queue<TkeException>> failures = new HashMap<>();
  private Runnable beforeEachCall = () -> { };

  FakeTkeGateway pool(String clusterId, String poolId, String lifeState) {
    pools.computeIfAbsent(clusterId, id -> new ArrayList<>())
        .add(new VirtualNodePool(poolId, poolId, lifeState, List.of(), Map.of(), List.of()));
    return this;
  }

  /** Adds a node named like TKE's {@code eklet-<subnetId>-<index>}, with that subnet. */
  FakeTkeGateway node(String poolId, String name, String phase, String createdTime) {
    String subnet = name.substring("eklet-".length(), name.lastIndexOf('-'));
    nodes.computeIfAbsent(poolId, id -> new ArrayList<>())
        .add(new VirtualNode(name, subnet, phase, createdTime));
    return this;
  }

  /** Makes the response for {@code key} (a cluster's pools or a pool's nodes) claim more items. */
  FakeTkeGateway totalCount(String key, long total) {
    totals.put(key, total);
    return this;
  }

  /** Queues a failure for the next call about {@code key}, a cluster or pool ID. */
  FakeTkeGateway fail(String key, TkeException failure) {
    failures.computeIfAbsent(key, id -> new ArrayDeque<>()).add(failure);
    return this;
  }

  /** Runs {@code action} at the start of every call, such as moving a test clock. */
  FakeTkeGateway beforeEachCall(Runnable action) {
    beforeEachCall = action;
    return this;
  }

  @Override
  public CreatedNode createVirtualNode(CreateNodeRequest request) {
    throw new UnsupportedOperationException("the readiness check never creates nodes");
  }

  @Override
  public Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
      List<String> nodeNames) {
    calls.add("DescribeClusterVirtualNode " + clusterId + " " + nodePoolId);
    beforeEachCall.run();
    throwQueued(nodePoolId);
    List<VirtualNode> items = nodes.getOrDefault(nodePoolId, List.of());
    return new Listing<>(items, totals.getOrDefault(nodePoolId, (long) items.size()),
        "req-nodes-" + nodePoolId);
  }

  @Override
  public Listing<VirtualNodePool> describeVirtualNodePools(String clusterId) {
    calls.add("DescribeClusterVirtualNodePools " + clusterId);
    beforeEachCall.run();
    throwQueued(clusterId);
    List<VirtualNodePool> items = pools.getOrDefault(clusterId, List.of());
    return new Listing<>(items, totals.getOrDefault(clusterId, (long) items.size()),
        "req-pools-" + clusterId);
  }

  private void throwQueued(String key) {
    Queue<TkeException> queue = failures.get(key);
    if (queue != null && !queue.isEmpty()) {
      throw queue.remove();
    }
  }
}
