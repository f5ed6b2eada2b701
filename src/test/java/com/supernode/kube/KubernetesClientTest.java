package com.supernode.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.supernode.emulator.EmulatorWorld;
import com.supernode.emulator.ManualClock;
import com.supernode.emulator.TkeEmulator;
import com.supernode.tke.RoleCredentials;
import com.supernode.tke.SdkTkeGateway;
import com.supernode.tke.TkeSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Talks to the emulator's Kubernetes API server with the kubeconfig TKE's emulator returns. */
class KubernetesClientTest {
  private static final String CLUSTER = "cls-main0001";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final ManualClock clock = ManualClock.startingNow();
  private TkeEmulator emulator;

  @BeforeEach
  void start() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld(), 0, clock);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private KubeAccess access() {
    SdkTkeGateway tke = new SdkTkeGateway(new TkeSettings(emulator.region(),
        emulator.endpoint(), 3, 10), new RoleCredentials(emulator.secretId(),
        emulator.secretKey(), null));
    return KubeconfigReader.read(tke.describeClusterKubeconfig(CLUSTER, false).kubeconfig());
  }

  private static List<String> names(List<KubeNode> nodes) {
    return nodes.stream().map(KubeNode::name).collect(Collectors.toList());
  }

  @Test
  void kubeconfigUsesClientCertificate() {
    KubeAccess access = access();

    assertEquals("https", access.server().getScheme());
    assertEquals("127.0.0.1", access.server().getHost());
    assertTrue(access.clientKeyPem().orElseThrow().contains("BEGIN RSA PRIVATE KEY"));
    assertEquals(Optional.empty(), access.token());
  }

  @Test
  void listsVirtualKubeletNodes() {
    KubernetesClient client = new KubernetesClient(access(), TIMEOUT);

    KubernetesClient.NodePage page = client.listNodes("type=virtual-kubelet", 500, null);

    assertEquals(List.of("eklet-subnet-gz3used1-0", "eklet-subnet-gz4used1-0",
        "eklet-subnet-gz6used1-0", "eklet-subnet-gz3used2-0", "eklet-subnet-gone0001-0"),
        names(page.nodes()));
    assertEquals(Optional.empty(), page.continueToken());
  }

  @Test
  void readsReadyConditionLabelsAndTaints() {
    KubernetesClient client = new KubernetesClient(access(), TIMEOUT);
    Instant heartbeat = Instant.parse("2026-12-04T00:00:00Z");
    emulator.kubernetes().setHeartbeat(CLUSTER, "eklet-subnet-gz3used1-0", heartbeat);

    KubeNode node = client.getNode("eklet-subnet-gz3used1-0").orElseThrow();

    assertEquals(Optional.of("True"), node.readyStatus());
    assertEquals(Optional.of(heartbeat), node.lastHeartbeatTime());
    assertEquals(Optional.of(Instant.parse("2025-03-10T08:00:00Z")), node.lastTransitionTime());
    assertTrue(node.hasLabel("type", "virtual-kubelet"));
    assertTrue(node.hasTaint("serverless", "NoSchedule"));
    assertTrue(node.hasLabel("team", "platform"));
  }

  @Test
  void pagesWithLimitAndContinue() {
    KubernetesClient client = new KubernetesClient(access(), TIMEOUT);

    KubernetesClient.NodePage first = client.listNodes("type=virtual-kubelet", 3, null);
    KubernetesClient.NodePage second = client.listNodes("type=virtual-kubelet", 3,
        first.continueToken().orElseThrow());

    assertEquals(3, first.nodes().size());
    assertEquals(List.of("eklet-subnet-gz3used2-0", "eklet-subnet-gone0001-0"),
        names(second.nodes()));
    assertEquals(Optional.empty(), second.continueToken());
  }

  @Test
  void selectorLeavesOutUnlabelledNode() {
    emulator.kubernetes().removeLabel(CLUSTER, "eklet-subnet-gz3used1-0", "type");
    KubernetesClient client = new KubernetesClient(access(), TIMEOUT);

    List<KubeNode> nodes = client.listNodes("type=virtual-kubelet", 500, null).nodes();

    assertEquals(4, nodes.size());
    assertTrue(client.getNode("eklet-subnet-gz3used1-0").isPresent());
  }

  @Test
  void missingNodeIsEmpty() {
    KubernetesClient client = new KubernetesClient(access(), TIMEOUT);

    assertEquals(Optional.empty(), client.getNode("eklet-subnet-nothere1-0"));
  }

  @Test
  void tokenAuthenticates() {
    KubeAccess certificate = access();
    KubeAccess token = KubeAccess.withToken(certificate.server(), certificate.caPem().get(),
        emulator.kubernetes().token(CLUSTER));

    assertEquals(5, new KubernetesClient(token, TIMEOUT)
        .listNodes("type=virtual-kubelet", 500, null).nodes().size());
  }

  @Test
  void wrongTokenIsUnauthorized() {
    KubeAccess certificate = access();
    KubeAccess token = KubeAccess.withToken(certificate.server(), certificate.caPem().get(),
        "wrong");

    KubernetesException e = assertThrows(KubernetesException.class,
        () -> new KubernetesClient(token, TIMEOUT).listNodes("type=virtual-kubelet", 500, null));

    assertEquals(KubernetesException.UNAUTHORIZED, e.code());
  }

  @Test
  void untrustedServerFailsTls() {
    KubeAccess certificate = access();
    // The JDK's default trust store does not hold the emulator's CA.
    KubeAccess defaultTrust = KubeAccess.withToken(certificate.server(), null,
        emulator.kubernetes().token(CLUSTER));

    KubernetesException e = assertThrows(KubernetesException.class,
        () -> new KubernetesClient(defaultTrust, TIMEOUT).getNode("x"));

    assertEquals(KubernetesException.TLS_FAILURE, e.code());
  }

  @Test
  void stoppedServerIsUnreachable() {
    KubeAccess access = access();
    emulator.kubernetes().setReachable(CLUSTER, false);

    KubernetesException e = assertThrows(KubernetesException.class,
        () -> new KubernetesClient(access, TIMEOUT).getNode("x"));

    assertEquals(KubernetesException.UNREACHABLE, e.code());
  }
}
