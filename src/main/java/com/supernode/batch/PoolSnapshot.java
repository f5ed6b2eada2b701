package com.supernode.batch;

import com.supernode.tke.Listing;
import com.supernode.tke.VirtualNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The nodes of one super node pool by subnet, as one {@code DescribeClusterVirtualNode} listed. */
public final class PoolSnapshot {
  private final Map<String, VirtualNode> bySubnet;

  private PoolSnapshot(Map<String, VirtualNode> bySubnet) {
    this.bySubnet = bySubnet;
  }

  /**
   * Indexes {@code nodes}; when a subnet lists several nodes, the first listed one is kept.
   *
   * <p>NOTE: DescribeClusterVirtualNode has no paging parameters, so a listing that TKE cut
   * short (TotalCount above the nodes listed) would hide nodes; batch-create then fails those
   * items on ResourceInUse.SubnetAlreadyExist instead of reporting them as AlreadyExists.
   */
  public static PoolSnapshot of(Listing<VirtualNode> nodes) {
    Map<String, VirtualNode> bySubnet = new LinkedHashMap<>();
    for (VirtualNode node : nodes.items()) {
      if (node.subnetId() != null) {
        bySubnet.putIfAbsent(node.subnetId(), node);
      }
    }
    return new PoolSnapshot(bySubnet);
  }

  public Optional<VirtualNode> nodeIn(String subnetId) {
    return Optional.ofNullable(bySubnet.get(subnetId));
  }
}
