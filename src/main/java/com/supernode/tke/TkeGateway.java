package com.supernode.tke;

import com.supernode.request.CreateNodeRequest;
import java.util.List;

/**
 * The TKE actions the functions call. Every method throws {@link TkeException} when the call
 * fails, and makes exactly one call: retrying is the caller's decision.
 */
public interface TkeGateway {
  /** The names of the actions, as TKE spells them; the pacer keys its slots by them too. */
  String CREATE_NODE = "CreateClusterVirtualNode";
  String DESCRIBE_NODES = "DescribeClusterVirtualNode";
  String DESCRIBE_POOLS = "DescribeClusterVirtualNodePools";
  String DESCRIBE_KUBECONFIG = "DescribeClusterKubeconfig";

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

  /**
   * Calls {@code DescribeClusterKubeconfig}: the kubeconfig of the caller's identity, for the
   * cluster's intranet endpoint, or for its public endpoint when {@code extranet} is true.
   *
   * <p>The default throws, so that stand-ins written for the other actions keep compiling.
   */
  default ClusterKubeconfig describeClusterKubeconfig(String clusterId, boolean extranet) {
    throw new UnsupportedOperationException("DescribeClusterKubeconfig is not implemented by "
        + getClass().getName());
  }
}
