package com.supernode.emulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A super node (TKE {@code VirtualNode}) as of one instant of the emulator clock.
 *
 * <p>The phase is the one a {@code DescribeClusterVirtualNode} call would report at that instant.
 */
public final class VirtualNode {
  public static final String PENDING = "Pending";
  public static final String RUNNING = "Running";

  private final String name;
  private final String nodePoolId;
  private final String subnetId;
  private final String phase;
  private final Instant createdTime;

  public VirtualNode(
      String name, String nodePoolId, String subnetId, String phase, Instant createdTime) {
    this.name = Objects.requireNonNull(name, "name");
    this.nodePoolId = Objects.requireNonNull(nodePoolId, "nodePoolId");
    this.subnetId = Objects.requireNonNull(subnetId, "subnetId");
    this.phase = Objects.requireNonNull(phase, "phase");
    this.createdTime = Objects.requireNonNull(createdTime, "createdTime");
  }

  /** Returns the node name, {@code eklet-<subnetId>-<n>} for nodes the emulator creates. */
  public String name() {
    return name;
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  public String subnetId() {
    return subnetId;
  }

  /** Returns the phase. TKE documents only {@code Running}, so any other value means not ready. */
  public String phase() {
    return phase;
  }

  public Instant createdTime() {
    return createdTime;
  }

  public VirtualNode withPhase(String newPhase) {
    return new VirtualNode(name, nodePoolId, subnetId, newPhase, createdTime);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof VirtualNode)) {
      return false;
    }
    VirtualNode that = (VirtualNode) other;
    return name.equals(that.name)
        && nodePoolId.equals(that.nodePoolId)
        && subnetId.equals(that.subnetId)
        && phase.equals(that.phase)
        && createdTime.equals(that.createdTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, nodePoolId, subnetId, phase, createdTime);
  }

  @Override
  public String toString() {
    return "VirtualNode{" + name + ", pool=" + nodePoolId + ", subnet=" + subnetId
        + ", phase=" + phase + ", created=" + createdTime + "}";
  }
}
