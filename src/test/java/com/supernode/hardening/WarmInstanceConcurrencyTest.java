package com.supernode.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.config.Settings;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.TkeEmulator;
import com.supernode.emulator.VirtualNode;
import com.supernode.function.ClusterAllowlist;
import com.supernode.function.FunctionEnvironment;
import com.supernode.log.JsonLog;
import com.supernode.testing.FunctionFixture;
import com.supernode.tke.CredentialSource;
import com.supernode.tke.TkeGatewayFactory;
import com.supernode.tke.TkeSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs many invocations at once through one handler instance, as a warm SCF instance reuses
 * it, and checks that nothing leaks between them. Each invocation signs with its own keys,
 * creates its own node, and gets back its own result and RequestId.
 *
 * <p>Credentials are looked up per thread, so an invocation given a wrong key fails alone;
 * a key or gateway kept from another invocation would turn its neighbours' results around.
 */
class WarmInstanceConcurrencyTest {
  private static final int THREADS = 16;
  private static final int CREATES = 200;
  private static final int BATCHES = 32;
  private static final int SUBNETS_PER_BATCH = 3;
  private static final int CHECKS = 32;
  private static final String CREATE = "CreateClusterVirtualNode";
  private static final Gson GSON = new Gson();

  @RegisterExtension
  static final HardeningSuite SUITE = new HardeningSuite("concurrency", suite ->
      suite.counted("invocations") + " invocations over " + THREADS + " threads through one "
          + "handler instance per function tried, " + suite.counted("matched")
          + " matched their own request");

  private final ThreadLocal<Map<String, String>> perInvocation =
      ThreadLocal.withInitial(Map::of);
  private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
  private TkeEmulator emulator;
  private FunctionEnvironment environment;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(
        new ConcurrentWorld(CREATES + BATCHES * SUBNETS_PER_BATCH).build());
    Map<String, String> shared = new HashMap<>();
    shared.put(TkeSettings.ENDPOINT, emulator.endpoint());
    shared.put(TkeSettings.REGION, emulator.region());
    shared.put(CredentialSource.SECRET_ID, Canaries.SECRET_ID);
    shared.put(CredentialSource.SECRET_KEY, Canaries.SECRET_KEY);
    shared.put(CredentialSource.SESSION_TOKEN, Canaries.SESSION_TOKEN);
    shared.put(ClusterAllowlist.SETTING, String.join(",", ConcurrentWorld.clusterIds()));
    Settings settings = new Settings(
        name -> perInvocation.get().getOrDefault(name, shared.get(name)), name -> null);
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);
    environment = new FunctionEnvironment(settings,
        s -> TkeGatewayFactory.sdk(TkeSettings.from(s)),
        new JsonLog(() -> log, Clock.systemUTC()), Clock.systemUTC());
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void concurrentCreatesKeepTheirOwnResults() throws Exception {
    FunctionRow.Handler handler = FunctionRow.named("create").handlerOn(environment);
    List<CreateCall> calls = new ArrayList<>();
    for (int i = 0; i < CREATES; i++) {
      calls.add(new CreateCall(i));
    }

    List<Map<String, Object>> results = runConcurrently(calls.size(), i -> {
      CreateCall call = calls.get(i);
      perInvocation.set(call.settings());
      try {
        return handler.handle(call.event(), FunctionFixture.context(call.requestId(), 30_000));
      } finally {
        perInvocation.remove();
      }
    });

    Map<String, List<RecordedRequest>> sent = createsBySubnet();
    for (int i = 0; i < CREATES; i++) {
      calls.get(i).assertOwnResult(results.get(i), sent, emulator);
      SUITE.count("matched");
    }
    long expectedNodes = calls.stream().filter(CreateCall::creates).count();
    assertEquals(expectedNodes + ConcurrentWorld.CLUSTERS * ConcurrentWorld.NODES_PER_CLUSTER,
        allNodes().size());
    assertLogMatchesCalls(calls);
  }

  @Test
  void concurrentBatchesKeepTheirOwnResults() throws Exception {
    FunctionRow.Handler handler = FunctionRow.named("batch-create").handlerOn(environment);

    List<Map<String, Object>> results = runConcurrently(BATCHES, i -> {
      perInvocation.set(i % 5 == 4
          ? Map.of(CredentialSource.SECRET_KEY, Canaries.WRONG_SECRET_KEY) : Map.of());
      try {
        return handler.handle(EventShape.parseObject(batchRequest(i)),
            FunctionFixture.context("batch-" + i, 60_000));
      } finally {
        perInvocation.remove();
      }
    });

    for (int i = 0; i < BATCHES; i++) {
      JsonObject response = FunctionFixture.json(results.get(i)).getAsJsonObject("Response");
      assertEquals("batch-" + i, response.get("RequestId").getAsString());
      List<JsonElement> items = new ArrayList<>();
      response.getAsJsonArray("Results").forEach(items::add);
      assertEquals(SUBNETS_PER_BATCH, items.size());
      for (int k = 0; k < SUBNETS_PER_BATCH; k++) {
        assertBatchItem(i, batchSubnet(i, k), items.get(k).getAsJsonObject());
      }
      SUITE.count("matched");
    }
  }

  @Test
  void concurrentReadinessChecksKeepTheirOwnResults() throws Exception {
    FunctionRow.Handler handler = FunctionRow.named("readiness").handlerOn(environment);
    ConcurrentWorld world = new ConcurrentWorld(CREATES + BATCHES * SUBNETS_PER_BATCH);

    List<Map<String, Object>> results = runConcurrently(CHECKS, i -> {
      perInvocation.set(i % 5 == 4
          ? Map.of(CredentialSource.SECRET_KEY, Canaries.WRONG_SECRET_KEY) : Map.of());
      String request = "{\"Clusters\":[{\"ClusterId\":\"" + checkedCluster(i) + "\"}]}";
      Map<String, Object> event = i % 2 == 0 ? EventShape.parseObject(request)
          : EventShape.TIMER.wrap(request, FunctionRow.named("readiness"));
      try {
        return handler.handle(event, FunctionFixture.context("check-" + i, 60_000));
      } finally {
        perInvocation.remove();
      }
    });

    for (int i = 0; i < CHECKS; i++) {
      JsonObject response = FunctionFixture.json(results.get(i)).getAsJsonObject("Response");
      assertEquals("check-" + i, response.get("RequestId").getAsString());
      assertEquals(1, response.getAsJsonArray("Clusters").size());
      JsonObject cluster = response.getAsJsonArray("Clusters").get(0).getAsJsonObject();
      assertEquals(checkedCluster(i), cluster.get("ClusterId").getAsString());
      assertReadinessOfOwnCluster(i, cluster, world);
      SUITE.count("matched");
    }
    assertTrue(emulator.requests().stream().noneMatch(request -> request.body() != null
        && CreateCall.UNLISTED_CLUSTER.equals(request.body().get("ClusterId").getAsString())),
        "a cluster outside ALLOWED_CLUSTERS reached TKE");
  }

  private static String checkedCluster(int check) {
    return check % 8 == 7 ? CreateCall.UNLISTED_CLUSTER
        : ConcurrentWorld.clusterId(check % ConcurrentWorld.CLUSTERS);
  }

  private static void assertReadinessOfOwnCluster(int check, JsonObject cluster,
      ConcurrentWorld world) {
    List<String> nodes = new ArrayList<>();
    cluster.getAsJsonArray("Nodes")
        .forEach(node -> nodes.add(node.getAsJsonObject().get("NodeName").getAsString()));
    JsonObject error = cluster.getAsJsonObject("Error");
    if (check % 8 == 7) {
      assertEquals("UnauthorizedOperation.ClusterNotAllowed", error.get("Code").getAsString());
      assertEquals(List.of(), nodes);
    } else if (check % 5 == 4) {
      assertEquals("AuthFailure.SignatureFailure", error.get("Code").getAsString());
      assertEquals(List.of(), nodes);
    } else {
      assertNull(error, cluster.toString());
      assertEquals(world.nodeNames(check % ConcurrentWorld.CLUSTERS), nodes);
    }
  }

  private void assertBatchItem(int batch, int subnet, JsonObject item) {
    String subnetId = ConcurrentWorld.subnetId(subnet);
    assertEquals(subnetId, item.get("SubnetId").getAsString());
    assertEquals(ConcurrentWorld.clusterId(ConcurrentWorld.clusterOf(subnet)),
        item.get("ClusterId").getAsString());
    List<VirtualNode> nodes = allNodes().stream()
        .filter(node -> node.subnetId().equals(subnetId)).collect(Collectors.toList());
    if (batch % 5 == 4) {
      assertEquals("Failed", item.get("Outcome").getAsString(), item.toString());
      assertEquals("AuthFailure.SignatureFailure",
          item.getAsJsonObject("Error").get("Code").getAsString());
      assertEquals(List.of(), nodes);
      return;
    }
    assertEquals("Created", item.get("Outcome").getAsString(), item.toString());
    assertEquals("eklet-" + subnetId + "-0", item.get("NodeName").getAsString());
    assertEquals(1, nodes.size());
    assertEquals(batchPool(batch), nodes.get(0).nodePoolId());
  }

  private static String batchRequest(int batch) {
    List<String> subnets = new ArrayList<>();
    for (int k = 0; k < SUBNETS_PER_BATCH; k++) {
      subnets.add(ConcurrentWorld.subnetId(batchSubnet(batch, k)));
    }
    int cluster = ConcurrentWorld.clusterOf(batchSubnet(batch, 0));
    return "{\"ClusterId\":\"" + ConcurrentWorld.clusterId(cluster) + "\",\"NodePoolId\":\""
        + batchPool(batch) + "\",\"SubnetIds\":" + GSON.toJson(subnets) + "}";
  }

  /** Returns subnet {@code k} of a batch; all subnets of one batch lie in one cluster's VPC. */
  private static int batchSubnet(int batch, int k) {
    return CREATES + batch + k * BATCHES;
  }

  private static String batchPool(int batch) {
    int cluster = ConcurrentWorld.clusterOf(batchSubnet(batch, 0));
    return ConcurrentWorld.poolId(cluster, batch % ConcurrentWorld.POOLS_PER_CLUSTER);
  }

  /** Runs {@code count} invocations on {@value #THREADS} threads and returns their results. */
  private List<Map<String, Object>> runConcurrently(int count,
      IntFunction<Map<String, Object>> invocation) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Map<String, Object>>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(threads.submit(() -> invocation.apply(index)));
      }
      List<Map<String, Object>> results = new ArrayList<>();
      for (Future<Map<String, Object>> future : futures) {
        Map<String, Object> result = future.get(60, TimeUnit.SECONDS);
        SUITE.count("invocations");
        assertEquals("", SUITE.scan("concurrent response", GSON.toJson(result)));
        results.add(result);
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private Map<String, List<RecordedRequest>> createsBySubnet() {
    return emulator.requests(CREATE).stream()
        .filter(request -> request.body() != null && request.body().has("SubnetId"))
        .collect(Collectors.groupingBy(request -> request.body().get("SubnetId").getAsString()));
  }

  private List<VirtualNode> allNodes() {
    List<VirtualNode> nodes = new ArrayList<>();
    for (String cluster : ConcurrentWorld.clusterIds()) {
      nodes.addAll(emulator.state().nodes(cluster));
    }
    return nodes;
  }

  /** Checks that each log record names the node, subnet and code of its own invocation. */
  private void assertLogMatchesCalls(List<CreateCall> calls) {
    String log = logBytes.toString(StandardCharsets.UTF_8);
    assertEquals("", SUITE.scan("concurrent function log", log));
    Map<String, CreateCall> byRequestId = calls.stream()
        .collect(Collectors.toMap(CreateCall::requestId, call -> call));
    int created = 0;
    for (String line : log.split("\n")) {
      JsonObject record = JsonParser.parseString(line).getAsJsonObject();
      CreateCall call = byRequestId.get(record.get("requestId").getAsString());
      String event = record.get("event").getAsString();
      if (event.equals("node.created")) {
        assertEquals(call.subnetId(), record.get("subnet").getAsString());
        assertEquals("eklet-" + call.subnetId() + "-0", record.get("node").getAsString());
        created++;
      } else if (event.equals("create.failed")) {
        assertEquals(call.expectedCode(), record.get("code").getAsString());
      }
    }
    assertEquals(calls.stream().filter(CreateCall::creates).count(), created);
  }
}
