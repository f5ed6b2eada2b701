package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.config.Settings;
import com.supernode.function.ClusterAllowlist;
import com.supernode.log.JsonLog;
import com.supernode.testing.ClockTime;
import com.supernode.testing.FixedRandom;
import com.supernode.tke.TkeException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClusterCheckerTest {
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
  private static final String CLUSTER = "cls-aaaa0001";

  private final MutableClock clock = new MutableClock(NOW);
  private final FakeTkeGateway tke = new FakeTkeGateway();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  private ClusterChecker checker(String allowed, Duration budget) {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    ReadinessSettings settings = ReadinessSettings.from(Settings.of(Map.of(
        "READINESS_KUBE_ACCESS", "off", "READINESS_CALL_INTERVAL_MS", "0",
        "READINESS_MAX_ATTEMPTS", "3")));
    ReadinessLog log = new ReadinessLog(new JsonLog(() -> out, clock), "readiness", "inv-1",
        NOW, settings.rules());
    // Retries wait half their ceiling: 500 ms, then 1000 ms.
    PacedTkeCalls calls = PacedTkeCalls.start(settings, budget,
        new ClockTime(clock, clock::advance), new FixedRandom(0.5));
    return new ClusterChecker(tke, calls,
        ClusterAllowlist.from(Settings.of(Map.of("ALLOWED_CLUSTERS", allowed))),
        new NodeClassifier(settings.rules(), NOW), new KubeViewer(tke, calls, settings, log),
        log, clock);
  }

  private ClusterReport check(ClusterTarget target) {
    return checker("*", Duration.ofMinutes(1)).check(target);
  }

  private static ClusterTarget whole() {
    return new ClusterTarget(CLUSTER, List.of());
  }

  private static List<String> names(List<NodeVerdict> nodes) {
    return nodes.stream().map(NodeVerdict::name).collect(Collectors.toList());
  }

  private static List<PoolProblem.Kind> kinds(ClusterReport report) {
    return report.problems().stream().map(PoolProblem::kind).collect(Collectors.toList());
  }

  @Test
  void classifiesNodesOfEveryPool() {
    tke.pool(CLUSTER, "np-pool0001", "normal").pool(CLUSTER, "np-pool0002", "normal")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Running", "2026-12-01T00:00:00Z")
        .node("np-pool0001", "eklet-subnet-aaaa0002-0", "Pending", "2026-12-04T00:59:00Z")
        .node("np-pool0002", "eklet-subnet-aaaa0003-0", "Pending", "2026-12-01T00:00:00Z");

    ClusterReport report = check(whole());

    assertEquals(ClusterStatus.NOT_READY, report.status());
    assertEquals(List.of("np-pool0001", "np-pool0002"), report.checkedPoolIds());
    assertEquals(List.of("eklet-subnet-aaaa0001-0"), names(report.nodesIn(NodeState.READY)));
    assertEquals(List.of("eklet-subnet-aaaa0002-0"), names(report.nodesIn(NodeState.STARTING)));
    assertEquals(List.of("eklet-subnet-aaaa0003-0"), names(report.nodesIn(NodeState.STUCK)));
    assertEquals(List.of(), report.problems());
  }

  @Test
  void listsNodesOnePoolPerCall() {
    tke.pool(CLUSTER, "np-pool0001", "normal").pool(CLUSTER, "np-pool0002", "normal");

    check(whole());

    assertEquals(List.of("DescribeClusterVirtualNodePools cls-aaaa0001",
        "DescribeClusterVirtualNode cls-aaaa0001 np-pool0001",
        "DescribeClusterVirtualNode cls-aaaa0001 np-pool0002"), tke.calls);
  }

  @Test
  void allReadyClusterIsReady() {
    tke.pool(CLUSTER, "np-pool0001", "normal")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Running", "2026-12-01T00:00:00Z");

    assertEquals(ClusterStatus.READY, check(whole()).status());
  }

  @Test
  void startingNodeMakesClusterStarting() {
    tke.pool(CLUSTER, "np-pool0001", "normal")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Pending", "2026-12-04T00:59:00Z");

    assertEquals(ClusterStatus.STARTING, check(whole()).status());
  }

  @Test
  void notNormalPoolIsStillChecked() {
    tke.pool(CLUSTER, "np-pool0001", "updating")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Running", "2026-12-01T00:00:00Z");

    ClusterReport report = check(whole());

    assertEquals(List.of(PoolProblem.Kind.NOT_NORMAL), kinds(report));
    assertEquals("updating", report.problems().get(0).lifeState().orElseThrow());
    assertEquals(1, report.nodes().size());
    assertEquals(ClusterStatus.NOT_READY, report.status());
  }

  @Test
  void checksOnlyRequestedPools() {
    tke.pool(CLUSTER, "np-pool0001", "normal").pool(CLUSTER, "np-pool0002", "normal");

    ClusterReport report = check(new ClusterTarget(CLUSTER, List.of("np-pool0002",
        "np-gone0003")));

    assertEquals(List.of("np-pool0002"), report.checkedPoolIds());
    assertEquals(List.of(PoolProblem.Kind.NOT_FOUND), kinds(report));
    assertEquals("np-gone0003", report.problems().get(0).nodePoolId().orElseThrow());
  }

  @Test
  void reportsTruncatedNodeList() {
    tke.pool(CLUSTER, "np-pool0001", "normal")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Running", "2026-12-01T00:00:00Z")
        .totalCount("np-pool0001", 3);

    ClusterReport report = check(whole());

    assertEquals(List.of(PoolProblem.Kind.NODES_TRUNCATED), kinds(report));
    assertEquals("TKE listed 1 of the pool's 3 nodes, so the nodes it left out were not "
        + "checked.", report.problems().get(0).message());
    assertEquals(ClusterStatus.NOT_READY, report.status());
  }

  @Test
  void reportsTruncatedPoolList() {
    tke.pool(CLUSTER, "np-pool0001", "normal").totalCount(CLUSTER, 2);

    ClusterReport report = check(whole());

    assertEquals(List.of(PoolProblem.Kind.POOLS_TRUNCATED), kinds(report));
    assertEquals(List.of("np-pool0001"), report.checkedPoolIds());
  }

  @Test
  void failedPoolDoesNotStopOthers() {
    tke.pool(CLUSTER, "np-pool0001", "normal").pool(CLUSTER, "np-pool0002", "normal")
        .node("np-pool0002", "eklet-subnet-aaaa0002-0", "Running", "2026-12-01T00:00:00Z")
        .fail("np-pool0001", TkeException.apiError("DescribeClusterVirtualNode",
            "FailedOperation.KubernetesListOperationError", "list failed", "req-failed"));

    ClusterReport report = check(whole());

    assertEquals(List.of(PoolProblem.Kind.LIST_FAILED), kinds(report));
    assertEquals("FailedOperation.KubernetesListOperationError",
        report.problems().get(0).code().orElseThrow());
    assertEquals(List.of("np-pool0002"), report.checkedPoolIds());
    assertEquals(ClusterStatus.ERROR, report.status());
  }

  @Test
  void camDenialBecomesClusterFailure() {
    tke.fail(CLUSTER, TkeException.apiError("DescribeClusterVirtualNodePools",
        "UnauthorizedOperation.CamNoAuth", "no permission", "req-cam"));

    ClusterReport report = check(whole());

    ClusterFailure failure = report.failure().orElseThrow();
    assertEquals("UnauthorizedOperation.CamNoAuth", failure.code());
    assertEquals("req-cam", failure.tkeRequestId().orElseThrow());
    assertTrue(failure.advice().orElseThrow().contains("execution role"));
    assertEquals(ClusterStatus.ERROR, report.status());
  }

  @Test
  void unansweredListingGetsReadOnlyAdvice() {
    TkeException timeout = new TkeException("DescribeClusterVirtualNodePools",
        TkeException.TIMEOUT, "timed out", "", true, null);
    tke.fail(CLUSTER, timeout).fail(CLUSTER, timeout).fail(CLUSTER, timeout);

    ClusterReport report = check(whole());

    ClusterFailure failure = report.failure().orElseThrow();
    assertEquals(TkeException.TIMEOUT, failure.code());
    assertEquals(ClusterFailure.UNANSWERED_ADVICE, failure.advice().orElseThrow());
  }

  @Test
  void throttlingPastBudgetFailsThePool() {
    tke.pool(CLUSTER, "np-pool0001", "normal")
        .fail("np-pool0001", TkeException.apiError("DescribeClusterVirtualNode",
            "RequestLimitExceeded", "too many requests", "req-1"))
        .fail("np-pool0001", TkeException.apiError("DescribeClusterVirtualNode",
            "RequestLimitExceeded", "too many requests", "req-2"));

    // The second retry would start at 1500 ms, after the budget.
    ClusterReport report = checker("*", Duration.ofMillis(1200)).check(whole());

    assertEquals(List.of(PoolProblem.Kind.LIST_FAILED), kinds(report));
    assertEquals("req-2", report.problems().get(0).tkeRequestId().orElseThrow());
  }

  @Test
  void refusedClusterIsNeverCalled() {
    ClusterReport report = checker("cls-other001", Duration.ofMinutes(1)).check(whole());

    assertEquals(ClusterFailure.NOT_ALLOWED, report.failure().orElseThrow().code());
    assertEquals("Add the cluster ID to ALLOWED_CLUSTERS, or remove the cluster from the "
        + "invocation's Clusters or from READINESS_CLUSTERS.",
        report.failure().orElseThrow().advice().orElseThrow());
    assertEquals(List.of(), tke.calls);
  }

  @Test
  void retriedThrottlingIsLogged() {
    tke.pool(CLUSTER, "np-pool0001", "normal")
        .fail("np-pool0001", TkeException.apiError("DescribeClusterVirtualNode",
            "RequestLimitExceeded", "too many requests", "req-throttled"));

    ClusterReport report = check(whole());

    assertEquals(List.of("np-pool0001"), report.checkedPoolIds());
    assertEquals("{\"timestamp\":\"2026-12-04T01:00:00Z\",\"level\":\"INFO\","
        + "\"event\":\"readiness.tke.retry\",\"function\":\"readiness\",\"requestId\":\"inv-1\","
        + "\"cluster\":\"cls-aaaa0001\",\"pool\":\"np-pool0001\","
        + "\"code\":\"RequestLimitExceeded\",\"message\":\"DescribeClusterVirtualNode failed "
        + "with RequestLimitExceeded; attempt 2 starts after a backoff of 500 ms.\","
        + "\"tkeRequestId\":\"req-throttled\",\"attempts\":2,\"delayMs\":500}\n",
        output.toString(StandardCharsets.UTF_8));
  }

  @Test
  void budgetRunOutKeepsWhatWasFound() {
    tke.pool(CLUSTER, "np-pool0001", "normal").pool(CLUSTER, "np-pool0002", "normal")
        .node("np-pool0001", "eklet-subnet-aaaa0001-0", "Running", "2026-12-01T00:00:00Z")
        .beforeEachCall(() -> clock.advance(Duration.ofSeconds(1)));

    ClusterReport report = checker("*", Duration.ofMillis(1500)).check(whole());

    assertEquals(ClusterFailure.TIME_BUDGET_EXCEEDED, report.failure().orElseThrow().code());
    assertEquals("Check fewer clusters per function, or raise the function's timeout.",
        report.failure().orElseThrow().advice().orElseThrow());
    assertEquals(List.of("np-pool0001"), report.checkedPoolIds());
    assertEquals(1, report.nodes().size());
    assertEquals(2000, report.durationMs());
    assertEquals(ClusterStatus.ERROR, report.status());
  }
}
