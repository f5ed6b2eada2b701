package com.supernode.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the emulator worlds the benchmarks run against; the keys are those documented on
 * {@code com.supernode.emulator.EmulatorWorld}.
 *
 * <pre>
 * WorldGen create FILE --clusters C --subnets N --family F [--rate-limit R] [--latency-ms L]
 *                      [--pool-lists-subnets]
 * WorldGen readiness FILE --clusters C --pools P --nodes N
 * </pre>
 *
 * {@code create} worlds have C clusters in one VPC with one normal pool each ({@link BenchIds})
 * and N free subnets of family F, so every create can use a fresh (cluster, subnet) pair.
 * {@code readiness} worlds have C clusters of P pools of N existing nodes each: 90 % Running,
 * 6 % Pending for a minute (starting) and 4 % Pending since 2021 (stuck).
 */
public final class WorldGen {
  private WorldGen() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args, 2);
    JsonObject world;
    if (args[0].equals("create")) {
      world = createWorld(options);
    } else if (args[0].equals("readiness")) {
      world = readinessWorld(options);
    } else {
      throw new IllegalArgumentException("first argument must be create or readiness");
    }
    Files.writeString(Path.of(args[1]), new GsonBuilder().create().toJson(world),
        StandardCharsets.UTF_8);
  }

  private static JsonObject createWorld(Map<String, String> options) {
    int clusters = Integer.parseInt(options.get("clusters"));
    int subnetCount = Integer.parseInt(options.get("subnets"));
    char family = options.get("family").charAt(0);
    JsonObject world = base(Integer.parseInt(options.getOrDefault("rate-limit", "0")));
    JsonArray subnetIds = new JsonArray();
    JsonArray subnets = new JsonArray();
    for (int i = 0; i < subnetCount; i++) {
      subnetIds.add(BenchIds.subnet(family, i));
      subnets.add(subnet(BenchIds.subnet(family, i)));
    }
    world.add("subnets", subnets);

    JsonArray clusterArray = new JsonArray();
    for (int c = 0; c < clusters; c++) {
      JsonObject pool = pool(BenchIds.pool(c, 0));
      if (options.containsKey("pool-lists-subnets")) {
        pool.add("subnetIds", subnetIds);
      }
      JsonArray pools = new JsonArray();
      pools.add(pool);
      JsonObject cluster = cluster(c);
      cluster.add("nodePools", pools);
      clusterArray.add(cluster);
    }
    world.add("clusters", clusterArray);

    long latencyMs = Long.parseLong(options.getOrDefault("latency-ms", "0"));
    if (latencyMs > 0) {
      world.add("faults", latencyFault(latencyMs));
    }
    return world;
  }

  /** Returns a {@code faults} object that delays every reply by {@code latencyMs}. */
  private static JsonObject latencyFault(long latencyMs) {
    JsonObject rule = new JsonObject();
    rule.addProperty("kind", "latency");
    rule.addProperty("delayMs", latencyMs);
    JsonArray rules = new JsonArray();
    rules.add(rule);
    JsonObject faults = new JsonObject();
    faults.add("rules", rules);
    return faults;
  }

  private static JsonObject readinessWorld(Map<String, String> options) {
    int clusters = Integer.parseInt(options.get("clusters"));
    int poolsPerCluster = Integer.parseInt(options.get("pools"));
    int nodesPerPool = Integer.parseInt(options.get("nodes"));
    JsonObject world = base(Integer.parseInt(options.getOrDefault("rate-limit", "20")));
    JsonArray subnets = new JsonArray();
    for (int i = 0; i < nodesPerPool; i++) {
      subnets.add(subnet(BenchIds.subnet('r', i)));
    }
    world.add("subnets", subnets);
    JsonArray clusterArray = new JsonArray();
    for (int c = 0; c < clusters; c++) {
      JsonArray pools = new JsonArray();
      JsonArray nodes = new JsonArray();
      for (int p = 0; p < poolsPerCluster; p++) {
        String poolId = BenchIds.pool(c, p);
        pools.add(pool(poolId));
        for (int n = 0; n < nodesPerPool; n++) {
          String subnetId = BenchIds.subnet('r', n);
          JsonObject node = new JsonObject();
          node.addProperty("name", "eklet-" + subnetId + "-" + (c * poolsPerCluster + p));
          node.addProperty("nodePoolId", poolId);
          node.addProperty("subnetId", subnetId);
          int bucket = (c * 7 + p * 13 + n) % 50;
          node.addProperty("phase", bucket < 45 ? "Running" : "Pending");
          node.addProperty("createdTime",
              bucket < 48 ? "now-60s" : "2021-06-01T00:00:00Z");
          nodes.add(node);
        }
      }
      JsonObject cluster = cluster(c);
      cluster.add("nodePools", pools);
      cluster.add("nodes", nodes);
      clusterArray.add(cluster);
    }
    world.add("clusters", clusterArray);
    return world;
  }

  private static JsonObject base(int rateLimitPerSecond) {
    JsonObject world = new JsonObject();
    world.addProperty("_comment", "Generated by bench/run (WorldGen); not for editing.");
    world.addProperty("region", BenchIds.REGION);
    JsonObject credentials = new JsonObject();
    credentials.addProperty("secretId", "bench-secret-id");
    credentials.addProperty("secretKey", "bench-secret-key");
    world.add("credentials", credentials);
    world.addProperty("nodeReadyDelayMs", 3000);
    world.addProperty("rateLimitPerSecond", rateLimitPerSecond);
    return world;
  }

  private static JsonObject subnet(String subnetId) {
    JsonObject subnet = new JsonObject();
    subnet.addProperty("subnetId", subnetId);
    subnet.addProperty("vpcId", BenchIds.VPC);
    subnet.addProperty("zone", BenchIds.REGION + "-3");
    return subnet;
  }

  private static JsonObject cluster(int index) {
    JsonObject cluster = new JsonObject();
    cluster.addProperty("clusterId", BenchIds.cluster(index));
    cluster.addProperty("vpcId", BenchIds.VPC);
    return cluster;
  }

  private static JsonObject pool(String poolId) {
    JsonObject pool = new JsonObject();
    pool.addProperty("nodePoolId", poolId);
    pool.addProperty("lifeState", "normal");
    return pool;
  }

  private static Map<String, String> options(String[] args, int from) {
    Map<String, String> options = new HashMap<>();
    for (int i = from; i < args.length; i++) {
      String name = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(name, flag ? "true" : args[++i]);
    }
    return options;
  }
}
