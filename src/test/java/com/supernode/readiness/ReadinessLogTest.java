package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.supernode.log.JsonLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessLogTest {
  private static final Instant CHECK_TIME = Instant.parse("2026-12-04T01:00:00Z");
  private static final String PREFIX = "{\"timestamp\":\"2026-12-04T01:00:00Z\",";
  private static final String WHO = "\"function\":\"readiness\",\"requestId\":\"inv-1\","
      + "\"cluster\":\"cls-aaaa0001\",";

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  // The log clock is an hour later than the check: records must carry the check's time.
  private final ReadinessLog log = new ReadinessLog(new JsonLog(
      () -> new PrintStream(output, true, StandardCharsets.UTF_8),
      new MutableClock(CHECK_TIME.plusSeconds(3600))), "readiness", "inv-1", CHECK_TIME,
      Duration.ofSeconds(300));

  private List<String> lines() {
    return List.of(output.toString(StandardCharsets.UTF_8).split("\n"));
  }

  private static NodeVerdict node(String name, String phase, Long age, NodeState state) {
    return new NodeVerdict("np-pool0001", name, "subnet-aaaa0001", phase, age, state, "req-n");
  }

  private static ClusterReport report(List<NodeVerdict> nodes, List<PoolProblem> problems,
      ClusterFailure failure) {
    return new ClusterReport("cls-aaaa0001", List.of("np-pool0001"), nodes, problems, failure,
        12);
  }

  @Test
  void readyClusterWritesOnlyInfoSummary() {
    log.write(report(List.of(node("eklet-subnet-aaaa0001-0", "Running", 90L, NodeState.READY)),
        List.of(), null));

    assertEquals(List.of(PREFIX + "\"level\":\"INFO\",\"event\":\"readiness.cluster.summary\","
        + WHO + "\"durationMs\":12,\"status\":\"Ready\",\"nodes\":1,\"ready\":1,\"starting\":0,"
        + "\"stuck\":0,\"poolProblems\":0}"), lines());
  }

  @Test
  void stuckNodeIsError() {
    log.write(report(List.of(node("eklet-subnet-aaaa0001-0", "Pending", 4000L,
        NodeState.STUCK)), List.of(), null));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.node.stuck\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"phase\":\"Pending\",\"ageSeconds\":4000,"
        + "\"message\":\"Node eklet-subnet-aaaa0001-0 has phase Pending 4000 s after creation, "
        + "past the grace period of 300 s.\",\"tkeRequestId\":\"req-n\",\"state\":\"stuck\","
        + "\"graceSeconds\":300}", lines().get(0));
    assertEquals(PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
        + "\"durationMs\":12,\"status\":\"NotReady\",\"nodes\":1,\"ready\":0,\"starting\":0,"
        + "\"stuck\":1,\"poolProblems\":0,\"stuckNodes\":\"eklet-subnet-aaaa0001-0\"}",
        lines().get(1));
  }

  @Test
  void startingNodeIsWarn() {
    log.write(report(List.of(node("eklet-subnet-aaaa0001-0", "Creating", 20L,
        NodeState.STARTING)), List.of(), null));

    assertEquals(PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.node.starting\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"phase\":\"Creating\",\"ageSeconds\":20,"
        + "\"message\":\"Node eklet-subnet-aaaa0001-0 has phase Creating 20 s after creation, "
        + "within the grace period of 300 s.\",\"tkeRequestId\":\"req-n\","
        + "\"state\":\"starting\",\"graceSeconds\":300}", lines().get(0));
  }

  @Test
  void nodeOfUnknownAgeSaysWhy() {
    log.write(report(List.of(node("eklet-subnet-aaaa0001-0", null, null, NodeState.STUCK)),
        List.of(), null));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.node.stuck\"," + WHO
        + "\"pool\":\"np-pool0001\",\"node\":\"eklet-subnet-aaaa0001-0\","
        + "\"subnet\":\"subnet-aaaa0001\",\"message\":\"TKE lists node eklet-subnet-aaaa0001-0 "
        + "with no phase and no readable CreatedTime, so its age is unknown and it counts as "
        + "stuck.\",\"tkeRequestId\":\"req-n\",\"state\":\"stuck\",\"graceSeconds\":300}",
        lines().get(0));
  }

  @Test
  void poolNotNormalIsError() {
    log.write(report(List.of(), List.of(PoolProblem.notNormal("np-pool0001", "updating",
        "req-p")), null));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.pool.not_normal\"," + WHO
        + "\"pool\":\"np-pool0001\",\"lifeState\":\"updating\",\"message\":\"Pool np-pool0001 "
        + "has LifeState updating, not normal, so TKE cannot create nodes in it.\","
        + "\"tkeRequestId\":\"req-p\"}", lines().get(0));
  }

  @Test
  void truncatedListCarriesCount() {
    log.write(report(List.of(), List.of(PoolProblem.nodesTruncated("np-pool0001", 100, 140,
        "req-t")), null));

    assertEquals(PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.pool.truncated\"," + WHO
        + "\"pool\":\"np-pool0001\",\"message\":\"TKE listed 100 of the pool's 140 nodes, so "
        + "the nodes it left out were not checked.\",\"tkeRequestId\":\"req-t\",\"count\":100}",
        lines().get(0));
  }

  @Test
  void clusterFailureIsError() {
    log.write(report(List.of(), List.of(), new ClusterFailure(
        "UnauthorizedOperation.CamNoAuth", "no permission", "req-cam")));

    assertEquals(List.of(
        PREFIX + "\"level\":\"ERROR\",\"event\":\"readiness.cluster.failed\"," + WHO
            + "\"code\":\"UnauthorizedOperation.CamNoAuth\",\"message\":\"no permission\","
            + "\"tkeRequestId\":\"req-cam\"}",
        PREFIX + "\"level\":\"WARN\",\"event\":\"readiness.cluster.summary\"," + WHO
            + "\"code\":\"UnauthorizedOperation.CamNoAuth\",\"durationMs\":12,"
            + "\"status\":\"Error\",\"nodes\":0,\"ready\":0,\"starting\":0,\"stuck\":0,"
            + "\"poolProblems\":0}"), lines());
  }
}
