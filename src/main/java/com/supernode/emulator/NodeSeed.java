package com.supernode.emulator;

import java.time.Instant;

/** A node listed in a world file, with its creation time not yet fixed to a clock. */
final class NodeSeed {
  private final String clusterId;
  private final String name;
  private final String nodePoolId;
  private final String subnetId;
  private final String phase;
  private final CreatedTime createdTime;

  NodeSeed(
      String clusterId,
      String name,
      String nodePoolId,
      String subnetId,
      String phase,
      CreatedTime createdTime) {
    this.clusterId = clusterId;
    this.name = name;
    this.nodePoolId = nodePoolId;
    this.subnetId = subnetId;
    this.phase = phase;
    this.createdTime = createdTime;
  }

  String clusterId() {
    return clusterId;
  }

  VirtualNode toNode(Instant start) {
    return new VirtualNode(name, nodePoolId, subnetId, phase, createdTime.resolve(start));
  }
}
