package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.Subnet;
import com.supernode.emulator.TkeEmulator;
import com.supernode.emulator.VirtualNode;
import com.supernode.testing.FunctionFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A batch-create handler wired to a real emulator over HTTP through {@link FunctionFixture},
 * and the check that every reported outcome matches the emulator's nodes.
 */
final class BatchHarness implements AutoCloseable {
  static final String CLUSTER = "cls-main0001";
  static final String POOL = "np-normal01";
  static final int TIME_LIMIT_MS = 120_000;

  private static final Gson GSON = new Gson();

  final TkeEmulator emulator;
  private final FunctionFixture fixture;
  private final BatchCreateHandler handler;

  /**
   * Starts an emulator of {@code world} whose nodes become Running after 50 ms, and a handler
   * with short backoffs; {@code extraSettings} add to or replace the defaults.
   */
  BatchHarness(EmulatorWorld world, Map<String, String> extraSettings) {
    fixture = new FunctionFixture(world.withNodeReadyDelay(Duration.ofMillis(50)))
        .set("BATCH_BACKOFF_BASE_MS", "10")
        .set("BATCH_BACKOFF_CAP_MS", "100");
    extraSettings.forEach(fixture::set);
    emulator = fixture.emulator();
    handler = new BatchCreateHandler(fixture.environment());
  }

  BatchHarness() {
    this(EmulatorWorld.defaultWorld(), Map.of());
  }

  /** Adds free subnets {@code subnet-bt000000}, {@code subnet-bt000001}... to the main VPC. */
  List<String> addSubnets(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("subnet-bt%06d", i);
      emulator.state().addSubnet(new Subnet(id, "vpc-main0001", "ap-guangzhou-" + (3 + i % 3)));
      ids.add(id);
    }
    return ids;
  }

  /** Runs the handler on the event in {@code events/FILE} with the default time limit. */
  Map<String, Object> invokeFile(String file) throws IOException {
    String json = Files.readString(Path.of("events", file), StandardCharsets.UTF_8);
    return invoke(FunctionFixture.event(json), TIME_LIMIT_MS);
  }

  Map<String, Object> invoke(Map<String, Object> event, int timeLimitMs) {
    return handler.handle(event, FunctionFixture.context(timeLimitMs));
  }

  /** Runs a direct invocation of {@code request} and returns the {@code Response} object. */
  JsonObject invokeDirect(String request) {
    return invokeDirect(request, TIME_LIMIT_MS);
  }

  JsonObject invokeDirect(String request, int timeLimitMs) {
    return responseOf(invoke(FunctionFixture.event(request), timeLimitMs));
  }

  /** Returns the {@code Response} object of a timer or direct invocation's result. */
  static JsonObject responseOf(Map<String, Object> result) {
    return FunctionFixture.json(result).getAsJsonObject("Response");
  }

  /** Returns the {@code Response} object inside an API Gateway integration response. */
  static JsonObject apiGatewayResponseOf(Map<String, Object> result) {
    return FunctionFixture.body(result).getAsJsonObject("Response");
  }

  /** Builds a direct request for {@code subnets} of the main pool. */
  static String request(List<String> subnets) {
    return "{\"ClusterId\":\"" + CLUSTER + "\",\"NodePoolId\":\"" + POOL + "\",\"SubnetIds\":"
        + GSON.toJson(subnets) + "}";
  }

  /** Returns the names of the emulator's nodes, keyed by cluster, pool and subnet. */
  Map<String, List<String>> nodeNames() {
    Map<String, List<String>> names = new HashMap<>();
    emulator.state().clusters().forEach(cluster -> {
      for (VirtualNode node : emulator.state().nodes(cluster.clusterId())) {
        names.computeIfAbsent(key(cluster.clusterId(), node.nodePoolId(), node.subnetId()),
            k -> new ArrayList<>()).add(node.name());
      }
    });
    return names;
  }

  long successfulCreates() {
    return emulator.requests("CreateClusterVirtualNode").stream()
        .filter(r -> r.errorCode() == null && r.httpStatus() == 200)
        .count();
  }

  /** Returns the log lines of one event, such as {@code batch.item}, as JSON objects. */
  List<JsonObject> logLines(String event) {
    return fixture.logRecords().stream()
        .filter(line -> event.equals(line.get("event").getAsString()))
        .collect(Collectors.toList());
  }

  /**
   * Asserts that each result agrees with the emulator, and checks the counts. A subnet must end
   * with at most one node of its pool. A Created node must be new and named as reported, an
   * AlreadyExists node must have been there before, and no other outcome may leave a node.
   */
  void assertReportMatchesEmulator(Map<String, List<String>> before, JsonObject response) {
    Map<String, List<String>> after = nodeNames();
    Map<String, Integer> counted = new HashMap<>();
    int created = 0;
    for (JsonElement element : response.getAsJsonArray("Results")) {
      JsonObject result = element.getAsJsonObject();
      String outcome = result.get("Outcome").getAsString();
      String key = key(result.get("ClusterId").getAsString(),
          result.get("NodePoolId").getAsString(), result.get("SubnetId").getAsString());
      List<String> was = before.getOrDefault(key, List.of());
      List<String> now = after.getOrDefault(key, List.of());
      counted.merge(outcome, 1, Integer::sum);
      assertTrue(now.size() <= 1, key + " has several nodes: " + now);
      switch (outcome) {
        case "Created":
          created++;
          assertEquals(List.of(), was, key + " had a node before it was Created");
          assertEquals(List.of(result.get("NodeName").getAsString()), now, key);
          break;
        case "AlreadyExists":
          assertEquals(List.of(result.get("NodeName").getAsString()), was, key);
          assertEquals(was, now, key);
          break;
        default:
          assertEquals(was, now, key + " changed although its outcome is " + outcome);
          break;
      }
    }
    for (Map.Entry<String, JsonElement> count : response.getAsJsonObject("Counts").entrySet()) {
      assertEquals((int) counted.getOrDefault(count.getKey(), 0), count.getValue().getAsInt(),
          "count of " + count.getKey());
    }
    int nodesBefore = before.values().stream().mapToInt(List::size).sum();
    int nodesAfter = after.values().stream().mapToInt(List::size).sum();
    assertEquals(nodesBefore + created, nodesAfter, "nodes created beyond the Created items");
  }

  static String key(String clusterId, String nodePoolId, String subnetId) {
    return clusterId + "/" + nodePoolId + "/" + subnetId;
  }

  @Override
  public void close() {
    fixture.close();
  }
}
