package com.supernode.hardening;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.supernode.emulator.EmulatorWorld;
import java.util.ArrayList;
import java.util.List;

/**
 * An emulator world for many invocations at once: {@value #CLUSTERS} clusters with two pools
 * each, enough free subnets, {@value #NODES_PER_CLUSTER} running nodes per cluster, no rate
 * limit, and canary credentials.
 */
final class ConcurrentWorld {
  static final int CLUSTERS = 4;
  static final int POOLS_PER_CLUSTER = 2;
  static final int NODES_PER_CLUSTER = 2;

  private final int subnets;

  /**
   * Creates a world with {@code subnets} free subnets, spread over the clusters' VPCs, and
   * further subnets for the nodes that exist at start.
   */
  ConcurrentWorld(int subnets) {
    this.subnets = subnets;
  }

  /** Returns the names of the nodes that cluster {@code cluster} has at start. */
  List<String> nodeNames(int cluster) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < NODES_PER_CLUSTER; k++) {
      names.add("eklet-" + subnetId(nodeSubnet(cluster, k)) + "-0");
    }
    return names;
  }

  /** Returns the subnet of node {@code k} of a cluster: past the free ones, in its VPC. */
  private int nodeSubnet(int cluster, int k) {
    int base = (subnets + CLUSTERS - 1) / CLUSTERS * CLUSTERS;
    return base + cluster + k * CLUSTERS;
  }

  static String clusterId(int cluster) {
    return String.format("cls-conc%04d", cluster);
  }

  static String poolId(int cluster, int pool) {
    return String.format("np-conc%02d%02d", cluster, pool);
  }

  static String subnetId(int index) {
    return String.format("subnet-cc%06d", index);
  }

  /** Returns the cluster whose VPC has subnet {@code index}. */
  static int clusterOf(int index) {
    return index % CLUSTERS;
  }

  static List<String> clusterIds() {
    List<String> ids = new ArrayList<>();
    for (int cluster = 0; cluster < CLUSTERS; cluster++) {
      ids.add(clusterId(cluster));
    }
    return ids;
  }

  EmulatorWorld build() {
    JsonObject world = new JsonObject();
    world.addProperty("region", "ap-guangzhou");
    world.addProperty("rateLimitPerSecond", 0);
    world.addProperty("nodeReadyDelayMs", 50);
    JsonArray subnetList = new JsonArray();
    int allSubnets = nodeSubnet(CLUSTERS - 1, NODES_PER_CLUSTER - 1) + 1;
    for (int index = 0; index < allSubnets; index++) {
      JsonObject subnet = new JsonObject();
      subnet.addProperty("subnetId", subnetId(index));
      subnet.addProperty("vpcId", vpcId(clusterOf(index)));
      subnet.addProperty("zone", "ap-guangzhou-" + (3 + index % 3));
      subnetList.add(subnet);
    }
    world.add("subnets", subnetList);
    JsonArray clusters = new JsonArray();
    for (int cluster = 0; cluster < CLUSTERS; cluster++) {
      clusters.add(cluster(cluster, nodes(cluster)));
    }
    world.add("clusters", clusters);
    return Canaries.world(world);
  }

  private JsonArray nodes(int cluster) {
    JsonArray nodes = new JsonArray();
    for (int k = 0; k < NODES_PER_CLUSTER; k++) {
      JsonObject node = new JsonObject();
      node.addProperty("name", nodeNames(cluster).get(k));
      node.addProperty("nodePoolId", poolId(cluster, 0));
      node.addProperty("subnetId", subnetId(nodeSubnet(cluster, k)));
      node.addProperty("createdTime", "now-10m");
      nodes.add(node);
    }
    return nodes;
  }

  private static JsonObject cluster(int cluster, JsonArray nodes) {
    JsonObject json = new JsonObject();
    json.addProperty("clusterId", clusterId(cluster));
    json.addProperty("vpcId", vpcId(cluster));
    JsonArray pools = new JsonArray();
    for (int pool = 0; pool < POOLS_PER_CLUSTER; pool++) {
      JsonObject poolJson = new JsonObject();
      poolJson.addProperty("nodePoolId", poolId(cluster, pool));
      pools.add(poolJson);
    }
    json.add("nodePools", pools);
    json.add("nodes", nodes);
    return json;
  }

  private static String vpcId(int cluster) {
    return String.format("vpc-conc%04d", cluster);
  }
}
