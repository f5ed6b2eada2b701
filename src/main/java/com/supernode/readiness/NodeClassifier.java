package com.supernode.readiness;

import com.supernode.tke.VirtualNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Sorts virtual nodes into ready, starting and stuck by TKE's phase and the node's age.
 *
 * <p>TKE documents only the phase {@code Running}, so every other value, including a missing
 * one, counts as not ready. A node whose age is unknown counts as stuck, because otherwise a
 * node TKE lists without {@code CreatedTime} could stay "starting" forever and never alarm.
 */
public final class NodeClassifier {
  private final Duration grace;
  private final Instant now;

  /**
   * Creates a classifier for a check made at {@code now}.
   *
   * @param grace how long a node may stay not {@code Running} before it is stuck
   */
  public NodeClassifier(Duration grace, Instant now) {
    this.grace = grace;
    this.now = now;
  }

  public NodeVerdict classify(String nodePoolId, VirtualNode node, String tkeRequestId) {
    Long age = ageSeconds(node);
    return new NodeVerdict(nodePoolId, node.name(), node.subnetId(), node.phase(), age,
        state(node, age), tkeRequestId);
  }

  private NodeState state(VirtualNode node, Long age) {
    if (node.isRunning()) {
      return NodeState.READY;
    }
    if (age == null || age >= grace.getSeconds()) {
      return NodeState.STUCK;
    }
    return NodeState.STARTING;
  }

  /** Returns whole seconds since creation, 0 for a time ahead of the check's clock. */
  private Long ageSeconds(VirtualNode node) {
    String created = node.createdTime().orElse(null);
    if (created == null || created.isBlank()) {
      return null;
    }
    try {
      Instant createdAt = OffsetDateTime.parse(created.trim()).toInstant();
      return Math.max(0, Duration.between(createdAt, now).getSeconds());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
