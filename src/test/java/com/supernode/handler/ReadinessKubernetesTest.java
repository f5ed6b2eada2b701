package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.Fault;
import com.supernode.emulator.Faults;
import com.supernode.emulator.KubernetesState;
import com.supernode.emulator.ManualClock;
import com.supernode.emulator.RecordedRequest;
import com.supernode.emulator.TkeEmulator;
import com.supernode.kube.KubeAccess;
import com.supernode.kube.KubeconfigReader;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FixedRandom;
import com.supernode.testing.FunctionFixture;
import com.supernode.tke.RoleCredentials;
import com.supernode.tke.SdkTkeGateway;
import com.supernode.tke.TkeSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the readiness handler against the emulator's TKE and Kubernetes API servers, with the
 * nodes of {@code cls-kube0001} (all {@code Running} in TKE) changed in Kubernetes so that
 * every disagreement shows.
 */
class ReadinessKubernetesTest {
  private static final Instant CHECK_TIME = Instant.parse("2026-12-04T01:00:00Z");
  private static final String CLUSTER = "cls-kube0001";
  private static final Gson GSON = new Gson();
  private static final String AT = "{\"timestamp\":\"2026-12-04T01:00:00Z\",";
  private static final String WHO = "\"function\":\"readiness\",\"requestId\":\"test-request-id\","
      + "\"cluster\":\"cls-kube0001\",";

  private final ManualClock clock = new ManualClock(CHECK_TIME);
  private FunctionFixture fixture;
  private TkeEmulator emulator;
  private KubernetesState kubernetes;

  @BeforeEach
  void startEmulator() throws IOException {
    fixture = ReadinessEmulatorTest.fixture(clock);
    emulator = fixture.emulator();
    kubernetes = emulator.kubernetes();
  }

  @AfterEach
  void stopEmulator() {
    fixture.close();
  }

  /** Puts every disagreement the check names into cls-kube0001's Kubernetes view. */
  private void disagree() {
    kubernetes.setHeartbeat(CLUSTER, "eklet-subnet-kstale01-0", CHECK_TIME.minusSeconds(700));
    kubernetes.setReady(CLUSTER, "eklet-subnet-knotrd01-0", "False",
        CHECK_TIME.minusSeconds(60));
    kubernetes.setReady(CLUSTER, "eklet-subnet-knotrd02-0", "Unknown",
        CHECK_TIME.minusSeconds(400));
    kubernetes.removeLabel(CLUSTER, "eklet-subnet-knolbl01-0", "type");
    kubernetes.setTaints(CLUSTER, "eklet-subnet-knotnt01-0", List.of());
    kubernetes.setAbsent(CLUSTER, "eklet-subnet-kgone001-0", true);
    kubernetes.addNode(CLUSTER, "eklet-subnet-kghost01-0", Instant.parse("2026-12-02T00:00:00Z"));
  }

  private Map<String, Object> invoke(String message) {
    return invoke(Map.of("Type", "Timer", "TriggerName", "readiness-every-5-minutes",
        "Time", CHECK_TIME.toString(), "Message", message));
  }

  private Map<String, Object> invoke(Map<String, Object> event) {
    return new ReadinessHandler(fixture.environment(), new ClockTime(clock, clock::advance),
        new FixedRandom(0.5))
        .handle(new HashMap<>(event), FunctionFixture.context(120_000));
  }

  private static String cluster(String id) {
    return "{\"Clusters\":[{\"ClusterId\":\"" + id + "\"}]}";
  }

  private List<String> lines() {
    return List.of(fixture.logText().split("\n"));
  }

  private List<String> checkLines() {
    List<String> lines = lines();
    return lines.subList(0, lines.size() - 1);
  }

  private String nodesRequestId() {
    return emulator.requests("DescribeClusterVirtualNode").get(0).requestId();
  }

  /** Returns a node record in the Kubernetes view; {@code rest} contains the keys after view. */
  private String record(String event, String level, String name, String message,
      String state, String rest) {
    String subnet = name.substring("eklet-".length(), name.lastIndexOf('-'));
    return AT + "\"level\":\"" + level + "\",\"event\":\"" + event + "\"," + WHO
        + "\"pool\":\"np-kube0001\",\"node\":\"" + name + "\",\"subnet\":\"" + subnet + "\","
        + "\"phase\":\"Running\",\"ageSeconds\":90000,\"message\":\"" + message + "\","
        + "\"tkeRequestId\":\"" + nodesRequestId() + "\",\"state\":\"" + state + "\","
        + "\"graceSeconds\":300,\"view\":\"tke+kubernetes\"," + rest + "}";
  }

  @Test
  void everyDisagreementGetsItsRecord() {
    disagree();

    invoke(cluster(CLUSTER));

    assertEquals(List.of(
        record("readiness.node.suspect", "WARN", "eklet-subnet-kstale01-0", "Node "
            + "eklet-subnet-kstale01-0 is not ready: its last heartbeat is 700 s old, more than "
            + "600 s. It has been so for 100 s, check 1 of the 2 that raise an alarm.",
            "suspect", "\"kubeReady\":\"True\",\"heartbeatAgeSeconds\":700,"
                + "\"problems\":\"HeartbeatStale\",\"notReadySeconds\":100,"
                + "\"notReadyChecks\":1"),
        record("readiness.node.suspect", "WARN", "eklet-subnet-knotrd01-0", "Node "
            + "eklet-subnet-knotrd01-0 is not ready: its Kubernetes Ready condition is False. "
            + "It has been so for 60 s, check 1 of the 2 that raise an alarm.", "suspect",
            "\"kubeReady\":\"False\",\"heartbeatAgeSeconds\":0,\"problems\":\"KubeNotReady\","
                + "\"notReadySeconds\":60,\"notReadyChecks\":1"),
        record("readiness.node.stuck", "ERROR", "eklet-subnet-knotrd02-0", "Node "
            + "eklet-subnet-knotrd02-0 is not ready: its Kubernetes Ready condition is "
            + "Unknown. It has been so for 400 s over 2 checks, which reaches the alarm "
            + "threshold of 2 checks or 300 s.", "stuck", "\"kubeReady\":\"Unknown\","
                + "\"heartbeatAgeSeconds\":0,\"problems\":\"KubeNotReady\","
                + "\"notReadySeconds\":400,\"notReadyChecks\":2"),
        record("readiness.node.stuck", "ERROR", "eklet-subnet-knolbl01-0", "Node "
            + "eklet-subnet-knolbl01-0 is not ready: it lacks the label type=virtual-kubelet. "
            + "It has been so for 90000 s over 301 checks, which reaches the alarm threshold "
            + "of 2 checks or 300 s.", "stuck", "\"kubeReady\":\"True\","
                + "\"heartbeatAgeSeconds\":0,\"problems\":\"LabelMissing\","
                + "\"notReadySeconds\":90000,\"notReadyChecks\":301"),
        record("readiness.node.stuck", "ERROR", "eklet-subnet-knotnt01-0", "Node "
            + "eklet-subnet-knotnt01-0 is not ready: it lacks the taint serverless with effect "
            + "NoSchedule. It has been so for 90000 s over 301 checks, which reaches the alarm "
            + "threshold of 2 checks or 300 s.", "stuck", "\"kubeReady\":\"True\","
                + "\"heartbeatAgeSeconds\":0,\"problems\":\"TaintMissing\","
                + "\"notReadySeconds\":90000,\"notReadyChecks\":301"),
        record("readiness.node.stuck", "ERROR", "eklet-subnet-kgone001-0", "Node "
            + "eklet-subnet-kgone001-0 is not ready: TKE lists it, but Kubernetes has no Node "
            + "of that name. It has been so for 90000 s over 301 checks, which reaches the "
            + "alarm threshold of 2 checks or 300 s.", "stuck", "\"kubeReady\":\"absent\","
                + "\"problems\":\"NotInKubernetes\",\"notReadySeconds\":90000,"
                + "\"notReadyChecks\":301"),
        AT + "\"level\":\"ERROR\",\"event\":\"readiness.node.stuck\"," + WHO
            + "\"node\":\"eklet-subnet-kghost01-0\",\"ageSeconds\":176400,\"message\":\"Node "
            + "eklet-subnet-kghost01-0 is not ready: TKE does not list it, but Kubernetes has "
            + "it. It has been so for 176400 s over 589 checks, which reaches the alarm "
            + "threshold of 2 checks or 300 s.\",\"state\":\"stuck\",\"graceSeconds\":300,"
            + "\"view\":\"tke+kubernetes\",\"kubeReady\":\"True\",\"heartbeatAgeSeconds\":0,"
            + "\"problems\":\"NotInTke\",\"notReadySeconds\":176400,\"notReadyChecks\":589}",
        AT + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
            + "\"durationMs\":0,\"status\":\"NotReady\",\"nodes\":8,\"ready\":1,"
            + "\"starting\":0,\"stuck\":5,\"poolProblems\":0,\"stuckNodes\":"
            + "\"eklet-subnet-knotrd02-0,eklet-subnet-knolbl01-0,eklet-subnet-knotnt01-0,"
            + "eklet-subnet-kgone001-0,eklet-subnet-kghost01-0\",\"suspect\":2,"
            + "\"view\":\"tke+kubernetes\"}"),
        checkLines());
  }

  @Test
  void summaryShowsBothViews() throws IOException {
    disagree();

    Map<String, Object> result = invoke(cluster(CLUSTER));

    assertEquals(ReadinessEmulatorTest.expected("/readiness/summary-kube-view.json", Map.of()),
        JsonParser.parseString(GSON.toJson(result)));
  }

  @Test
  void agreeingClusterIsReady() {
    invoke(cluster(CLUSTER));

    assertEquals(List.of(AT + "\"level\":\"INFO\",\"event\":\"readiness.cluster.summary\","
        + WHO + "\"durationMs\":0,\"status\":\"Ready\",\"nodes\":7,\"ready\":7,"
        + "\"starting\":0,\"stuck\":0,\"poolProblems\":0,\"suspect\":0,"
        + "\"view\":\"tke+kubernetes\"}"), checkLines());
  }

  @Test
  void kubeconfigIsForIntranetByDefault() {
    invoke(cluster(CLUSTER));

    List<RecordedRequest> calls = emulator.requests("DescribeClusterKubeconfig");
    assertEquals(1, calls.size());
    assertEquals(false, calls.get(0).body().get("IsExtranet").getAsBoolean());
    assertEquals(CLUSTER, calls.get(0).body().get("ClusterId").getAsString());
  }

  @Test
  void extranetSettingAsksForPublicKubeconfig() {
    fixture.set("READINESS_KUBE_ACCESS", "extranet");

    invoke(cluster(CLUSTER));

    assertEquals(true, emulator.requests("DescribeClusterKubeconfig").get(0).body()
        .get("IsExtranet").getAsBoolean());
  }

  @Test
  void listsInPagesThenLooksUpMissing() {
    disagree();
    fixture.set("READINESS_KUBE_PAGE_SIZE", "2");

    invoke(cluster(CLUSTER));

    List<String> requests = kubernetes.requests();
    String list = "cls-kube0001 GET /api/v1/nodes?labelSelector=type%3Dvirtual-kubelet&limit=2";
    assertEquals(5, requests.size());
    assertEquals(list, requests.get(0));
    assertEquals(true, requests.get(1).startsWith(list + "&continue="));
    assertEquals(true, requests.get(2).startsWith(list + "&continue="));
    assertEquals("cls-kube0001 GET /api/v1/nodes/eklet-subnet-knolbl01-0", requests.get(3));
    assertEquals("cls-kube0001 GET /api/v1/nodes/eklet-subnet-kgone001-0", requests.get(4));
  }

  @Test
  void unreachableApiServerFallsBackToTke() {
    kubernetes.setReachable(CLUSTER, false);

    Map<String, Object> result = invoke(cluster(CLUSTER));

    List<String> lines = checkLines();
    JsonObject unavailable = JsonParser.parseString(lines.get(0)).getAsJsonObject();
    assertEquals("readiness.kubernetes.unavailable", unavailable.get("event").getAsString());
    assertEquals("ERROR", unavailable.get("level").getAsString());
    assertEquals("KubernetesApi.Unreachable", unavailable.get("code").getAsString());
    assertEquals("tke", unavailable.get("view").getAsString());
    assertEquals(false, unavailable.has("advice"), "no TKE advice for a Kubernetes code");
    assertEquals(true, unavailable.get("message").getAsString()
        .endsWith("The check falls back to TKE's view."));
    assertEquals(AT + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
        + "\"durationMs\":0,\"status\":\"Error\",\"nodes\":7,\"ready\":7,\"starting\":0,"
        + "\"stuck\":0,\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"}", lines.get(1));
    assertEquals(2, lines.size());
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = ((List<Map<String, Object>>) ((Map<String, Object>)
        result.get("Response")).get("Clusters")).get(0);
    assertEquals("TkeOnly", summary.get("View"));
    assertEquals("KubernetesApi.Unreachable",
        ((Map<?, ?>) summary.get("KubernetesError")).get("Code"));
  }

  @Test
  void fallbackStillAlarmsOnTkeView() {
    kubernetes.setReachable("cls-main0001", false);

    invoke(cluster("cls-main0001"));

    List<String> events = checkLines().stream()
        .map(line -> JsonParser.parseString(line).getAsJsonObject())
        .map(line -> line.get("level").getAsString() + " " + line.get("event").getAsString())
        .collect(Collectors.toList());
    assertEquals(List.of("WARN readiness.node.starting", "ERROR readiness.node.stuck",
        "ERROR readiness.node.stuck", "ERROR readiness.pool.not_normal",
        "ERROR readiness.kubernetes.unavailable", "WARN readiness.cluster.summary"), events);
  }

  @Test
  void kubeconfigFailureFallsBack() {
    emulator.setFaults(Faults.of(Fault.internalError().onlyFor("DescribeClusterKubeconfig")));

    invoke(cluster(CLUSTER));

    // InternalError may pass, so the read is tried READINESS_MAX_ATTEMPTS (4) times.
    List<RecordedRequest> calls = emulator.requests("DescribeClusterKubeconfig");
    List<String> lines = checkLines();
    JsonObject unavailable = JsonParser.parseString(lines.get(lines.size() - 2))
        .getAsJsonObject();
    assertEquals(4, calls.size());
    assertEquals("readiness.kubernetes.unavailable", unavailable.get("event").getAsString());
    assertEquals(calls.get(3).errorCode(), unavailable.get("code").getAsString());
    assertEquals(calls.get(3).requestId(), unavailable.get("tkeRequestId").getAsString());
    assertEquals(true, unavailable.get("advice").getAsString().contains("TKE failed internally"));
  }

  @Test
  void settingsModeUsesServerAndToken() {
    KubeAccess access = KubeconfigReader.read(new SdkTkeGateway(new TkeSettings(
        emulator.region(), emulator.endpoint(), 3, 10), new RoleCredentials(
        emulator.secretId(), emulator.secretKey(), null))
        .describeClusterKubeconfig(CLUSTER, false).kubeconfig());
    emulator.clearRequests();
    fixture.set("READINESS_KUBE_ACCESS", "settings");
    fixture.set("READINESS_KUBE_SERVER_CLS_KUBE0001", access.server().toString());
    fixture.set("READINESS_KUBE_TOKEN_CLS_KUBE0001", kubernetes.token(CLUSTER));
    fixture.set("READINESS_KUBE_CA_CLS_KUBE0001", Base64.getEncoder().encodeToString(
        access.caPem().orElseThrow().getBytes(StandardCharsets.UTF_8)));

    Map<String, Object> result = invoke(cluster(CLUSTER));

    assertEquals(List.of(), emulator.requests("DescribeClusterKubeconfig"));
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = ((List<Map<String, Object>>) ((Map<String, Object>)
        result.get("Response")).get("Clusters")).get(0);
    assertEquals("TkeAndKubernetes", summary.get("View"));
    assertEquals("Ready", summary.get("Status"));
  }

  @Test
  void settingsModeWithoutServerFallsBack() {
    fixture.set("READINESS_KUBE_ACCESS", "settings");

    invoke(cluster(CLUSTER));

    JsonObject unavailable = JsonParser.parseString(checkLines().get(0)).getAsJsonObject();
    assertEquals("FailedOperation.InvalidSetting", unavailable.get("code").getAsString());
    assertEquals("READINESS_KUBE_ACCESS is settings, but READINESS_KUBE_SERVER_CLS_KUBE0001 is "
        + "unset. Set it, or set READINESS_KUBE_ACCESS to intranet to use the cluster's "
        + "kubeconfig. The check falls back to TKE's view.",
        unavailable.get("message").getAsString());
  }

  @Test
  void poolFilterSkipsNodesOnlyKubernetesHas() {
    kubernetes.addNode(CLUSTER, "eklet-subnet-kghost01-0", Instant.parse("2026-12-02T00:00:00Z"));

    invoke("{\"Clusters\":[{\"ClusterId\":\"cls-kube0001\",\"NodePoolIds\":[\"np-kube0001\"]}]}");

    JsonObject summary = JsonParser.parseString(checkLines().get(0)).getAsJsonObject();
    assertEquals("Ready", summary.get("status").getAsString());
    assertEquals(7, summary.get("nodes").getAsInt());
  }

  @Test
  void staleHeartbeatAlarmsOnLaterInvocation() {
    kubernetes.setHeartbeat(CLUSTER, "eklet-subnet-kstale01-0", CHECK_TIME.minusSeconds(700));
    Map<String, Object> direct = Map.of("Clusters", List.of(Map.of("ClusterId", CLUSTER)));

    invoke(direct);
    clock.advance(Duration.ofSeconds(300));
    invoke(direct);

    List<String> states = new ArrayList<>();
    for (String line : lines()) {
      JsonObject record = JsonParser.parseString(line).getAsJsonObject();
      if (record.has("node")) {
        states.add(record.get("state").getAsString() + " "
            + record.get("notReadyChecks").getAsLong());
      }
    }
    assertEquals(List.of("suspect 1", "stuck 2"), states);
  }
}
