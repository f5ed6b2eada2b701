package com.supernode.tke;

import com.supernode.request.CreateNodeRequest;
import java.util.List;

/**
 * The TKE actions the functions call. Every method throws {@link TkeException} when the call
 * fails, and makes exactly one call: retrying is the caller's decision.
 */
public interface TkeGateway {
  /** Calls {@code CreateClusterVirtualNode}. */
  CreatedNode createVirtualNode(CreateNodeRequest request);

  /**
   * Calls {@code DescribeClusterVirtualNode} for one cluster, optionally narrowed to a pool
   * (null for all pools) and to node names (empty for all nodes).
   */
  Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
      List<String> nodeNames);

  /** Calls {@code DescribeClusterVirtualNodePools} for one cluster. */
  Listing<VirtualNodePool> describeVirtualNodePools(String clusterId);
}
