package com.supernode.batch;

import com.supernode.tke.VirtualNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one item, with the node, the error or the reason it was not attempted, and the
 * number of create calls.
 */
public final class ItemResult {
  private final BatchItem item;
  private final ItemOutcome outcome;
  private final String nodeName;
  private final String phase;
  private final ItemError error;
  private final String reason;
  private final int attempts;

  private ItemResult(BatchItem item, ItemOutcome outcome, String nodeName, String phase,
      ItemError error, String reason, int attempts) {
    this.item = Objects.requireNonNull(item);
    this.outcome = Objects.requireNonNull(outcome);
    this.nodeName = nodeName;
    this.phase = phase;
    this.error = error;
    this.reason = reason;
    this.attempts = attempts;
  }

  /** The item's node was created; {@code phase} is null unless a describe showed it. */
  public static ItemResult created(BatchItem item, String nodeName, String phase,
      int attempts) {
    return new ItemResult(item, ItemOutcome.CREATED, nodeName, phase, null, null, attempts);
  }

  public static ItemResult alreadyExists(BatchItem item, VirtualNode node, int attempts) {
    return new ItemResult(item, ItemOutcome.ALREADY_EXISTS, node.name(), node.phase(), null,
        null, attempts);
  }

  public static ItemResult wouldCreate(BatchItem item) {
    return new ItemResult(item, ItemOutcome.WOULD_CREATE, null, null, null, null, 0);
  }

  public static ItemResult failed(BatchItem item, ItemError error, int attempts) {
    return new ItemResult(item, ItemOutcome.FAILED, null, null, Objects.requireNonNull(error),
        null, attempts);
  }

  /** The item got no TKE call; {@link #withReason} adds why, from the handler's time limit. */
  public static ItemResult notAttempted(BatchItem item) {
    return new ItemResult(item, ItemOutcome.NOT_ATTEMPTED, null, null, null, null, 0);
  }

  /** Returns a copy that carries {@code newReason}, the sentence that explains the outcome. */
  public ItemResult withReason(String newReason) {
    return new ItemResult(item, outcome, nodeName, phase, error, newReason, attempts);
  }

  public BatchItem item() {
    return item;
  }

  public ItemOutcome outcome() {
    return outcome;
  }

  public Optional<String> nodeName() {
    return Optional.ofNullable(nodeName);
  }

  /** The node's phase as a describe call showed it. */
  public Optional<String> phase() {
    return Optional.ofNullable(phase);
  }

  public Optional<ItemError> error() {
    return Optional.ofNullable(error);
  }

  /** Returns why an item is {@code NotAttempted}; empty for the other outcomes. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Number of {@code CreateClusterVirtualNode} calls made for the item. */
  public int attempts() {
    return attempts;
  }
}
