package com.supernode.tke;

import java.util.List;
import java.util.Map;

/** A super node pool as {@code DescribeClusterVirtualNodePools} lists it. */
public final class VirtualNodePool {
  private final String nodePoolId;
  private final String name;
  private final String lifeState;
  private final List<String> subnetIds;
  private final Map<String, String> labels;
  private final List<Taint> taints;

  public VirtualNodePool(String nodePoolId, String name, String lifeState,
      List<String> subnetIds, Map<String, String> labels, List<Taint> taints) {
    this.nodePoolId = nodePoolId;
    this.name = name;
    this.lifeState = lifeState;
    this.subnetIds = List.copyOf(subnetIds);
    this.labels = Map.copyOf(labels);
    this.taints = List.copyOf(taints);
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  public String name() {
    return name;
  }

  /** TKE's documented values are {@code creating}, {@code normal} and {@code updating}. */
  public String lifeState() {
    return lifeState;
  }

  public boolean isNormal() {
    return "normal".equals(lifeState);
  }

  public List<String> subnetIds() {
    return subnetIds;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public List<Taint> taints() {
    return taints;
  }

  /** A Kubernetes taint that the pool puts on its nodes. */
  public static final class Taint {
    private final String key;
    private final String value;
    private final String effect;

    public Taint(String key, String value, String effect) {
      this.key = key;
      this.value = value;
      this.effect = effect;
    }

    public String key() {
      return key;
    }

    public String value() {
      return value;
    }

    public String effect() {
      return effect;
    }
  }
}
