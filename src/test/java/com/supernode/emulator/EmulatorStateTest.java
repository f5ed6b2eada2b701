package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmulatorStateTest {
  private static final String CLUSTER = "cls-main0001";
  private static final Instant START = Instant.parse("2026-02-01T00:00:00Z");

  private final ManualClock clock = new ManualClock(START);
  private TkeEmulator emulator;
  private EmulatorState state;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld().withMaxClockSkewSeconds(0), 0, clock);
    state = emulator.state();
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void clusterSettersChangeCluster() {
    state.setClusterStatus(CLUSTER, "Abnormal");
    state.setCamDenied(CLUSTER, true);
    state.setSupportsVirtualKubelet(CLUSTER, false);

    Cluster cluster = state.cluster(CLUSTER).orElseThrow();
    assertEquals("Abnormal", cluster.status());
    assertTrue(cluster.camDenied());
    assertFalse(cluster.supportsVirtualKubelet());
  }

  @Test
  void unknownClusterIsRejectedByName() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> state.setClusterStatus("cls-nothere1", "Running"));

    assertEquals("cluster cls-nothere1 does not exist", error.getMessage());
  }

  @Test
  void unknownPoolIsRejectedByName() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> state.setNodePoolLifeState(CLUSTER, "np-nothere1", "normal"));

    assertEquals("node pool np-nothere1 does not exist in cluster cls-main0001",
        error.getMessage());
  }

  @Test
  void unknownNodeIsRejectedByName() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> state.setNodePhase(CLUSTER, "eklet-nothere-0", "Running"));

    assertEquals("node eklet-nothere-0 does not exist in cluster cls-main0001",
        error.getMessage());
  }

  @Test
  void setNodePhaseStopsReadyTransition() {
    VirtualNode node = state.createNode(CLUSTER, "np-normal01", "subnet-gz3free1");
    state.setNodePhase(CLUSTER, node.name(), "Failed");

    clock.advance(Duration.ofHours(1));

    assertEquals("Failed", state.node(CLUSTER, node.name()).orElseThrow().phase());
  }

  @Test
  void addNodeNamesNodeLikeTke() {
    VirtualNode node = state.addNode(CLUSTER, "np-normal01", "subnet-gz3used1", "Pending", START);

    assertEquals("eklet-subnet-gz3used1-1", node.name());
    assertEquals(node, state.node(CLUSTER, node.name()).orElseThrow());
  }

  @Test
  void addNodeInUnknownSubnetIsRejected() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> state.addNode(CLUSTER, "np-normal01", "subnet-nothere1", "Running", START));

    assertEquals("subnet subnet-nothere1 does not exist", error.getMessage());
  }

  @Test
  void removedNodeFreesSubnet() {
    state.removeNode(CLUSTER, "eklet-subnet-gz3used1-0");

    assertTrue(state.freeSubnetIds(CLUSTER).contains("subnet-gz3used1"));
  }

  @Test
  void whitelistedFlagCanBeCleared() {
    state.setWhitelisted(false);

    assertFalse(state.whitelisted());
  }

  @Test
  void readyDelayChangeAffectsLaterNodes() {
    state.setNodeReadyDelay(Duration.ofMinutes(10));
    VirtualNode node = state.createNode(CLUSTER, "np-normal01", "subnet-gz3free1");

    clock.advance(Duration.ofMinutes(9));
    String before = state.node(CLUSTER, node.name()).orElseThrow().phase();
    clock.advance(Duration.ofMinutes(1));
    String after = state.node(CLUSTER, node.name()).orElseThrow().phase();

    assertEquals("Pending", before);
    assertEquals("Running", after);
  }

  @Test
  void snapshotsDoNotChangeWithState() {
    List<NodePool> before = state.nodePools(CLUSTER);

    state.setNodePoolLifeState(CLUSTER, "np-update01", "normal");

    assertEquals("updating", before.get(1).lifeState());
  }

  @Test
  void replacedClockDrivesPhases() {
    VirtualNode node = state.createNode(CLUSTER, "np-normal01", "subnet-gz3free1");

    emulator.setClock(new ManualClock(START.plus(Duration.ofMinutes(1))));

    assertEquals("Running", state.node(CLUSTER, node.name()).orElseThrow().phase());
  }
}
