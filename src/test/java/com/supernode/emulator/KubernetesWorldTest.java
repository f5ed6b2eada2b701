package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.supernode.kube.KubeconfigReader;
import com.supernode.tke.RoleCredentials;
import com.supernode.tke.SdkTkeGateway;
import com.supernode.tke.TkeSettings;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reads the Kubernetes keys of a world file into the emulated Node objects. */
class KubernetesWorldTest {
  private static final Instant START = Instant.parse("2026-12-04T01:00:00Z");

  private static String world(String nodeKubernetes, String clusterKeys) {
    return "{\"region\": \"ap-guangzhou\","
        + "\"credentials\": {\"secretId\": \"id\", \"secretKey\": \"key\"},"
        + "\"subnets\": [{\"subnetId\": \"subnet-aaaa0001\", \"vpcId\": \"vpc-aaaa0001\","
        + " \"zone\": \"ap-guangzhou-3\"}],"
        + "\"clusters\": [{\"clusterId\": \"cls-main0001\", \"vpcId\": \"vpc-aaaa0001\","
        + " \"nodePools\": [{\"nodePoolId\": \"np-normal01\"}],"
        + " \"nodes\": [{\"name\": \"eklet-subnet-aaaa0001-0\", \"nodePoolId\": \"np-normal01\","
        + " \"subnetId\": \"subnet-aaaa0001\", \"createdTime\": \"2026-12-01T00:00:00Z\""
        + nodeKubernetes + "}]" + clusterKeys + "}]}";
  }

  private static List<JsonObject> nodes(String json) {
    try (TkeEmulator emulator = TkeEmulator.start(EmulatorWorld.fromJson(json), 0,
        new ManualClock(START))) {
      return emulator.kubernetes().nodes("cls-main0001");
    }
  }

  private static JsonObject ready(JsonObject node) {
    return node.getAsJsonObject("status").getAsJsonArray("conditions").get(0)
        .getAsJsonObject();
  }

  @Test
  void nodeFollowsVirtualNodeByDefault() {
    JsonObject node = nodes(world("", "")).get(0);

    assertEquals("True", ready(node).get("status").getAsString());
    assertEquals("2026-12-04T01:00:00Z", ready(node).get("lastHeartbeatTime").getAsString());
    assertEquals("virtual-kubelet", node.getAsJsonObject("metadata")
        .getAsJsonObject("labels").get("type").getAsString());
    assertEquals("serverless", node.getAsJsonObject("spec").getAsJsonArray("taints").get(0)
        .getAsJsonObject().get("key").getAsString());
  }

  @Test
  void worldChangesNodeObject() {
    JsonObject node = nodes(world(", \"kubernetes\": {\"ready\": \"False\","
        + " \"readySince\": \"now-5m\", \"heartbeat\": \"2026-12-04T00:30:00Z\","
        + " \"removeLabels\": [\"type\"], \"labels\": {\"team\": \"a\"}, \"taints\": []}", ""))
        .get(0);

    assertEquals("False", ready(node).get("status").getAsString());
    assertEquals("2026-12-04T00:55:00Z", ready(node).get("lastTransitionTime").getAsString());
    assertEquals("2026-12-04T00:30:00Z", ready(node).get("lastHeartbeatTime").getAsString());
    assertEquals(false, node.getAsJsonObject("metadata").getAsJsonObject("labels").has("type"));
    assertEquals("a", node.getAsJsonObject("metadata").getAsJsonObject("labels").get("team")
        .getAsString());
    assertEquals(0, node.getAsJsonObject("spec").getAsJsonArray("taints").size());
  }

  @Test
  void absentNodeIsLeftOut() {
    assertEquals(List.of(), nodes(world(", \"kubernetes\": {\"absent\": true}", "")));
  }

  @Test
  void kubernetesOnlyNodesAreAdded() {
    List<String> names = nodes(world("", ", \"kubernetesOnlyNodes\": [{\"name\": \"ghost\","
        + " \"createdTime\": \"2026-12-02T00:00:00Z\"}]")).stream()
        .map(node -> node.getAsJsonObject("metadata").get("name").getAsString())
        .collect(Collectors.toList());

    assertEquals(List.of("eklet-subnet-aaaa0001-0", "ghost"), names);
  }

  @Test
  void rejectsUndocumentedReadyStatus() {
    EmulatorWorldException e = assertThrows(EmulatorWorldException.class,
        () -> EmulatorWorld.fromJson(world(", \"kubernetes\": {\"ready\": \"Yes\"}", "")));

    assertEquals(true, e.getMessage().contains("expected True, False or Unknown, found 'Yes'"),
        e.getMessage());
  }

  @Test
  void rejectsUnknownKubernetesKey() {
    assertThrows(EmulatorWorldException.class,
        () -> EmulatorWorld.fromJson(world(", \"kubernetes\": {\"healthy\": true}", "")));
  }

  @Test
  void unreachableClusterStartsDown() {
    String json = world("", ", \"kubeApiReachable\": false");
    try (TkeEmulator emulator = TkeEmulator.start(EmulatorWorld.fromJson(json))) {
      SdkTkeGateway tke = new SdkTkeGateway(new TkeSettings(emulator.region(),
          emulator.endpoint(), 3, 10), new RoleCredentials(emulator.secretId(),
          emulator.secretKey(), null));
      URI server = KubeconfigReader.read(
          tke.describeClusterKubeconfig("cls-main0001", false).kubeconfig()).server();

      assertThrows(ConnectException.class,
          () -> new Socket(server.getHost(), server.getPort()).close());
    }
  }
}
