package com.supernode.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A super-node pool (TKE {@code VirtualNodePool}) inside a cluster. */
public final class NodePool {
  /** The life state in which a pool accepts new virtual nodes. */
  public static final String NORMAL = "normal";

  private final String nodePoolId;
  private final String name;
  private final String lifeState;
  private final List<String> subnetIds;
  private final Map<String, String> labels;
  private final List<Taint> taints;

  public NodePool(
      String nodePoolId,
      String name,
      String lifeState,
      List<String> subnetIds,
      Map<String, String> labels,
      List<Taint> taints) {
    this.nodePoolId = Objects.requireNonNull(nodePoolId, "nodePoolId");
    this.name = Objects.requireNonNull(name, "name");
    this.lifeState = Objects.requireNonNull(lifeState, "lifeState");
    this.subnetIds = List.copyOf(subnetIds);
    this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    this.taints = List.copyOf(taints);
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  public String name() {
    return name;
  }

  /** Returns the life state: TKE documents {@code creating}, {@code normal}, {@code updating}. */
  public String lifeState() {
    return lifeState;
  }

  public List<String> subnetIds() {
    return subnetIds;
  }

  /** Returns the Kubernetes labels in insertion order, sent as {@code [{Name, Value}]}. */
  public Map<String, String> labels() {
    return labels;
  }

  public List<Taint> taints() {
    return taints;
  }

  public NodePool withLifeState(String newLifeState) {
    return new NodePool(nodePoolId, name, newLifeState, subnetIds, labels, taints);
  }

  /** Returns this pool with {@code subnetId} appended to its subnets unless already listed. */
  public NodePool withSubnet(String subnetId) {
    if (subnetIds.contains(subnetId)) {
      return this;
    }
    List<String> grown = new ArrayList<>(subnetIds);
    grown.add(subnetId);
    return new NodePool(nodePoolId, name, lifeState, grown, labels, taints);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof NodePool)) {
      return false;
    }
    NodePool that = (NodePool) other;
    return nodePoolId.equals(that.nodePoolId)
        && name.equals(that.name)
        && lifeState.equals(that.lifeState)
        && subnetIds.equals(that.subnetIds)
        && labels.equals(that.labels)
        && taints.equals(that.taints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodePoolId, name, lifeState, subnetIds, labels, taints);
  }

  @Override
  public String toString() {
    return "NodePool{" + nodePoolId + ", name=" + name + ", lifeState=" + lifeState
        + ", subnets=" + subnetIds + ", labels=" + labels + ", taints=" + taints + "}";
  }
}
