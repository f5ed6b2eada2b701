package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.supernode.config.Settings;
import com.supernode.function.FunctionEnvironment;
import com.supernode.log.JsonLog;
import com.supernode.request.CreateNodeRequest;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FunctionFixture;
import com.supernode.tke.CreatedNode;
import com.supernode.tke.Listing;
import com.supernode.tke.TkeGateway;
import com.supernode.tke.VirtualNode;
import com.supernode.tke.VirtualNodePool;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tests the readiness handler's decoding, target choice and responses against a one-pool TKE
 * stand-in; the emulator-backed tests cover the records of every node state.
 */
class ReadinessHandlerTest {
  private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
  private static final Gson GSON = new Gson();

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final List<String> calls = new ArrayList<>();
  private final Map<String, String> values = new HashMap<>(Map.of(
      "TKE_REGION", "ap-guangzhou", "TKE_ENDPOINT", "http://127.0.0.1:9",
      "TENCENTCLOUD_SECRETID", "id", "TENCENTCLOUD_SECRETKEY", "key",
      "ALLOWED_CLUSTERS", "*", "READINESS_CALL_INTERVAL_MS", "0",
      "READINESS_KUBE_ACCESS", "off"));

  /** A TKE with one normal pool per cluster holding one running node. */
  private final TkeGateway tke = new TkeGateway() {
    @Override
    public CreatedNode createVirtualNode(CreateNodeRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Listing<VirtualNode> describeVirtualNodes(String clusterId, String nodePoolId,
        List<String> nodeNames) {
      calls.add(clusterId + "/" + nodePoolId);
      return new Listing<>(List.of(new VirtualNode("eklet-subnet-aaaa0001-0",
          "subnet-aaaa0001", "Running", "2026-12-01T00:00:00Z")), 1, "req-nodes");
    }

    @Override
    public Listing<VirtualNodePool> describeVirtualNodePools(String clusterId) {
      calls.add(clusterId);
      return new Listing<>(List.of(new VirtualNodePool("np-pool0001", "pool", "normal",
          List.of(), Map.of(), List.of())), 1, "req-pools");
    }
  };

  private Map<String, Object> invoke(Map<String, Object> event) {
    FunctionEnvironment environment = new FunctionEnvironment(Settings.of(values),
        settings -> credentials -> tke,
        new JsonLog(() -> new PrintStream(output, true, StandardCharsets.UTF_8),
            Clock.fixed(NOW, ZoneOffset.UTC)),
        Clock.fixed(NOW, ZoneOffset.UTC));
    return new ReadinessHandler(environment,
        new ClockTime(Clock.fixed(NOW, ZoneOffset.UTC), duration -> { }), new Random(1))
        .handle(event, FunctionFixture.context(120_000));
  }

  private static Map<String, Object> timer(String message) {
    Map<String, Object> event = new HashMap<>(Map.of("Type", "Timer",
        "TriggerName", "readiness-every-5-minutes", "Time", "2026-12-04T01:00:00Z"));
    if (message != null) {
      event.put("Message", message);
    }
    return event;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> response(Map<String, Object> result) {
    return (Map<String, Object>) result.get("Response");
  }

  @Test
  void timerMessageNamesClusters() {
    Map<String, Object> result = invoke(timer("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\","
        + "\"NodePoolIds\":[\"np-pool0001\"]}]}"));

    assertEquals("{\"Response\":{\"CheckedAt\":\"2026-12-04T01:00:00Z\",\"Status\":\"Ready\","
        + "\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\",\"Status\":\"Ready\","
        + "\"View\":\"TkeOnly\",\"NodePoolIds\":[\"np-pool0001\"],"
        + "\"NodeCounts\":{\"Total\":1,\"Ready\":1,\"Starting\":0,\"Suspect\":0,"
        + "\"Stuck\":0},\"StuckNodes\":[],"
        + "\"Nodes\":[{\"NodeName\":\"eklet-subnet-aaaa0001-0\",\"State\":\"ready\","
        + "\"Problems\":[],\"Tke\":{\"Listed\":true,\"NodePoolId\":\"np-pool0001\","
        + "\"SubnetId\":\"subnet-aaaa0001\",\"Phase\":\"Running\"},"
        + "\"Kubernetes\":{\"Checked\":false},\"AgeSeconds\":262800}],"
        + "\"PoolProblems\":[],\"DurationMs\":0}],"
        + "\"RequestId\":\"test-request-id\"}}", GSON.toJson(result));
    assertEquals(List.of("cls-aaaa0001", "cls-aaaa0001/np-pool0001"), calls);
  }

  @Test
  void timerWithoutMessageUsesSetting() {
    values.put("READINESS_CLUSTERS", "cls-bbbb0002,cls-cccc0003");

    invoke(timer(null));

    assertEquals(List.of("cls-bbbb0002", "cls-bbbb0002/np-pool0001", "cls-cccc0003",
        "cls-cccc0003/np-pool0001"), calls);
  }

  @Test
  void emptyDirectEventUsesSetting() {
    values.put("READINESS_CLUSTERS", "cls-bbbb0002");

    Map<String, Object> result = invoke(Map.of());

    assertEquals(List.of("cls-bbbb0002", "cls-bbbb0002/np-pool0001"), calls);
    assertEquals("2026-12-04T02:00:00Z", response(result).get("CheckedAt"));
  }

  @Test
  void messageOverridesSetting() {
    values.put("READINESS_CLUSTERS", "cls-bbbb0002");

    invoke(timer("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\"}]}"));

    assertEquals(List.of("cls-aaaa0001", "cls-aaaa0001/np-pool0001"), calls);
  }

  @Test
  void recordsCarryTimerTime() {
    invoke(timer("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\"}]}"));

    String[] lines = output.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals("{\"timestamp\":\"2026-12-04T01:00:00Z\",\"level\":\"INFO\","
        + "\"event\":\"readiness.cluster.summary\",\"function\":\"readiness\","
        + "\"requestId\":\"test-request-id\",\"cluster\":\"cls-aaaa0001\",\"durationMs\":0,"
        + "\"status\":\"Ready\",\"nodes\":1,\"ready\":1,\"starting\":0,\"stuck\":0,"
        + "\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"}", lines[0]);
    assertEquals(2, lines.length);
  }

  @Test
  void noClusterAnywhereIsRejected() {
    Map<String, Object> result = invoke(timer(null));

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) response(result).get("Error");
    assertEquals("MissingParameter", error.get("Code"));
    assertEquals(List.of(), calls);
  }

  @Test
  void invalidSettingIsFunctionError() {
    values.put("READINESS_GRACE_SECONDS", "five minutes");

    Map<String, Object> result = invoke(timer("{\"Clusters\":[{\"ClusterId\":\"cls-aaaa0001\"}]}"));

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) response(result).get("Error");
    assertEquals("FailedOperation.InvalidSetting", error.get("Code"));
    assertEquals(List.of(), calls);
  }

  @Test
  void unknownMessageFieldIsRejected() {
    Map<String, Object> result = invoke(timer("{\"ClusterIds\":[\"cls-aaaa0001\"]}"));

    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) response(result).get("Error");
    assertEquals("UnknownParameter", error.get("Code"));
  }

  @Test
  void apiGatewayEventIsRejected() {
    Map<String, Object> event = Map.of("httpMethod", "POST", "path", "/readiness",
        "body", "{}", "requestContext", Map.of("httpMethod", "POST"));

    Map<String, Object> result = invoke(event);

    assertEquals(404, result.get("statusCode"));
    assertEquals(List.of(), calls);
  }
}
