package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.supernode.config.Settings;
import com.supernode.kube.KubeNode;
import com.supernode.tke.VirtualNodePool;
import com.supernode.log.JsonLog;
import com.supernode.tke.TkeException;
import com.supernode.tke.VirtualNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessLogTest {
  private static final Instant CHECK_TIME = Instant.parse("2026-12-04T01:00:00Z");
  private static final String PREFIX = "{\"timestamp\":\"2026-12-04T01:00:00Z\",";
  private static final String WHO = "\"function\":\"readiness\",\"requestId\":\"inv-1\","
      + "\"cluster\":\"cls-aaaa0001\",";
  private static final ReadinessRules RULES = ReadinessSettings.from(Settings.of(Map.of()))
      .rules();

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  // The log clock is an hour later than the check: records must carry the check's time.
  private final ReadinessLog log = new ReadinessLog(new JsonLog(
      () -> new PrintStream(output, true, StandardCharsets.UTF_8),
      new MutableClock(CHECK_TIME.plusSeconds(3600))), "readiness", "inv-1", CHECK_TIME, RULES);
  private final NodeClassifier classifier = new NodeClassifier(RULES, CHECK_TIME);

  private List<String> lines() {
    return List.of(output.toString(StandardCharsets.UTF_8).split("\n"));
  }

  private NodeVerdict tkeOnly(String phase, String created) {
    return classifier.classify("np-pool0001", new VirtualNode("eklet-subnet-aaaa0001-0",
        "subnet-aaaa0001", phase, created), "req-n", KubeObservation.notChecked());
  }

  private static KubeView tkeView() {
    return KubeView.off();
  }

  private static ClusterReport report(List<NodeVerdict> nodes, List<PoolProblem> problems,
      ClusterFailure failure, KubeView kube) {
    return new ClusterReport("cls-aaaa0001", List.of("np-pool0001"), nodes, problems, failure,
        kube, 12);
  }

  @Test
  void readyClusterWritesOnlyInfoSummary() {
    log.write(report(List.of(tkeOnly("Running", "2026-12-01T00:00:00Z")), List.of(), null,
        tkeView()));

    assertEquals(List.of(PREFIX + "\"level\":\"INFO\",\"event\":\"readiness.cluster.summary\","
        + WHO + "\"durationMs\":12,\"status\":\"Ready\",\"nodes\":1,\"ready\":1,\"starting\":0,"
        + "\"stuck\":0,\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"}"), lines());
  }

  @Test
  void stuckNodeIsError() {
    log.write(report(List.of(tkeOnly("Pending", "2026-12-04T00:00:00Z")), List.of(), null,
        tkeView()));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.node.stuck\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"phase\":\"Pending\",\"ageSeconds\":3600,"
        + "\"message\":\"Node eklet-subnet-aaaa0001-0 is not ready: TKE reports phase Pending, "
        + "not Running. It has been so for 3600 s over 13 checks, which reaches the alarm "
        + "threshold of 2 checks or 300 s.\",\"tkeRequestId\":\"req-n\",\"state\":\"stuck\","
        + "\"graceSeconds\":300,\"view\":\"tke\",\"problems\":\"NotRunning\","
        + "\"notReadySeconds\":3600,\"notReadyChecks\":13}", lines().get(0));
    assertEquals(PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
        + "\"durationMs\":12,\"status\":\"NotReady\",\"nodes\":1,\"ready\":0,\"starting\":0,"
        + "\"stuck\":1,\"poolProblems\":0,\"stuckNodes\":\"eklet-subnet-aaaa0001-0\","
        + "\"suspect\":0,\"view\":\"tke\"}", lines().get(1));
  }

  @Test
  void startingNodeIsWarn() {
    log.write(report(List.of(tkeOnly("Creating", "2026-12-04T00:59:40Z")), List.of(), null,
        tkeView()));

    assertEquals(PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.node.starting\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"phase\":\"Creating\",\"ageSeconds\":20,"
        + "\"message\":\"Node eklet-subnet-aaaa0001-0 is not ready yet: TKE reports phase "
        + "Creating, not Running. It was created 20 s ago, within the grace period of 300 s.\","
        + "\"tkeRequestId\":\"req-n\",\"state\":\"starting\",\"graceSeconds\":300,"
        + "\"view\":\"tke\",\"problems\":\"NotRunning\",\"notReadySeconds\":20,"
        + "\"notReadyChecks\":1}", lines().get(0));
  }

  @Test
  void suspectNodeIsWarnWithKubernetesView() {
    KubeNode node = new KubeNode("eklet-subnet-aaaa0001-0", Map.of("type", "virtual-kubelet"),
        List.of(new VirtualNodePool.Taint("serverless", null, "NoSchedule")),
        Instant.parse("2026-12-01T00:00:00Z"), "False", "KubeletNotReady",
        CHECK_TIME.minusSeconds(20), CHECK_TIME.minusSeconds(90));
    NodeVerdict verdict = classifier.classify("np-pool0001", new VirtualNode(
        "eklet-subnet-aaaa0001-0", "subnet-aaaa0001", "Running", "2026-12-01T00:00:00Z"),
        "req-n", KubeObservation.of(node));

    log.write(report(List.of(verdict), List.of(), null,
        KubeView.of(Map.of(node.name(), node), Map.of())));

    assertEquals(PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.node.suspect\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"phase\":\"Running\",\"ageSeconds\":262800,"
        + "\"message\":\"Node eklet-subnet-aaaa0001-0 is not ready: its Kubernetes Ready "
        + "condition is False. It has been so for 90 s, check 1 of the 2 that raise an alarm.\","
        + "\"tkeRequestId\":\"req-n\",\"state\":\"suspect\",\"graceSeconds\":300,"
        + "\"view\":\"tke+kubernetes\",\"kubeReady\":\"False\",\"heartbeatAgeSeconds\":20,"
        + "\"problems\":\"KubeNotReady\",\"notReadySeconds\":90,\"notReadyChecks\":1}",
        lines().get(0));
  }

  @Test
  void nodeOfUnknownAgeSaysWhy() {
    log.write(report(List.of(tkeOnly(null, null)), List.of(), null, tkeView()));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.node.stuck\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"message\":\"Node eklet-subnet-aaaa0001-0 is not "
        + "ready: TKE reports phase no phase, not Running. Neither TKE nor Kubernetes gives a "
        + "readable creation time, so its age is unknown and it counts as stuck.\","
        + "\"tkeRequestId\":\"req-n\",\"state\":\"stuck\",\"graceSeconds\":300,"
        + "\"view\":\"tke\",\"problems\":\"NotRunning\"}", lines().get(0));
  }

  @Test
  void poolNotNormalIsError() {
    log.write(report(List.of(), List.of(PoolProblem.notNormal("np-pool0001", "updating",
        "req-p")), null, tkeView()));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.pool.not_normal\"," + WHO
        + "\"pool\":\"np-pool0001\",\"lifeState\":\"updating\",\"message\":\"Pool np-pool0001 "
        + "has LifeState updating, not normal, so TKE cannot create nodes in it.\","
        + "\"tkeRequestId\":\"req-p\"}", lines().get(0));
  }

  @Test
  void truncatedListCarriesCount() {
    log.write(report(List.of(), List.of(PoolProblem.nodesTruncated("np-pool0001", 100, 140,
        "req-t")), null, tkeView()));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.pool.truncated\"," + WHO
        + "\"pool\":\"np-pool0001\",\"message\":\"TKE listed 100 of the pool's 140 nodes, so "
        + "the nodes it left out were not checked.\",\"tkeRequestId\":\"req-t\",\"count\":100}",
        lines().get(0));
  }

  @Test
  void clusterFailureIsError() {
    log.write(report(List.of(), List.of(), ClusterFailure.of(TkeException.apiError(
        "DescribeClusterVirtualNodePools", "UnauthorizedOperation.CamNoAuth", "no permission",
        "req-cam")), tkeView()));

    assertEquals(List.of(
        PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.cluster.failed\"," + WHO
            + "\"code\":\"UnauthorizedOperation.CamNoAuth\",\"message\":\"no permission\","
            + "\"tkeRequestId\":\"req-cam\",\"advice\":\"The function's execution role has "
            + "no CAM permission for this action on this cluster. Add the action and cluster to "
            + "the role's policy.\"}",
        PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
            + "\"code\":\"UnauthorizedOperation.CamNoAuth\",\"durationMs\":12,"
            + "\"status\":\"Error\",\"nodes\":0,\"ready\":0,\"starting\":0,\"stuck\":0,"
            + "\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"}"), lines());
  }

  @Test
  void unreachableApiServerIsOneError() {
    log.write(report(List.of(tkeOnly("Running", "2026-12-01T00:00:00Z")), List.of(), null,
        KubeView.unavailable(new ClusterFailure("KubernetesApi.Unreachable",
            "The API server at https://10.0.0.1 did not answer within 5000 ms.", null))));

    assertEquals(List.of(
        PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.kubernetes.unavailable\"," + WHO
            + "\"code\":\"KubernetesApi.Unreachable\",\"message\":\"The API server at "
            + "https://10.0.0.1 did not answer within 5000 ms. The check falls back to TKE's "
            + "view.\",\"view\":\"tke\"}",
        PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
            + "\"durationMs\":12,\"status\":\"Error\",\"nodes\":1,\"ready\":1,\"starting\":0,"
            + "\"stuck\":0,\"poolProblems\":0,\"suspect\":0,\"view\":\"tke\"}"), lines());
  }
}
