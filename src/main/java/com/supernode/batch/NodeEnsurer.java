package com.supernode.batch;

import com.supernode.pacing.CallScheduler;
import com.supernode.pacing.FailureKind;
import com.supernode.pacing.OutOfTimeException;
import com.supernode.tke.CreatedNode;
import com.supernode.tke.TkeException;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import java.util.Optional;

/**
 * Creates the node of one item whose subnet had none, so that the subnet ends with exactly one
 * node and the report says truly how it got there.
 *
 * <ul>
 *   <li>A throttled create is retried after a backoff.
 *   <li>A create with an unknown outcome (a timeout, a dropped connection, an HTTP or internal
 *       error) is followed by a describe of the pool: if the subnet now has a node, this
 *       create made it and the item is {@code Created}; if not, the create is retried.
 *   <li>{@code ResourceInUse.SubnetAlreadyExist} means the subnet got a node after the batch
 *       listed the pool. A describe names that node. The item is {@code Created} when an
 *       earlier create of this item had an unknown outcome (that create most likely made the
 *       node), else {@code AlreadyExists}, for example when another invocation raced this one.
 *   <li>Any other error fails the item without a retry, because the same call would fail the
 *       same way.
 * </ul>
 * No create starts unless it can end before the deadline.
 */
public final class NodeEnsurer {
  private final TkeGateway gateway;
  private final CallScheduler scheduler;
  private final PoolReader reader;
  private final BatchLog log;

  public NodeEnsurer(TkeGateway gateway, CallScheduler scheduler, PoolReader reader,
      BatchLog log) {
    this.gateway = gateway;
    this.scheduler = scheduler;
    this.reader = reader;
    this.log = log;
  }

  /** Creates the item's node, retrying and reconciling as the class describes. */
  public ItemResult ensure(BatchItem item) {
    TkeException last = null;
    boolean uncertain = false;
    int attempts = 0;
    while (true) {
      long delay = scheduler.backoffNanos(attempts);
      if (!scheduler.awaitTurn(TkeGateway.CREATE_NODE, delay)) {
        return last == null ? ItemResult.notAttempted(item) : outOfTime(item, last, attempts);
      }
      if (last != null) {
        log.retry(TkeGateway.CREATE_NODE, item.clusterId(), item.nodePoolId(), item.subnetId(),
            last, attempts, delay);
      }
      attempts++;
      try {
        CreatedNode node = gateway.createVirtualNode(item.createRequest());
        return ItemResult.created(item, node.nodeName(), null, attempts);
      } catch (TkeException e) {
        last = e;
        FailureKind kind = FailureKind.of(e);
        if (kind == FailureKind.SUBNET_TAKEN) {
          return afterSubnetTaken(item, e, attempts, uncertain);
        }
        if (kind == FailureKind.UNCERTAIN) {
          uncertain = true;
          Optional<ItemResult> settled = reconcile(item, e, attempts);
          if (settled.isPresent()) {
            return settled.get();
          }
        }
        if (kind == FailureKind.PERMANENT) {
          return ItemResult.failed(item, ItemError.of(e), attempts);
        }
        if (!scheduler.retry().allowsRetryAfter(attempts)) {
          return ItemResult.failed(item, ItemError.of(e).withMoreMessage("Gave up after "
              + attempts + " calls, the limit set by " + BatchSettings.MAX_ATTEMPTS + "."),
              attempts);
        }
      }
    }
  }

  /**
   * Looks for the node a create with an unknown outcome may have made.
   *
   * @return the item's result when the describe settles it; empty when the subnet has no node
   *     and the create may be retried
   */
  private Optional<ItemResult> reconcile(BatchItem item, TkeException createError,
      int attempts) {
    Optional<VirtualNode> node;
    try {
      node = reader.nodes(item.pool()).nodeIn(item.subnetId());
    } catch (TkeException | OutOfTimeException e) {
      return Optional.of(ItemResult.failed(item, ItemError.of(createError).withMoreMessage(
          "The node may exist: the check with " + TkeGateway.DESCRIBE_NODES + " failed too ("
              + describeFailure(e) + "). Run the batch again to settle it."), attempts));
    }
    return node.map(found -> ItemResult.created(item, found.name(), found.phase(), attempts));
  }

  private ItemResult afterSubnetTaken(BatchItem item, TkeException error, int attempts,
      boolean uncertain) {
    Optional<VirtualNode> node;
    try {
      node = reader.nodes(item.pool()).nodeIn(item.subnetId());
    } catch (TkeException | OutOfTimeException e) {
      return ItemResult.failed(item, ItemError.of(error).withMoreMessage("Listing the pool's "
          + "nodes failed (" + describeFailure(e) + "), so the node's name is unknown."),
          attempts);
    }
    if (node.isEmpty()) {
      return ItemResult.failed(item, ItemError.of(error).withMoreMessage("The pool lists no "
          + "node in the subnet, so the subnet's node may belong to another pool."), attempts);
    }
    return uncertain
        ? ItemResult.created(item, node.get().name(), node.get().phase(), attempts)
        : ItemResult.alreadyExists(item, node.get(), attempts);
  }

  private static ItemResult outOfTime(BatchItem item, TkeException last, int attempts) {
    return ItemResult.failed(item, ItemError.of(last).withMoreMessage("The function's time "
        + "limit left no room for another call; send the item again."), attempts);
  }

  private static String describeFailure(RuntimeException e) {
    return e instanceof TkeException ? ((TkeException) e).code() : e.getMessage();
  }
}
