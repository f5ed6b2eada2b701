package com.supernode.emulator;

import com.google.gson.JsonElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the JSON tree of a world file into an {@link EmulatorWorld}, checking every reference. */
final class WorldReader {
  private static final Set<String> LIFE_STATES = Set.of("creating", NodePool.NORMAL, "updating");

  private final Map<String, Subnet> subnets = new LinkedHashMap<>();
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, List<NodePool>> nodePools = new HashMap<>();
  private final List<NodeSeed> nodes = new ArrayList<>();
  private final Map<String, Map<String, KubeWorld.KubeNodeSeed>> kubeNodes = new HashMap<>();
  private final Map<String, Map<String, CreatedTime>> kubernetesOnly = new HashMap<>();
  private final Set<String> unreachable = new HashSet<>();

  private WorldReader() {}

  static EmulatorWorld read(JsonElement root, String source) {
    return new WorldReader().readWorld(JsonObjectReader.of(source, "", root));
  }

  private EmulatorWorld readWorld(JsonObjectReader world) {
    String region = world.requiredString("region");
    JsonObjectReader credentials = world.child("credentials");
    String secretId = credentials.requiredString("secretId");
    String secretKey = credentials.requiredString("secretKey");
    String token = credentials.optionalString("token", null);
    credentials.rejectUnreadKeys();

    boolean whitelisted = world.optionalBoolean("whitelisted", true);
    Duration readyDelay = Duration.ofMillis(world.optionalLong("nodeReadyDelayMs", 3000, 0));
    RateLimits rateLimits = readRateLimits(world);
    long maxSkew = world.optionalLong("maxClockSkewSeconds", 300, 0);
    for (JsonObjectReader subnet : world.optionalObjects("subnets")) {
      readSubnet(subnet);
    }
    for (JsonObjectReader cluster : world.optionalObjects("clusters")) {
      readCluster(cluster);
    }
    Faults faults = world.has("faults") ? Faults.read(world.child("faults")) : Faults.none();
    world.rejectUnreadKeys();

    return new EmulatorWorld(region, secretId, secretKey, token, whitelisted, readyDelay,
        rateLimits, maxSkew, new ArrayList<>(subnets.values()), clusters, nodePools, nodes,
        faults, new KubeWorld(kubeNodes, kubernetesOnly, unreachable));
  }

  private static RateLimits readRateLimits(JsonObjectReader world) {
    String key = "rateLimitPerSecond";
    JsonElement value = world.take(key);
    if (value == null) {
      return RateLimits.uniform(RateLimits.TKE_DEFAULT_PER_SECOND);
    }
    if (!value.isJsonObject()) {
      return RateLimits.uniform((int) world.optionalLong(key, 0, 0));
    }
    JsonObjectReader limits = world.child(key);
    Map<String, Integer> perAction = new HashMap<>();
    int fallback = RateLimits.TKE_DEFAULT_PER_SECOND;
    for (String action : limits.keys()) {
      int limit = (int) limits.optionalLong(action, 0, 0);
      if (action.equals("default")) {
        fallback = limit;
      } else {
        perAction.put(action, limit);
      }
    }
    return new RateLimits(fallback, perAction);
  }

  private void readSubnet(JsonObjectReader reader) {
    String subnetId = requiredId(reader, "subnetId", TkeIds.SUBNET);
    String vpcId = requiredId(reader, "vpcId", TkeIds.VPC);
    String zone = reader.requiredString("zone");
    reader.rejectUnreadKeys();
    if (subnets.put(subnetId, new Subnet(subnetId, vpcId, zone)) != null) {
      throw reader.fail("subnetId", "subnet " + subnetId + " is listed twice");
    }
  }

  private void readCluster(JsonObjectReader reader) {
    String clusterId = requiredId(reader, "clusterId", TkeIds.CLUSTER);
    boolean duplicate = clusters.stream().anyMatch(c -> c.clusterId().equals(clusterId));
    if (duplicate) {
      throw reader.fail("clusterId", "cluster " + clusterId + " is listed twice");
    }
    Cluster cluster = new Cluster(
        clusterId,
        reader.optionalString("status", Cluster.RUNNING),
        requiredId(reader, "vpcId", TkeIds.VPC),
        reader.optionalBoolean("supportsVirtualKubelet", true),
        reader.optionalBoolean("camDenied", false));
    List<NodePool> pools = new ArrayList<>();
    for (JsonObjectReader pool : reader.optionalObjects("nodePools")) {
      pools.add(readNodePool(pool, pools));
    }
    Set<String> nodeNames = new HashSet<>();
    for (JsonObjectReader node : reader.optionalObjects("nodes")) {
      nodes.add(readNode(node, clusterId, pools, nodeNames));
    }
    for (JsonObjectReader node : reader.optionalObjects("kubernetesOnlyNodes")) {
      String name = node.requiredString("name");
      if (!nodeNames.add(name)) {
        throw node.fail("name", "node " + name + " is listed twice in this cluster");
      }
      kubernetesOnly.computeIfAbsent(clusterId, id -> new LinkedHashMap<>())
          .put(name, createdTime(node, "createdTime", "now"));
      node.rejectUnreadKeys();
    }
    if (!reader.optionalBoolean("kubeApiReachable", true)) {
      unreachable.add(clusterId);
    }
    reader.rejectUnreadKeys();
    clusters.add(cluster);
    nodePools.put(clusterId, pools);
  }

  private NodePool readNodePool(JsonObjectReader reader, List<NodePool> siblings) {
    String poolId = requiredId(reader, "nodePoolId", TkeIds.NODE_POOL);
    if (siblings.stream().anyMatch(p -> p.nodePoolId().equals(poolId))) {
      throw reader.fail("nodePoolId", "node pool " + poolId + " is listed twice in this cluster");
    }
    String lifeState = reader.optionalString("lifeState", NodePool.NORMAL);
    if (!LIFE_STATES.contains(lifeState)) {
      throw reader.fail("lifeState",
          "expected creating, normal or updating, found '" + lifeState + "'");
    }
    List<String> subnetIds = reader.optionalStrings("subnetIds");
    for (int i = 0; i < subnetIds.size(); i++) {
      requireKnownSubnet(reader, "subnetIds[" + i + "]", subnetIds.get(i));
    }
    NodePool pool = new NodePool(
        poolId,
        reader.optionalString("name", poolId),
        lifeState,
        subnetIds,
        reader.optionalStringMap("labels"),
        readTaints(reader));
    reader.rejectUnreadKeys();
    return pool;
  }

  private static List<Taint> readTaints(JsonObjectReader pool) {
    List<Taint> taints = new ArrayList<>();
    for (JsonObjectReader taint : pool.optionalObjects("taints")) {
      taints.add(new Taint(
          taint.requiredString("key"),
          taint.optionalString("value", ""),
          taint.requiredString("effect")));
      taint.rejectUnreadKeys();
    }
    return taints;
  }

  private NodeSeed readNode(
      JsonObjectReader reader, String clusterId, List<NodePool> pools, Set<String> names) {
    String name = reader.requiredString("name");
    if (!names.add(name)) {
      throw reader.fail("name", "node " + name + " is listed twice in this cluster");
    }
    String poolId = reader.requiredString("nodePoolId");
    if (pools.stream().noneMatch(p -> p.nodePoolId().equals(poolId))) {
      throw reader.fail("nodePoolId", "node pool " + poolId + " is not listed in this cluster");
    }
    String subnetId = reader.requiredString("subnetId");
    requireKnownSubnet(reader, "subnetId", subnetId);
    String phase = reader.optionalString("phase", VirtualNode.RUNNING);
    CreatedTime createdTime = createdTime(reader, "createdTime", "now");
    if (reader.has("kubernetes")) {
      kubeNodes.computeIfAbsent(clusterId, id -> new HashMap<>())
          .put(name, readKubeNode(reader.child("kubernetes")));
    }
    reader.rejectUnreadKeys();
    return new NodeSeed(clusterId, name, poolId, subnetId, phase, createdTime);
  }

  private static KubeWorld.KubeNodeSeed readKubeNode(JsonObjectReader reader) {
    String ready = reader.optionalString("ready", null);
    if (ready != null && !Set.of("True", "False", "Unknown").contains(ready)) {
      throw reader.fail("ready", "expected True, False or Unknown, found '" + ready + "'");
    }
    KubeWorld.KubeNodeSeed seed = new KubeWorld.KubeNodeSeed(ready,
        reader.has("readySince") ? createdTime(reader, "readySince", null) : null,
        reader.has("heartbeat") ? createdTime(reader, "heartbeat", null) : null,
        reader.optionalStringMap("labels"),
        reader.optionalStrings("removeLabels"),
        reader.has("taints") ? readTaints(reader) : null,
        reader.optionalBoolean("absent", false));
    reader.rejectUnreadKeys();
    return seed;
  }

  private static CreatedTime createdTime(JsonObjectReader reader, String key, String fallback) {
    String text = reader.optionalString(key, fallback);
    try {
      return CreatedTime.parse(text);
    } catch (IllegalArgumentException e) {
      throw reader.fail(key, e.getMessage());
    }
  }

  private void requireKnownSubnet(JsonObjectReader reader, String key, String subnetId) {
    if (!subnets.containsKey(subnetId)) {
      throw reader.fail(key, "subnet " + subnetId + " is not listed under subnets");
    }
  }

  private static String requiredId(JsonObjectReader reader, String key, String prefix) {
    String id = reader.requiredString(key);
    if (!TkeIds.isValid(prefix, id)) {
      throw reader.fail(key, "expected " + TkeIds.describe(prefix) + ", found '" + id + "'");
    }
    return id;
  }
}
