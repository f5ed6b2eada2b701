package com.supernode.tke;

import java.util.Optional;

/** A virtual node as {@code DescribeClusterVirtualNode} lists it. */
public final class VirtualNode {
  private final String name;
  private final String subnetId;
  private final String phase;
  private final String createdTime;

  public VirtualNode(String name, String subnetId, String phase, String createdTime) {
    this.name = name;
    this.subnetId = subnetId;
    this.phase = phase;
    this.createdTime = createdTime;
  }

  public String name() {
    return name;
  }

  public String subnetId() {
    return subnetId;
  }

  /** TKE's status string as it came; only {@code Running} is documented. */
  public String phase() {
    return phase;
  }

  /** Creation time as TKE sent it (RFC 3339 UTC), when TKE sent one. */
  public Optional<String> createdTime() {
    return Optional.ofNullable(createdTime);
  }

  public boolean isRunning() {
    return "Running".equals(phase);
  }
}
