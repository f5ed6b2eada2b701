package com.supernode.batch;

import com.supernode.request.CreateNodeRequest;
import com.supernode.request.VirtualNodeSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One subnet of a batch: the node the caller wants in it, and where the request listed it.
 *
 * <p>An item made from a {@code VirtualNodes} entry keeps that entry, so the node gets the
 * entry's display name and tags; an item from {@code SubnetId} or {@code SubnetIds} has none.
 */
public final class BatchItem {
  private final int index;
  private final String field;
  private final String fieldPrefix;
  private final PoolKey pool;
  private final String subnetId;
  private final VirtualNodeSpec spec;

  public BatchItem(int index, String field, String fieldPrefix, PoolKey pool, String subnetId,
      VirtualNodeSpec spec) {
    this.index = index;
    this.field = Objects.requireNonNull(field);
    this.fieldPrefix = Objects.requireNonNull(fieldPrefix);
    this.pool = Objects.requireNonNull(pool);
    this.subnetId = Objects.requireNonNull(subnetId);
    this.spec = spec;
  }

  /** Position in the batch, counting from 0 in request order. */
  public int index() {
    return index;
  }

  /** The request field that listed the subnet, such as {@code Items[1].SubnetIds[0]}. */
  public String field() {
    return field;
  }

  /** The path of the object that contains the item's cluster: empty, or like {@code Items[1].}. */
  public String fieldPrefix() {
    return fieldPrefix;
  }

  public PoolKey pool() {
    return pool;
  }

  public String clusterId() {
    return pool.clusterId();
  }

  public String nodePoolId() {
    return pool.nodePoolId();
  }

  public String subnetId() {
    return subnetId;
  }

  /** The {@code VirtualNodes} entry the item came from, if it came from one. */
  public Optional<VirtualNodeSpec> spec() {
    return Optional.ofNullable(spec);
  }

  /**
   * Builds the {@code CreateClusterVirtualNode} request for this one subnet: a single
   * {@code SubnetId}, or a one-entry {@code VirtualNodes} to carry a display name and tags.
   */
  public CreateNodeRequest createRequest() {
    if (spec == null) {
      return CreateNodeRequest.ofSubnet(clusterId(), nodePoolId(), subnetId);
    }
    return CreateNodeRequest.ofVirtualNodes(clusterId(), nodePoolId(), List.of(spec));
  }
}
