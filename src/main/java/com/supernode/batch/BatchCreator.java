package com.supernode.batch;

import com.supernode.pacing.CallScheduler;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Makes sure every subnet of a batch has a node of its pool, in two steps that each run their
 * TKE calls concurrently but bounded:
 *
 * <ol>
 *   <li>list the nodes of each pool ({@code DescribeClusterVirtualNode}) and the pools of each
 *       cluster ({@code DescribeClusterVirtualNodePools}), once each; a subnet that has a node
 *       is {@code AlreadyExists}, and a pool missing or not {@code normal} fails its other
 *       items, both without create calls;
 *   <li>create each missing node with its own {@code CreateClusterVirtualNode} call
 *       ({@link NodeEnsurer}), or, in a dry run, report it as {@code WouldCreate}.
 * </ol>
 *
 * <p>The two listings run together, although the pools are needed only when a node is
 * missing: that saves one TKE round trip before the first create, at the price of one
 * {@code DescribeClusterVirtualNodePools} call per cluster when every node already exists.
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
    Listings listings = describe(items);
    List<BatchItem> missing = findMissing(items, listings.nodes, results);
    List<BatchItem> creatable = checkPools(missing, listings.pools, results);
    List<ItemResult> created = request.dryRun()
        ? creatable.stream().map(ItemResult::wouldCreate).collect(Collectors.toList())
        : executor.map(creatable, ensurer::ensure);
    for (ItemResult result : created) {
      results[result.item().index()] = result;
    }
    return new BatchReport(Arrays.asList(results), request.dryRun());
  }

  /** Lists the nodes of every pool and the pools of every cluster, in one bounded round. */
  private Listings describe(List<BatchItem> items) {
    List<PoolKey> pools = distinctPools(items);
    Set<String> clusters = new LinkedHashSet<>();
    pools.forEach(pool -> clusters.add(pool.clusterId()));
    Listings listings = new Listings();
    List<Runnable> calls = new ArrayList<>();
    for (PoolKey pool : pools) {
      calls.add(() -> listings.nodes.put(pool, Lookup.of(() -> reader.nodes(pool))));
    }
    for (String clusterId : clusters) {
      calls.add(() -> listings.pools.put(clusterId, Lookup.of(() -> reader.pools(clusterId))));
    }
    executor.map(calls, call -> {
      call.run();
      return Boolean.TRUE;
    });
    return listings;
  }

  /** Settles the items whose subnet has a node or whose pool could not be listed. */
  private List<BatchItem> findMissing(List<BatchItem> items,
      Map<PoolKey, Lookup<PoolSnapshot>> snapshots, ItemResult[] results) {
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
  private List<BatchItem> checkPools(List<BatchItem> missing,
      Map<String, Lookup<Listing<VirtualNodePool>>> pools, ItemResult[] results) {
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

  private static List<PoolKey> distinctPools(List<BatchItem> items) {
    Set<PoolKey> pools = new LinkedHashSet<>();
    items.forEach(item -> pools.add(item.pool()));
    return new ArrayList<>(pools);
  }

  /** The listings of one batch, filled by the worker threads. */
  private static final class Listings {
    final Map<PoolKey, Lookup<PoolSnapshot>> nodes = new ConcurrentHashMap<>();
    final Map<String, Lookup<Listing<VirtualNodePool>>> pools = new ConcurrentHashMap<>();
  }
}
