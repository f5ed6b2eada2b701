package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.Fault;
import com.supernode.emulator.Faults;
import com.supernode.emulator.ManualClock;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.TkeEmulator;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FixedRandom;
import com.supernode.testing.FunctionFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the readiness handler against the emulator with a world whose nodes are in every state,
 * and pins the exact records and summary.
 */
class ReadinessEmulatorTest {
  private static final Instant CHECK_TIME = Instant.parse("2026-12-04T01:00:00Z");
  private static final Gson GSON = new Gson();
  private static final String AT = "{\"timestamp\":\"2026-12-04T01:00:00Z\",";
  /** The SDK's prefix of every error message TKE returns to a pool listing. */
  private static final String FAILED = "DescribeClusterVirtualNodePools failed: ";
  private static final String WHO = "\"function\":\"readiness\",\"requestId\":\"test-request-id\",";

  private final ManualClock clock = new ManualClock(CHECK_TIME);
  private FunctionFixture fixture;
  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() throws IOException {
    fixture = fixture(clock);
    emulator = fixture.emulator();
    fixture.set("READINESS_KUBE_ACCESS", "off");
  }

  /** Starts the readiness test world with both the emulator and the function on {@code clock}. */
  static FunctionFixture fixture(ManualClock clock) throws IOException {
    FunctionFixture fixture;
    try (InputStream in = ReadinessEmulatorTest.class.getResourceAsStream(
        "/readiness/world.json")) {
      fixture = new FunctionFixture(
          EmulatorWorld.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    fixture.emulator().setClock(clock);
    return fixture.clock(clock);
  }

  @AfterEach
  void stopEmulator() {
    fixture.close();
  }

  /** Invokes the handler with a timer whose Message is {@code message}; waits move the clock. */
  private Map<String, Object> invoke(String message) {
    Map<String, Object> event = new HashMap<>(Map.of("Type", "Timer",
        "TriggerName", "readiness-every-5-minutes", "Time", CHECK_TIME.toString(),
        "Message", message));
    return new ReadinessHandler(fixture.environment(), new ClockTime(clock, clock::advance),
        new FixedRandom(0.5))
        .handle(event, FunctionFixture.context(120_000));
  }

  private static String clusters(String... ids) {
    return "{\"Clusters\":[" + List.of(ids).stream()
        .map(id -> "{\"ClusterId\":\"" + id + "\"}")
        .collect(Collectors.joining(",")) + "]}";
  }

  private List<String> lines() {
    return List.of(fixture.logText().split("\n"));
  }

  /** Returns the log lines written by the check itself, without the runner's last line. */
  private List<String> checkLines() {
    List<String> lines = lines();
    return lines.subList(0, lines.size() - 1);
  }

  private List<String> requestIds(String action) {
    return emulator.requests(action).stream()
        .map(RecordedRequest::requestId)
        .collect(Collectors.toList());
  }

  private static String summary(String level, String cluster, String rest) {
    return AT + "\"level\":\"" + level + "\",\"event\":\"readiness.cluster.summary\"," + WHO
        + "\"cluster\":\"" + cluster + "\"," + rest + "}";
  }

  private static String failed(String cluster, String code, String message, String requestId,
      String advice) {
    return AT + "\"level\":\"ERROR\",\"event\":\"readiness.cluster.failed\"," + WHO
        + "\"cluster\":\"" + cluster + "\",\"code\":\"" + code + "\",\"message\":\"" + message
        + "\"" + (requestId == null ? "" : ",\"tkeRequestId\":\"" + requestId + "\"")
        + ",\"advice\":\"" + advice + "\"}";
  }

  private static String errorSummary(String cluster, String code, long durationMs) {
    return summary("WARN", cluster, "\"code\":\"" + code + "\",\"durationMs\":" + durationMs
        + ",\"status\":\"Error\",\"nodes\":0,\"ready\":0,\"starting\":0,\"stuck\":0,"
        + "\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"");
  }

  /** Returns a node record of TKE's view alone, not ready since creation. */
  private static String node(String event, String level, String name, String phase, long age,
      String state, String message, String requestId) {
    String subnet = name.substring("eklet-".length(), name.lastIndexOf('-'));
    return AT + "\"level\":\"" + level + "\",\"event\":\"" + event + "\"," + WHO
        + "\"cluster\":\"cls-main0001\",\"pool\":\"np-normal01\",\"node\":\"" + name + "\","
        + "\"subnet\":\"" + subnet + "\",\"phase\":\"" + phase + "\",\"ageSeconds\":" + age
        + ",\"message\":\"" + message + "\",\"tkeRequestId\":\"" + requestId + "\","
        + "\"state\":\"" + state + "\",\"graceSeconds\":300,\"view\":\"tke\","
        + "\"problems\":\"NotRunning\",\"notReadySeconds\":" + age + ",\"notReadyChecks\":"
        + (1 + age / 300) + "}";
  }

  @Test
  void everyStateGetsItsRecord() {
    fixture.set("ALLOWED_CLUSTERS", "cls-main0001,cls-camdeny1,cls-idling01,cls-gone0001");

    invoke(clusters("cls-main0001", "cls-camdeny1", "cls-idling01", "cls-gone0001",
        "cls-other001"));

    List<String> pools = requestIds("DescribeClusterVirtualNodePools");
    List<String> nodes = requestIds("DescribeClusterVirtualNode");
    assertEquals(List.of(
        node("readiness.node.starting", "WARN", "eklet-subnet-start001-0", "Pending", 60,
            "starting", "Node eklet-subnet-start001-0 is not ready yet: TKE reports phase "
                + "Pending, not Running. It was created 60 s ago, within the grace period of "
                + "300 s.", nodes.get(0)),
        node("readiness.node.stuck", "ERROR", "eklet-subnet-stuck001-0", "Pending", 3600,
            "stuck", "Node eklet-subnet-stuck001-0 is not ready: TKE reports phase Pending, "
                + "not Running. It has been so for 3600 s over 13 checks, which reaches the "
                + "alarm threshold of 2 checks or 300 s.", nodes.get(0)),
        node("readiness.node.stuck", "ERROR", "eklet-subnet-weird001-0", "Failed", 600,
            "stuck", "Node eklet-subnet-weird001-0 is not ready: TKE reports phase Failed, "
                + "not Running. It has been so for 600 s over 3 checks, which reaches the "
                + "alarm threshold of 2 checks or 300 s.", nodes.get(0)),
        AT + "\"level\":\"ERROR\",\"event\":\"readiness.pool.not_normal\"," + WHO
            + "\"cluster\":\"cls-main0001\",\"pool\":\"np-update01\","
            + "\"lifeState\":\"updating\",\"message\":\"Pool np-update01 has LifeState "
            + "updating, not normal, so TKE cannot create nodes in it.\","
            + "\"tkeRequestId\":\"" + pools.get(0) + "\"}",
        summary("WARN", "cls-main0001", "\"durationMs\":100,\"status\":\"NotReady\","
            + "\"nodes\":5,\"ready\":2,\"starting\":1,\"stuck\":2,\"poolProblems\":1,"
            + "\"stuckNodes\":\"eklet-subnet-stuck001-0,eklet-subnet-weird001-0\","
            + "\"suspect\":0,\"view\":\"tke\""),
        failed("cls-camdeny1", "UnauthorizedOperation.CamNoAuth", FAILED
            + "the caller has no CAM permission for this action on cluster cls-camdeny1",
            pools.get(1), "The function's execution role has no CAM permission for this "
                + "action on this cluster. Add the action and cluster to the role's policy."),
        errorSummary("cls-camdeny1", "UnauthorizedOperation.CamNoAuth", 0),
        failed("cls-idling01", "ResourceUnavailable.ClusterState", FAILED
            + "cluster cls-idling01 is Idling; this action needs it to be Running",
            pools.get(2), "The cluster's state does not allow this operation. Retry when the "
                + "cluster is Running."),
        errorSummary("cls-idling01", "ResourceUnavailable.ClusterState", 100),
        failed("cls-gone0001", "ResourceNotFound.ClusterNotFound", FAILED
            + "cluster cls-gone0001 does not exist in this region", pools.get(3),
            "TKE did not find the cluster or pool. Check the IDs and the function's region."),
        errorSummary("cls-gone0001", "ResourceNotFound.ClusterNotFound", 100),
        failed("cls-other001", "UnauthorizedOperation.ClusterNotAllowed", "Cluster "
            + "cls-other001 is not in the function's ALLOWED_CLUSTERS setting. Add the cluster "
            + "ID to ALLOWED_CLUSTERS to let the function act on it.", null,
            "Add the cluster ID to ALLOWED_CLUSTERS, or remove the cluster from the "
                + "invocation's Clusters or from READINESS_CLUSTERS."),
        errorSummary("cls-other001", "UnauthorizedOperation.ClusterNotAllowed", 0)),
        checkLines());
  }

  @Test
  void everyLineIsOneJsonObject() {
    invoke(clusters("cls-main0001", "cls-camdeny1"));

    for (String line : lines()) {
      assertEquals(true, JsonParser.parseString(line).isJsonObject(), line);
    }
  }

  @Test
  void runnerRecordClosesTheLog() {
    invoke(clusters("cls-main0001"));

    JsonObject last = JsonParser.parseString(lines().get(lines().size() - 1)).getAsJsonObject();
    assertEquals("readiness.finished", last.get("event").getAsString());
    assertEquals("TIMER", last.get("trigger").getAsString());
    assertEquals(200, last.get("outcome").getAsInt());
  }

  @Test
  void summaryMatchesEmulatorState() throws IOException {
    Map<String, Object> result = invoke(clusters("cls-main0001", "cls-camdeny1"));

    List<String> pools = requestIds("DescribeClusterVirtualNodePools");
    assertEquals(expected("/readiness/summary-tke-view.json", Map.of(
        "pools0", pools.get(0), "pools1", pools.get(1))),
        JsonParser.parseString(GSON.toJson(result)));
  }

  /** Reads an expected JSON resource, putting {@code values} in for its ${name} placeholders. */
  static JsonElement expected(String resource, Map<String, String> values) throws IOException {
    try (InputStream in = ReadinessEmulatorTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> value : values.entrySet()) {
        text = text.replace("${" + value.getKey() + "}", value.getValue());
      }
      return JsonParser.parseString(text);
    }
  }

  @Test
  void readyClusterLogsOneInfoSummary() {
    invoke(clusters("cls-ready001"));

    assertEquals(List.of(summary("INFO", "cls-ready001", "\"durationMs\":0,"
        + "\"status\":\"Ready\",\"nodes\":1,\"ready\":1,\"starting\":0,\"stuck\":0,"
        + "\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"")), checkLines());
  }

  @Test
  void poolFilterListsOnlyThatPool() {
    invoke("{\"Clusters\":[{\"ClusterId\":\"cls-main0001\",\"NodePoolIds\":[\"np-update01\"]}]}");

    List<RecordedRequest> calls = emulator.requests("DescribeClusterVirtualNode");
    assertEquals(1, calls.size());
    assertEquals("np-update01", calls.get(0).body().get("NodePoolId").getAsString());
  }

  @Test
  void throttledListingIsRetried() {
    emulator.setFaults(Faults.of(Fault.throttle()
        .onlyFor("DescribeClusterVirtualNode").atMostTimes(1)));

    invoke(clusters("cls-ready001"));

    List<RecordedRequest> calls = emulator.requests("DescribeClusterVirtualNode");
    assertEquals(List.of("RequestLimitExceeded", "none"), calls.stream()
        .map(call -> call.errorCode() == null ? "none" : call.errorCode())
        .collect(Collectors.toList()));
    assertEquals(AT + "\"level\":\"INFO\",\"event\":\"readiness.tke.retry\"," + WHO
        + "\"cluster\":\"cls-ready001\",\"pool\":\"np-ready001\","
        + "\"code\":\"RequestLimitExceeded\",\"message\":\"DescribeClusterVirtualNode failed "
        + "with RequestLimitExceeded; attempt 2 starts after a backoff of 500 ms.\","
        + "\"tkeRequestId\":\"" + calls.get(0).requestId() + "\",\"attempts\":2,"
        + "\"delayMs\":500}",
        lines().get(0));
    assertEquals(summary("INFO", "cls-ready001", "\"durationMs\":500,"
        + "\"status\":\"Ready\",\"nodes\":1,\"ready\":1,\"starting\":0,\"stuck\":0,"
        + "\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\""), lines().get(1));
  }

  @Test
  void nodeTurningRunningBecomesReady() {
    emulator.state().setNodePhase("cls-main0001", "eklet-subnet-stuck001-0", "Running");

    Map<String, Object> result = invoke(clusters("cls-main0001"));

    @SuppressWarnings("unchecked")
    Map<String, Object> cluster = ((List<Map<String, Object>>)
        ((Map<String, Object>) result.get("Response")).get("Clusters")).get(0);
    assertEquals(List.of("eklet-subnet-weird001-0"), cluster.get("StuckNodes"));
  }

  @Test
  void pacesCallsPerAction() {
    invoke(clusters("cls-main0001", "cls-ready001"));

    assertEquals(List.of(CHECK_TIME, CHECK_TIME.plusMillis(100)),
        starts("DescribeClusterVirtualNodePools"));
    assertEquals(List.of(CHECK_TIME, CHECK_TIME.plusMillis(100), CHECK_TIME.plusMillis(200)),
        starts("DescribeClusterVirtualNode"));
  }

  private List<Instant> starts(String action) {
    return emulator.requests(action).stream()
        .map(RecordedRequest::receivedAt)
        .collect(Collectors.toList());
  }
}
