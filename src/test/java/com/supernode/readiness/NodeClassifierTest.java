package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.supernode.kube.KubeNode;
import com.supernode.tke.VirtualNodePool;
import com.supernode.tke.VirtualNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeClassifierTest {
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
  private static final String OLD = "2026-12-03T00:00:00Z";
  private static final String NAME = "eklet-subnet-aaaa0001-0";

  private ReadinessRules rules = rules(300, 2);

  private static ReadinessRules rules(long graceSeconds, int alarmAfterChecks) {
    return new ReadinessRules(Duration.ofSeconds(graceSeconds), Duration.ofSeconds(600),
        Duration.ofSeconds(300), alarmAfterChecks);
  }

  private static VirtualNode tke(String phase, String createdTime) {
    return new VirtualNode(NAME, "subnet-aaaa0001", phase, createdTime);
  }

  /** Returns a healthy Node object; {@code edit} changes it. */
  private static KubeNode kube(java.util.function.Consumer<KubeSpec> edit) {
    KubeSpec spec = new KubeSpec();
    edit.accept(spec);
    return new KubeNode(spec.name, spec.labels, spec.taints, Instant.parse(OLD), spec.ready,
        "KubeletReady", spec.heartbeat, spec.transition);
  }

  /** The parts of a Node object a test changes. */
  private static final class KubeSpec {
    String name = NAME;
    Map<String, String> labels = new LinkedHashMap<>(Map.of("type", "virtual-kubelet"));
    List<VirtualNodePool.Taint> taints =
        new ArrayList<>(List.of(new VirtualNodePool.Taint("serverless", null, "NoSchedule")));
    String ready = "True";
    Instant heartbeat = NOW.minusSeconds(30);
    Instant transition = Instant.parse(OLD);
  }

  private NodeVerdict classify(VirtualNode node, KubeObservation kube) {
    return new NodeClassifier(rules, NOW).classify("np-aaaa0001", node, "req-1", kube);
  }

  private NodeVerdict tkeOnly(String phase, String createdTime) {
    return classify(tke(phase, createdTime), KubeObservation.notChecked());
  }

  private NodeVerdict running(java.util.function.Consumer<KubeSpec> edit) {
    return classify(tke("Running", OLD), KubeObservation.of(kube(edit)));
  }

  @Test
  void runningNodeIsReadyInTkeView() {
    NodeVerdict verdict = tkeOnly("Running", "2026-12-04T00:59:00Z");

    assertEquals(NodeState.READY, verdict.state());
    assertEquals(Optional.of(60L), verdict.ageSeconds());
    assertEquals(List.of(), verdict.problems());
  }

  @Test
  void runningNodeWithoutCreatedTimeIsReady() {
    assertEquals(NodeState.READY, tkeOnly("Running", null).state());
  }

  @Test
  void youngPendingNodeIsStarting() {
    NodeVerdict verdict = tkeOnly("Pending", "2026-12-04T00:55:01Z");

    assertEquals(NodeState.STARTING, verdict.state());
    assertEquals(List.of(NodeProblem.NOT_RUNNING), verdict.problems());
  }

  @Test
  void nodeAtGracePeriodIsStuck() {
    NodeVerdict verdict = tkeOnly("Pending", "2026-12-04T00:55:00Z");

    assertEquals(NodeState.STUCK, verdict.state());
    assertEquals(Optional.of(300L), verdict.notReadySeconds());
    assertEquals(Optional.of(2L), verdict.notReadyChecks());
  }

  @Test
  void undocumentedPhaseKeepsItsValue() {
    NodeVerdict young = tkeOnly("Failed", "2026-12-04T00:59:30Z");
    NodeVerdict old = tkeOnly("Failed", OLD);

    assertEquals(NodeState.STARTING, young.state());
    assertEquals(NodeState.STUCK, old.state());
    assertEquals("Failed", old.phase());
  }

  @Test
  void phaseIsCaseSensitive() {
    assertEquals(NodeState.STUCK, tkeOnly("running", OLD).state());
  }

  @Test
  void missingPhaseIsNotReady() {
    NodeVerdict verdict = tkeOnly(null, "2026-12-04T00:59:30Z");

    assertEquals(NodeState.STARTING, verdict.state());
    assertEquals(null, verdict.phase());
  }

  @Test
  void unknownAgeCountsAsStuck() {
    NodeVerdict missing = tkeOnly("Pending", null);
    NodeVerdict garbled = tkeOnly("Pending", "yesterday");

    assertEquals(NodeState.STUCK, missing.state());
    assertEquals(Optional.empty(), missing.ageSeconds());
    assertEquals(NodeState.STUCK, garbled.state());
  }

  @Test
  void createdTimeAheadOfClockIsAgeZero() {
    NodeVerdict verdict = tkeOnly("Pending", "2026-12-04T01:10:00Z");

    assertEquals(Optional.of(0L), verdict.ageSeconds());
    assertEquals(NodeState.STARTING, verdict.state());
  }

  @Test
  void createdTimeWithOffsetIsRead() {
    assertEquals(Optional.of(120L), tkeOnly("Pending", "2026-12-04T08:58:00+08:00")
        .ageSeconds());
  }

  @Test
  void agreeingViewsAreReady() {
    NodeVerdict verdict = running(node -> { });

    assertEquals(NodeState.READY, verdict.state());
    assertEquals(Optional.of(30L), verdict.heartbeatAgeSeconds());
  }

  @Test
  void kubeNotReadyBrieflyIsSuspect() {
    NodeVerdict verdict = running(node -> {
      node.ready = "False";
      node.transition = NOW.minusSeconds(60);
    });

    assertEquals(List.of(NodeProblem.KUBE_NOT_READY), verdict.problems());
    assertEquals(Optional.of(60L), verdict.notReadySeconds());
    assertEquals(Optional.of(1L), verdict.notReadyChecks());
    assertEquals(NodeState.SUSPECT, verdict.state());
  }

  @Test
  void kubeNotReadyForTwoChecksIsStuck() {
    NodeVerdict verdict = running(node -> {
      node.ready = "Unknown";
      node.transition = NOW.minusSeconds(300);
    });

    assertEquals(Optional.of(2L), verdict.notReadyChecks());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void alarmWaitsForConfiguredChecks() {
    rules = rules(3600, 3);

    NodeVerdict second = running(node -> {
      node.ready = "False";
      node.transition = NOW.minusSeconds(599);
    });
    NodeVerdict third = running(node -> {
      node.ready = "False";
      node.transition = NOW.minusSeconds(600);
    });

    assertEquals(NodeState.SUSPECT, second.state());
    assertEquals(NodeState.STUCK, third.state());
  }

  @Test
  void gracePeriodAloneRaisesAlarm() {
    rules = rules(300, 10);

    NodeVerdict verdict = running(node -> {
      node.ready = "False";
      node.transition = NOW.minusSeconds(400);
    });

    assertEquals(Optional.of(2L), verdict.notReadyChecks());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void countComesFromTimestampsNotMemory() {
    KubeObservation kube = KubeObservation.of(kube(node -> {
      node.ready = "False";
      node.transition = NOW.minusSeconds(100);
    }));

    NodeVerdict first = new NodeClassifier(rules, NOW).classify("np-aaaa0001",
        tke("Running", OLD), "req-1", kube);
    NodeVerdict afterColdStart = new NodeClassifier(rules, NOW.plusSeconds(300))
        .classify("np-aaaa0001", tke("Running", OLD), "req-2", kube);

    assertEquals(Optional.of(1L), first.notReadyChecks());
    assertEquals(NodeState.SUSPECT, first.state());
    assertEquals(Optional.of(2L), afterColdStart.notReadyChecks());
    assertEquals(NodeState.STUCK, afterColdStart.state());
  }

  @Test
  void staleHeartbeatCountsFromThreshold() {
    NodeVerdict verdict = running(node -> node.heartbeat = NOW.minusSeconds(700));

    assertEquals(List.of(NodeProblem.HEARTBEAT_STALE), verdict.problems());
    assertEquals(Optional.of(700L), verdict.heartbeatAgeSeconds());
    assertEquals(Optional.of(100L), verdict.notReadySeconds());
    assertEquals(NodeState.SUSPECT, verdict.state());
  }

  @Test
  void longStaleHeartbeatIsStuck() {
    NodeVerdict verdict = running(node -> node.heartbeat = NOW.minusSeconds(1000));

    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void heartbeatAtThresholdIsFresh() {
    assertEquals(NodeState.READY, running(node -> node.heartbeat = NOW.minusSeconds(600))
        .state());
  }

  @Test
  void missingHeartbeatIsStale() {
    NodeVerdict verdict = running(node -> node.heartbeat = null);

    assertEquals(List.of(NodeProblem.HEARTBEAT_STALE), verdict.problems());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void missingReadyConditionIsNotReady() {
    NodeVerdict verdict = running(node -> node.ready = null);

    assertEquals(List.of(NodeProblem.KUBE_NOT_READY), verdict.problems());
  }

  @Test
  void nodeMissingInKubernetes() {
    NodeVerdict old = classify(tke("Running", OLD), KubeObservation.missing());
    NodeVerdict young = classify(tke("Running", "2026-12-04T00:59:00Z"),
        KubeObservation.missing());

    assertEquals(List.of(NodeProblem.NOT_IN_KUBERNETES), old.problems());
    assertEquals(NodeState.STUCK, old.state());
    assertEquals(NodeState.STARTING, young.state());
  }

  @Test
  void nodeOnlyInKubernetes() {
    NodeVerdict verdict = classify(null, KubeObservation.of(kube(node ->
        node.name = "eklet-subnet-ghost001-0")));

    assertEquals("eklet-subnet-ghost001-0", verdict.name());
    assertEquals(List.of(NodeProblem.NOT_IN_TKE), verdict.problems());
    assertEquals(Optional.empty(), verdict.tke());
    assertEquals(Optional.of(90000L), verdict.ageSeconds());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void missingLabelIsReported() {
    NodeVerdict verdict = running(node -> node.labels.remove("type"));

    assertEquals(List.of(NodeProblem.LABEL_MISSING), verdict.problems());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void wrongLabelValueIsMissing() {
    NodeVerdict verdict = running(node -> node.labels.put("type", "normal"));

    assertEquals(List.of(NodeProblem.LABEL_MISSING), verdict.problems());
  }

  @Test
  void missingTaintIsReported() {
    NodeVerdict verdict = running(node -> node.taints.clear());

    assertEquals(List.of(NodeProblem.TAINT_MISSING), verdict.problems());
  }

  @Test
  void taintWithOtherEffectIsMissing() {
    NodeVerdict verdict = running(node -> node.taints.set(0,
        new VirtualNodePool.Taint("serverless", null, "NoExecute")));

    assertEquals(List.of(NodeProblem.TAINT_MISSING), verdict.problems());
  }

  @Test
  void tkePendingButKubeReadyDisagree() {
    NodeVerdict verdict = classify(tke("Pending", OLD), KubeObservation.of(kube(node -> { })));

    assertEquals(List.of(NodeProblem.NOT_RUNNING), verdict.problems());
    assertEquals(NodeState.STUCK, verdict.state());
  }

  @Test
  void everyProblemIsListed() {
    NodeVerdict verdict = classify(tke("Failed", OLD), KubeObservation.of(kube(node -> {
      node.ready = "False";
      node.heartbeat = null;
      node.labels.clear();
      node.taints.clear();
    })));

    assertEquals(List.of(NodeProblem.NOT_RUNNING, NodeProblem.KUBE_NOT_READY,
        NodeProblem.HEARTBEAT_STALE, NodeProblem.LABEL_MISSING, NodeProblem.TAINT_MISSING),
        verdict.problems());
  }

  @Test
  void kubernetesCreationFillsMissingTkeTime() {
    NodeVerdict verdict = classify(tke("Running", null), KubeObservation.of(kube(node ->
        node.ready = "False")));

    assertEquals(Optional.of(90000L), verdict.ageSeconds());
  }
}
