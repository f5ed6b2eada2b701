package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatorWorldTest {
  @TempDir
  Path tempDir;

  @Test
  void defaultWorldHasDocumentedClusters() {
    EmulatorWorld world = EmulatorWorld.defaultWorld();

    List<String> ids = world.clusters().stream().map(Cluster::clusterId)
        .collect(Collectors.toList());

    assertEquals(List.of("cls-main0001", "cls-novklet1", "cls-camdeny1", "cls-idling01"), ids);
    assertEquals("ap-guangzhou", world.region());
    assertEquals(Duration.ofSeconds(3), world.nodeReadyDelay());
    assertEquals(20, world.rateLimitPerSecond(CreateVirtualNodeAction.NAME));
    assertFalse(world.token().isPresent());
  }

  @Test
  void defaultWorldMainClusterIsUsable() {
    Cluster main = EmulatorWorld.defaultWorld().clusters().get(0);

    assertTrue(main.isRunning());
    assertTrue(main.supportsVirtualKubelet());
    assertFalse(main.camDenied());
    assertEquals("vpc-main0001", main.vpcId());
  }

  @Test
  void defaultWorldPoolsAreNormalAndUpdating() {
    List<NodePool> pools = EmulatorWorld.defaultWorld().nodePools("cls-main0001");

    assertEquals("np-normal01", pools.get(0).nodePoolId());
    assertEquals("normal", pools.get(0).lifeState());
    assertEquals("np-update01", pools.get(1).nodePoolId());
    assertEquals("updating", pools.get(1).lifeState());
  }

  @Test
  void defaultWorldFreeSubnetsSpanThreeZones() {
    try (TkeEmulator emulator = TkeEmulator.start(EmulatorWorld.defaultWorld())) {
      List<String> free = emulator.state().freeSubnetIds("cls-main0001");

      assertEquals(List.of("subnet-gz3free1", "subnet-gz4free1", "subnet-gz6free1"), free);
      long zones = free.stream().map(id -> emulator.state().subnet(id).orElseThrow().zone())
          .distinct().count();
      assertEquals(3, zones);
    }
  }

  @Test
  void loadReadsFile() throws Exception {
    Path file = write("world.json", TestWorlds.minimal());

    EmulatorWorld world = EmulatorWorld.load(file);

    assertEquals("test-id", world.secretId());
  }

  @Test
  void invalidJsonErrorNamesFile() throws Exception {
    Path file = write("broken.json", "{\"region\": ");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.load(file));

    assertTrue(error.getMessage().startsWith(file + ": invalid JSON"), error.getMessage());
  }

  @Test
  void missingFileErrorNamesFile() {
    Path file = tempDir.resolve("absent.json");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.load(file));

    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
  }

  @Test
  void misspeltKeyErrorNamesPath() throws Exception {
    Path file = write("typo.json", TestWorlds.minimal().replace(
        "{\"nodePoolId\": \"np-normal01\"}",
        "{\"nodePoolId\": \"np-normal01\", \"lifestate\": \"normal\"}"));

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.load(file));

    assertEquals(file + ": clusters[0].nodePools[0].lifestate: unknown key;"
        + " check its spelling against the documented keys", error.getMessage());
  }

  @Test
  void malformedClusterIdIsRejected() {
    String json = TestWorlds.minimal().replace("cls-main0001", "cls-test");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertEquals("<string>: clusters[0].clusterId: expected cls- followed by 8 lowercase"
        + " letters or digits, found 'cls-test'", error.getMessage());
  }

  @Test
  void unknownLifeStateIsRejected() {
    String json = TestWorlds.minimal().replace("{\"nodePoolId\": \"np-normal01\"}",
        "{\"nodePoolId\": \"np-normal01\", \"lifeState\": \"Normal\"}");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertTrue(error.getMessage().contains("nodePools[0].lifeState"), error.getMessage());
  }

  @Test
  void nodeInUnknownPoolIsRejected() {
    String json = TestWorlds.minimal().replace("\"nodePools\"",
        "\"nodes\": [{\"name\": \"n1\", \"nodePoolId\": \"np-nothere1\","
            + " \"subnetId\": \"subnet-aaaa0001\"}], \"nodePools\"");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertTrue(error.getMessage().contains("clusters[0].nodes[0].nodePoolId"), error.getMessage());
  }

  @Test
  void poolWithUnknownSubnetIsRejected() {
    String json = TestWorlds.minimal().replace("{\"nodePoolId\": \"np-normal01\"}",
        "{\"nodePoolId\": \"np-normal01\", \"subnetIds\": [\"subnet-nothere1\"]}");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertTrue(error.getMessage().contains("nodePools[0].subnetIds[0]"), error.getMessage());
  }

  @Test
  void badCreatedTimeIsRejected() {
    String json = TestWorlds.minimal().replace("\"nodePools\"",
        "\"nodes\": [{\"name\": \"n1\", \"nodePoolId\": \"np-normal01\","
            + " \"subnetId\": \"subnet-aaaa0001\", \"createdTime\": \"yesterday\"}],"
            + " \"nodePools\"");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertTrue(error.getMessage().contains("createdTime: expected an RFC 3339 time"),
        error.getMessage());
  }

  @Test
  void missingCredentialsAreRejected() {
    String json = "{\"region\": \"ap-guangzhou\"}";

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertEquals("<string>: credentials: expected a JSON object, found nothing",
        error.getMessage());
  }

  @Test
  void notesStartingWithUnderscoreAreIgnored() {
    EmulatorWorld world = EmulatorWorld.fromJson(TestWorlds.withTopLevel("\"_note\": 1"));

    assertEquals("ap-guangzhou", world.region());
  }

  @Test
  void relativeCreatedTimeCountsBackFromStart() {
    String json = TestWorlds.minimal().replace("\"nodePools\"",
        "\"nodes\": [{\"name\": \"n1\", \"nodePoolId\": \"np-normal01\","
            + " \"subnetId\": \"subnet-aaaa0001\", \"createdTime\": \"now-90m\"}], \"nodePools\"");
    Instant start = Instant.parse("2026-03-01T12:00:00Z");

    try (TkeEmulator emulator =
        TkeEmulator.start(EmulatorWorld.fromJson(json), 0, new ManualClock(start))) {
      VirtualNode node = emulator.state().node("cls-main0001", "n1").orElseThrow();

      assertEquals(Instant.parse("2026-03-01T10:30:00Z"), node.createdTime());
      assertEquals("Running", node.phase());
    }
  }

  @Test
  void tokenAndLimitsAreRead() {
    EmulatorWorld world = EmulatorWorld.fromJson(TestWorlds.minimal()
        .replace("\"secretKey\": \"test-key\"", "\"secretKey\": \"test-key\", \"token\": \"t\"")
        .replace("\"subnets\"", "\"rateLimitPerSecond\": {\"CreateClusterVirtualNode\": 5},"
            + " \"subnets\""));

    assertEquals("t", world.token().orElseThrow());
    assertEquals(5, world.rateLimitPerSecond(CreateVirtualNodeAction.NAME));
    assertEquals(20, world.rateLimitPerSecond(DescribeVirtualNodesAction.NAME));
  }

  @Test
  void faultRulesAreRead() {
    EmulatorWorld world = EmulatorWorld.fromJson(TestWorlds.withTopLevel(
        "\"faults\": {\"seed\": 9, \"rules\": ["
            + "{\"kind\": \"throttle\", \"everyNth\": 3},"
            + "{\"kind\": \"slowAnswer\", \"share\": 0.25, \"delayMs\": 3000},"
            + "{\"kind\": \"httpError\", \"httpStatus\": 502, \"maxTimes\": 1}]}"));

    Faults expected = Faults.of(
        Fault.throttle().everyNth(3),
        Fault.slowAnswer(3000).withShare(0.25),
        Fault.httpError(502).atMostTimes(1)).withSeed(9);
    assertEquals(expected, world.faults());
  }

  @Test
  void unknownFaultKindErrorNamesRule() {
    String json = TestWorlds.withTopLevel("\"faults\": {\"rules\": [{\"kind\": \"explode\"}]}");

    EmulatorWorldException error =
        assertThrows(EmulatorWorldException.class, () -> EmulatorWorld.fromJson(json));

    assertTrue(error.getMessage().startsWith("<string>: faults.rules[0]: unknown fault kind"),
        error.getMessage());
  }

  @Test
  void faultsParseFromOwnJson() {
    Faults faults = Faults.fromJson("{\"rules\": [{\"kind\": \"dropConnection\"}]}", "test");

    assertEquals(Faults.of(Fault.dropConnection()), faults);
  }

  private Path write(String name, String content) throws Exception {
    Path file = tempDir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
