package com.supernode.emulator;

import java.time.Instant;

/**
 * A stored node: its phase as set, and for nodes the emulator created, the instant it turns
 * {@code Running}. The phase is computed when read, so no timer thread is needed.
 */
final class NodeEntry {
  private final VirtualNode node;
  private final Instant runningAt;

  private NodeEntry(VirtualNode node, Instant runningAt) {
    this.node = node;
    this.runningAt = runningAt;
  }

  /** Creates an entry whose phase stays as given until changed. */
  static NodeEntry fixed(VirtualNode node) {
    return new NodeEntry(node, null);
  }

  /** Creates an entry that is {@code Pending} until {@code runningAt}, then {@code Running}. */
  static NodeEntry starting(VirtualNode pendingNode, Instant runningAt) {
    return new NodeEntry(pendingNode, runningAt);
  }

  VirtualNode at(Instant now) {
    if (runningAt != null && !now.isBefore(runningAt)) {
      return node.withPhase(VirtualNode.RUNNING);
    }
    return node;
  }

  String name() {
    return node.name();
  }

  String nodePoolId() {
    return node.nodePoolId();
  }

  String subnetId() {
    return node.subnetId();
  }
}
