package com.supernode.readiness;

import java.util.Optional;

/** One virtual node as the check saw it: where it is, TKE's phase, its age and its state. */
public final class NodeVerdict {
  private final String nodePoolId;
  private final String name;
  private final String subnetId;
  private final String phase;
  private final Long ageSeconds;
  private final NodeState state;
  private final String tkeRequestId;

  public NodeVerdict(String nodePoolId, String name, String subnetId, String phase,
      Long ageSeconds, NodeState state, String tkeRequestId) {
    this.nodePoolId = nodePoolId;
    this.name = name;
    this.subnetId = subnetId;
    this.phase = phase;
    this.ageSeconds = ageSeconds;
    this.state = state;
    this.tkeRequestId = tkeRequestId;
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  public String name() {
    return name;
  }

  public String subnetId() {
    return subnetId;
  }

  /** Returns TKE's phase exactly as it came, which may be null. */
  public String phase() {
    return phase;
  }

  /** Returns seconds since TKE's {@code CreatedTime}, or empty without a readable time. */
  public Optional<Long> ageSeconds() {
    return Optional.ofNullable(ageSeconds);
  }

  public NodeState state() {
    return state;
  }

  /** Returns the RequestId of the DescribeClusterVirtualNode response that listed the node. */
  public String tkeRequestId() {
    return tkeRequestId;
  }
}
