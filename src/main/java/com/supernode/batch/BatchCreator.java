package com.supernode.batch;

import com.supernode.pacing.CallScheduler;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes sure every subnet of a batch has a node of its pool, in three steps that each run
 * their TKE calls concurrently but bounded:
 *
 * <ol>
 *   <li>list the nodes of each pool once ({@code DescribeClusterVirtualNode}); a subnet that
 *       has a node is {@code AlreadyExists}, with no create call;
 *   <li>list the pools of each cluster that still needs a node
 *       ({@code DescribeClusterVirtualNodePools}); a pool missing or not {@code normal} fails
 *       its items without create calls;
 *   <li>create each missing node with its own {@code CreateClusterVirtualNode} call
 *       ({@link NodeEnsurer}), or, in a dry run, report it as {@code WouldCreate}.
 * </ol>
 */
public final class BatchCreator {
  private final PoolReader reader;
  private final NodeEnsurer ensurer;
  private final BoundedExecutor executor;

  public BatchCreator(PoolReader reader, NodeEnsurer ensurer, BoundedExecutor executor) {
    this.reader = reader;
    this.ensurer = ensurer;
    this.executor = executor;
  }

  /**
   * Builds a creator whose calls go through {@code gateway} under {@code scheduler}. One gateway
   * serves every worker thread: the SDK's {@code CommonClient.call} (3.1.1436) keeps per-call
   * state in locals unless a backup endpoint is set, and OkHttp clients are thread-safe.
   */
  public static BatchCreator of(TkeGateway gateway, CallScheduler scheduler, int maxConcurrency,
      BatchLog log) {
    PoolReader reader = new PoolReader(gateway, scheduler, log);
    return new BatchCreator(reader, new NodeEnsurer(gateway, scheduler, reader, log),
        new BoundedExecutor(maxConcurrency));
  }

  /** Runs the batch and returns one result per item, in request order. */
  public BatchReport run(BatchRequest request) {
    List<BatchItem> items = request.items();
    ItemResult[] results = new ItemResult[items.size()];
    List<BatchItem> missing = findMissing(items, results);
    List<BatchItem> creatable = checkPools(missing, results);
    List<ItemResult> created = request.dryRun()
        ? creatable.stream().map(ItemResult::wouldCreate).collect(Collectors.toList())
        : executor.map(creatable, ensurer::ensure);
    for (ItemResult result : created) {
      results[result.item().index()] = result;
    }
    return new BatchReport(Arrays.asList(results), request.dryRun());
  }

  /** Settles the items whose subnet has a node or whose pool could not be listed. */
  private List<BatchItem> findMissing(List<BatchItem> items, ItemResult[] results) {
    Map<PoolKey, Lookup<PoolSnapshot>> snapshots = lookUp(distinctPools(items),
        reader::nodes);
    List<BatchItem> missing = new ArrayList<>();
    for (BatchItem item : items) {
      Lookup<PoolSnapshot> snapshot = snapshots.get(item.pool());
      if (!snapshot.found()) {
        results[item.index()] = snapshot.resultFor(item);
        continue;
      }
      Optional<VirtualNode> node = snapshot.value().nodeIn(item.subnetId());
      if (node.isPresent()) {
        results[item.index()] = ItemResult.alreadyExists(item, node.get(), 0);
      } else {
        missing.add(item);
      }
    }
    return missing;
  }

  /** Settles the missing items whose pool cannot take nodes; returns the rest. */
  private List<BatchItem> checkPools(List<BatchItem> missing, ItemResult[] results) {
    Set<String> clusters = new LinkedHashSet<>();
    missing.forEach(item -> clusters.add(item.clusterId()));
    Map<String, Lookup<Listing<VirtualNodePool>>> pools =
        lookUp(new ArrayList<>(clusters), reader::pools);
    List<BatchItem> creatable = new ArrayList<>();
    for (BatchItem item : missing) {
      Lookup<Listing<VirtualNodePool>> listing = pools.get(item.clusterId());
      if (!listing.found()) {
        results[item.index()] = listing.resultFor(item);
        continue;
      }
      Optional<ItemError> problem = PoolStateCheck.problem(listing.value(), item.pool());
      if (problem.isPresent()) {
        results[item.index()] = ItemResult.failed(item, problem.get(), 0);
      } else {
        creatable.add(item);
      }
    }
    return creatable;
  }

  private <K, T> Map<K, Lookup<T>> lookUp(List<K> keys, Function<K, T> describe) {
    List<Lookup<T>> lookups = executor.map(keys, key -> Lookup.of(() -> describe.apply(key)));
    Map<K, Lookup<T>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byKey.put(keys.get(i), lookups.get(i));
    }
    return byKey;
  }

  private static List<PoolKey> distinctPools(List<BatchItem> items) {
    Set<PoolKey> pools = new LinkedHashSet<>();
    items.forEach(item -> pools.add(item.pool()));
    return new ArrayList<>(pools);
  }
}
