package com.supernode.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The live, thread-safe state of an emulator: clusters, node pools, nodes and subnets.
 *
 * <p>Reads return immutable snapshots; node phases are those at the current emulator clock.
 * Setters let tests put the world into the state a case needs. They throw
 * {@link IllegalArgumentException} for an ID that does not exist.
 */
public final class EmulatorState {
  private static final Pattern NODE_NAME = Pattern.compile("eklet-(subnet-[a-z0-9]+)-(\\d+)");

  private final Object lock = new Object();
  private final Map<String, ClusterEntry> clusters = new LinkedHashMap<>();
  private final Map<String, Subnet> subnets = new LinkedHashMap<>();
  private final Map<String, Integer> nextNodeIndex = new LinkedHashMap<>();
  private volatile Clock clock;
  private volatile boolean whitelisted;
  private volatile Duration nodeReadyDelay;

  EmulatorState(EmulatorWorld world, Clock clock) {
    this.clock = clock;
    this.whitelisted = world.whitelisted();
    this.nodeReadyDelay = world.nodeReadyDelay();
    world.subnets().forEach(subnet -> subnets.put(subnet.subnetId(), subnet));
    for (Cluster cluster : world.clusters()) {
      ClusterEntry entry = new ClusterEntry(cluster);
      for (NodePool pool : world.nodePools(cluster.clusterId())) {
        entry.pools.put(pool.nodePoolId(), pool);
      }
      clusters.put(cluster.clusterId(), entry);
    }
    Instant start = clock.instant();
    for (NodeSeed seed : world.nodeSeeds()) {
      storeNode(seed.clusterId(), NodeEntry.fixed(seed.toNode(start)));
    }
  }

  void setClock(Clock newClock) {
    this.clock = Objects.requireNonNull(newClock, "newClock");
  }

  Clock clock() {
    return clock;
  }

  /** Runs {@code work} while holding the state lock, so a check and a change are atomic. */
  <T> T locked(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  public boolean whitelisted() {
    return whitelisted;
  }

  public void setWhitelisted(boolean value) {
    whitelisted = value;
  }

  public Duration nodeReadyDelay() {
    return nodeReadyDelay;
  }

  public void setNodeReadyDelay(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("node ready delay must not be negative: " + delay);
    }
    nodeReadyDelay = delay;
  }

  public List<Cluster> clusters() {
    synchronized (lock) {
      return clusters.values().stream().map(e -> e.cluster).collect(Collectors.toList());
    }
  }

  public Optional<Cluster> cluster(String clusterId) {
    synchronized (lock) {
      ClusterEntry entry = clusters.get(clusterId);
      return entry == null ? Optional.empty() : Optional.of(entry.cluster);
    }
  }

  public void setClusterStatus(String clusterId, String status) {
    Objects.requireNonNull(status, "status");
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      entry.cluster = entry.cluster.withStatus(status);
    }
  }

  public void setSupportsVirtualKubelet(String clusterId, boolean supports) {
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      entry.cluster = entry.cluster.withSupportsVirtualKubelet(supports);
    }
  }

  public void setCamDenied(String clusterId, boolean denied) {
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      entry.cluster = entry.cluster.withCamDenied(denied);
    }
  }

  /** Returns the pools of a cluster in insertion order; empty for an unknown cluster. */
  public List<NodePool> nodePools(String clusterId) {
    synchronized (lock) {
      ClusterEntry entry = clusters.get(clusterId);
      return entry == null ? List.of() : List.copyOf(entry.pools.values());
    }
  }

  public Optional<NodePool> nodePool(String clusterId, String nodePoolId) {
    synchronized (lock) {
      ClusterEntry entry = clusters.get(clusterId);
      return entry == null ? Optional.empty() : Optional.ofNullable(entry.pools.get(nodePoolId));
    }
  }

  /** Sets a pool's life state; any string is accepted, but only {@code normal} takes creates. */
  public void setNodePoolLifeState(String clusterId, String nodePoolId, String lifeState) {
    Objects.requireNonNull(lifeState, "lifeState");
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      NodePool pool = requirePool(entry, nodePoolId);
      entry.pools.put(nodePoolId, pool.withLifeState(lifeState));
    }
  }

  /** Returns the nodes of a cluster in creation order, with phases as of now. */
  public List<VirtualNode> nodes(String clusterId) {
    Instant now = clock.instant();
    synchronized (lock) {
      ClusterEntry entry = clusters.get(clusterId);
      if (entry == null) {
        return List.of();
      }
      return entry.nodes.values().stream().map(n -> n.at(now)).collect(Collectors.toList());
    }
  }

  public Optional<VirtualNode> node(String clusterId, String nodeName) {
    Instant now = clock.instant();
    synchronized (lock) {
      ClusterEntry entry = clusters.get(clusterId);
      NodeEntry node = entry == null ? null : entry.nodes.get(nodeName);
      return node == null ? Optional.empty() : Optional.of(node.at(now));
    }
  }

  /** Fixes a node's phase; a node the emulator created stops moving on to {@code Running}. */
  public void setNodePhase(String clusterId, String nodeName, String phase) {
    Objects.requireNonNull(phase, "phase");
    Instant now = clock.instant();
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      NodeEntry node = entry.nodes.get(nodeName);
      if (node == null) {
        throw new IllegalArgumentException(
            "node " + nodeName + " does not exist in cluster " + clusterId);
      }
      entry.nodes.put(nodeName, NodeEntry.fixed(node.at(now).withPhase(phase)));
    }
  }

  /**
   * Adds a node with a fixed phase, named the way TKE names it ({@code eklet-<subnetId>-<n>}),
   * without the checks a create goes through. Returns the node.
   */
  public VirtualNode addNode(
      String clusterId, String nodePoolId, String subnetId, String phase, Instant createdTime) {
    synchronized (lock) {
      requirePool(requireCluster(clusterId), nodePoolId);
      requireSubnet(subnetId);
      VirtualNode node =
          new VirtualNode(allocateNodeName(subnetId), nodePoolId, subnetId, phase, createdTime);
      storeNode(clusterId, NodeEntry.fixed(node));
      return node;
    }
  }

  public void removeNode(String clusterId, String nodeName) {
    synchronized (lock) {
      if (requireCluster(clusterId).nodes.remove(nodeName) == null) {
        throw new IllegalArgumentException(
            "node " + nodeName + " does not exist in cluster " + clusterId);
      }
    }
  }

  public List<Subnet> subnets() {
    synchronized (lock) {
      return List.copyOf(subnets.values());
    }
  }

  public Optional<Subnet> subnet(String subnetId) {
    synchronized (lock) {
      return Optional.ofNullable(subnets.get(subnetId));
    }
  }

  public void addSubnet(Subnet subnet) {
    synchronized (lock) {
      if (subnets.putIfAbsent(subnet.subnetId(), subnet) != null) {
        throw new IllegalArgumentException("subnet " + subnet.subnetId() + " already exists");
      }
    }
  }

  /** Returns the subnets in the cluster's VPC that no node of the cluster uses. */
  public List<String> freeSubnetIds(String clusterId) {
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      List<String> free = new ArrayList<>();
      for (Subnet subnet : subnets.values()) {
        boolean sameVpc = subnet.vpcId().equals(entry.cluster.vpcId());
        boolean used = entry.nodes.values().stream()
            .anyMatch(n -> n.subnetId().equals(subnet.subnetId()));
        if (sameVpc && !used) {
          free.add(subnet.subnetId());
        }
      }
      return free;
    }
  }

  /** Returns the node of {@code nodePoolId} in {@code subnetId}, if there is one. */
  Optional<VirtualNode> nodeOfPoolInSubnet(String clusterId, String nodePoolId, String subnetId) {
    Instant now = clock.instant();
    synchronized (lock) {
      return requireCluster(clusterId).nodes.values().stream()
          .filter(n -> n.nodePoolId().equals(nodePoolId) && n.subnetId().equals(subnetId))
          .map(n -> n.at(now))
          .findFirst();
    }
  }

  /**
   * Creates a {@code Pending} node as {@code CreateClusterVirtualNode} does, adds the subnet to
   * the pool's subnets, and returns the node. Callers check preconditions under {@link #locked}.
   */
  VirtualNode createNode(String clusterId, String nodePoolId, String subnetId) {
    Instant now = clock.instant();
    synchronized (lock) {
      ClusterEntry entry = requireCluster(clusterId);
      NodePool pool = requirePool(entry, nodePoolId);
      VirtualNode node = new VirtualNode(
          allocateNodeName(subnetId), nodePoolId, subnetId, VirtualNode.PENDING, now);
      storeNode(clusterId, NodeEntry.starting(node, now.plus(nodeReadyDelay)));
      entry.pools.put(nodePoolId, pool.withSubnet(subnetId));
      return node;
    }
  }

  private void storeNode(String clusterId, NodeEntry node) {
    requireCluster(clusterId).nodes.put(node.name(), node);
    Matcher matcher = NODE_NAME.matcher(node.name());
    if (matcher.matches()) {
      int next = Integer.parseInt(matcher.group(2)) + 1;
      nextNodeIndex.merge(matcher.group(1), next, Math::max);
    }
  }

  private String allocateNodeName(String subnetId) {
    int index = nextNodeIndex.getOrDefault(subnetId, 0);
    return "eklet-" + subnetId + "-" + index;
  }

  private ClusterEntry requireCluster(String clusterId) {
    ClusterEntry entry = clusters.get(clusterId);
    if (entry == null) {
      throw new IllegalArgumentException("cluster " + clusterId + " does not exist");
    }
    return entry;
  }

  private static NodePool requirePool(ClusterEntry entry, String nodePoolId) {
    NodePool pool = entry.pools.get(nodePoolId);
    if (pool == null) {
      throw new IllegalArgumentException("node pool " + nodePoolId + " does not exist in cluster "
          + entry.cluster.clusterId());
    }
    return pool;
  }

  private void requireSubnet(String subnetId) {
    if (!subnets.containsKey(subnetId)) {
      throw new IllegalArgumentException("subnet " + subnetId + " does not exist");
    }
  }
}
