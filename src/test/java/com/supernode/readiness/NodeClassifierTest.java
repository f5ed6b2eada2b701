package com.supernode.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.supernode.tke.VirtualNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeClassifierTest {
  private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
  private final NodeClassifier classifier = new NodeClassifier(Duration.ofSeconds(300), NOW);

  private NodeVerdict classify(String phase, String createdTime) {
    return classifier.classify("np-aaaa0001",
        new VirtualNode("eklet-subnet-aaaa0001-0", "subnet-aaaa0001", phase, createdTime),
        "req-1");
  }

  @Test
  void runningNodeIsReady() {
    NodeVerdict verdict = classify("Running", "2026-12-04T00:59:00Z");

    assertEquals(NodeState.READY, verdict.state());
    assertEquals(Optional.of(60L), verdict.ageSeconds());
  }

  @Test
  void runningNodeWithoutCreatedTimeIsReady() {
    assertEquals(NodeState.READY, classify("Running", null).state());
  }

  @Test
  void youngPendingNodeIsStarting() {
    assertEquals(NodeState.STARTING, classify("Pending", "2026-12-04T00:55:01Z").state());
  }

  @Test
  void nodeAtGracePeriodIsStuck() {
    assertEquals(NodeState.STUCK, classify("Pending", "2026-12-04T00:55:00Z").state());
  }

  @Test
  void undocumentedPhaseKeepsItsValue() {
    NodeVerdict young = classify("Failed", "2026-12-04T00:59:30Z");
    NodeVerdict old = classify("Failed", "2026-12-03T00:00:00Z");

    assertEquals(NodeState.STARTING, young.state());
    assertEquals(NodeState.STUCK, old.state());
    assertEquals("Failed", old.phase());
  }

  @Test
  void phaseIsCaseSensitive() {
    assertEquals(NodeState.STUCK, classify("running", "2026-12-03T00:00:00Z").state());
  }

  @Test
  void missingPhaseIsNotReady() {
    NodeVerdict verdict = classify(null, "2026-12-04T00:59:30Z");

    assertEquals(NodeState.STARTING, verdict.state());
    assertEquals(null, verdict.phase());
  }

  @Test
  void unknownAgeCountsAsStuck() {
    NodeVerdict missing = classify("Pending", null);
    NodeVerdict garbled = classify("Pending", "yesterday");

    assertEquals(NodeState.STUCK, missing.state());
    assertEquals(Optional.empty(), missing.ageSeconds());
    assertEquals(NodeState.STUCK, garbled.state());
  }

  @Test
  void createdTimeAheadOfClockIsAgeZero() {
    NodeVerdict verdict = classify("Pending", "2026-12-04T01:10:00Z");

    assertEquals(Optional.of(0L), verdict.ageSeconds());
    assertEquals(NodeState.STARTING, verdict.state());
  }

  @Test
  void createdTimeWithOffsetIsRead() {
    NodeVerdict verdict = classify("Pending", "2026-12-04T08:58:00+08:00");

    assertEquals(Optional.of(120L), verdict.ageSeconds());
  }

  @Test
  void verdictKeepsWhereNodeIs() {
    NodeVerdict verdict = classify("Running", "2026-12-04T00:59:00Z");

    assertEquals("np-aaaa0001", verdict.nodePoolId());
    assertEquals("eklet-subnet-aaaa0001-0", verdict.name());
    assertEquals("subnet-aaaa0001", verdict.subnetId());
    assertEquals("req-1", verdict.tkeRequestId());
  }
}
