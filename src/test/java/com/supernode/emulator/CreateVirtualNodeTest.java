package com.supernode.emulator;

import static com.supernode.emulator.SdkClients.CLUSTER;
import static com.supernode.emulator.SdkClients.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.tke.v20180525.TkeClient;
import com.tencentcloudapi.tke.v20180525.models.CreateClusterVirtualNodeRequest;
import com.tencentcloudapi.tke.v20180525.models.CreateClusterVirtualNodeResponse;
import com.tencentcloudapi.tke.v20180525.models.Tag;
import com.tencentcloudapi.tke.v20180525.models.VirtualNode;
import com.tencentcloudapi.tke.v20180525.models.VirtualNodeSpec;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateVirtualNodeTest {
  private static final String FREE_SUBNET = "subnet-gz3free1";

  private final ManualClock clock = ManualClock.startingNow();
  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld(), 0, clock);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void tkeClientCreateReturnsNodeName() throws TencentCloudSDKException {
    CreateClusterVirtualNodeResponse response =
        SdkClients.tke(emulator).CreateClusterVirtualNode(SdkClients.createRequest(FREE_SUBNET));

    assertEquals("eklet-subnet-gz3free1-0", response.getNodeName());
    assertFalse(response.getRequestId().isEmpty());
  }

  @Test
  void commonClientCreateReturnsNodeName() throws TencentCloudSDKException {
    JsonObject response = SdkClients.call(emulator, CreateVirtualNodeAction.NAME,
        "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
            + "\"SubnetId\":\"subnet-gz4free1\"}");

    assertEquals("eklet-subnet-gz4free1-0", response.get("NodeName").getAsString());
    assertTrue(response.has("RequestId"));
  }

  @Test
  void createdNodeIsListedAsPending() throws TencentCloudSDKException {
    String name = SdkClients.createNode(emulator, FREE_SUBNET);

    VirtualNode[] nodes = SdkClients.describeNodes(emulator, name).getNodes();

    assertEquals(1, nodes.length);
    assertEquals(name, nodes[0].getName());
    assertEquals(FREE_SUBNET, nodes[0].getSubnetId());
    assertEquals("Pending", nodes[0].getPhase());
    String expectedTime = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
        .withZone(ZoneOffset.UTC).format(clock.instant());
    assertEquals(expectedTime, nodes[0].getCreatedTime());
  }

  @Test
  void createdNodeTurnsRunningAfterReadyDelay() throws TencentCloudSDKException {
    String name = SdkClients.createNode(emulator, FREE_SUBNET);
    Duration delay = emulator.world().nodeReadyDelay();

    clock.advance(delay.minusMillis(1));
    String before = SdkClients.describeNodes(emulator, name).getNodes()[0].getPhase();
    clock.advance(Duration.ofMillis(1));
    String after = SdkClients.describeNodes(emulator, name).getNodes()[0].getPhase();

    assertEquals("Pending", before);
    assertEquals("Running", after);
  }

  @Test
  void zeroReadyDelayMakesNodeRunningAtOnce() throws TencentCloudSDKException {
    emulator.state().setNodeReadyDelay(Duration.ZERO);

    String name = SdkClients.createNode(emulator, FREE_SUBNET);

    assertEquals("Running", SdkClients.describeNodes(emulator, name).getNodes()[0].getPhase());
  }

  @Test
  void subnetIdsCreateOneNodePerSubnet() throws TencentCloudSDKException {
    CreateClusterVirtualNodeRequest request = SdkClients.createRequest(null);
    request.setSubnetIds(new String[] {"subnet-gz3free1", "subnet-gz4free1", "subnet-gz6free1"});

    String nodeName = SdkClients.tke(emulator).CreateClusterVirtualNode(request).getNodeName();

    assertEquals("eklet-subnet-gz3free1-0", nodeName);
    assertTrue(emulator.state().node(CLUSTER, "eklet-subnet-gz4free1-0").isPresent());
    assertTrue(emulator.state().node(CLUSTER, "eklet-subnet-gz6free1-0").isPresent());
  }

  @Test
  void virtualNodesCreateOneNodePerSpec() throws TencentCloudSDKException {
    CreateClusterVirtualNodeRequest request = SdkClients.createRequest(null);
    request.setVirtualNodes(new VirtualNodeSpec[] {
        spec("subnet-gz4free1", "web"), spec("subnet-gz6free1", "batch")});

    String nodeName = SdkClients.tke(emulator).CreateClusterVirtualNode(request).getNodeName();

    assertEquals("eklet-subnet-gz4free1-0", nodeName);
    assertTrue(emulator.state().node(CLUSTER, "eklet-subnet-gz6free1-0").isPresent());
  }

  @Test
  void nodeIndexGrowsAfterEarlierNodeRemoved() throws TencentCloudSDKException {
    String first = SdkClients.createNode(emulator, FREE_SUBNET);
    emulator.state().removeNode(CLUSTER, first);

    String second = SdkClients.createNode(emulator, FREE_SUBNET);

    assertEquals("eklet-subnet-gz3free1-1", second);
  }

  @Test
  void nodeIndexContinuesAfterWorldNodes() throws TencentCloudSDKException {
    emulator.state().removeNode(CLUSTER, "eklet-subnet-gz3used1-0");

    assertEquals("eklet-subnet-gz3used1-1", SdkClients.createNode(emulator, "subnet-gz3used1"));
  }

  @Test
  void otherPoolMayUseSameSubnet() throws TencentCloudSDKException {
    emulator.state().setNodePoolLifeState(CLUSTER, "np-update01", "normal");
    CreateClusterVirtualNodeRequest request = SdkClients.createRequest("subnet-gz3used1");
    request.setNodePoolId("np-update01");

    String name = SdkClients.tke(emulator).CreateClusterVirtualNode(request).getNodeName();

    assertEquals("eklet-subnet-gz3used1-1", name);
  }

  @Test
  void createAddsSubnetToPool() throws TencentCloudSDKException {
    emulator.state().addSubnet(new Subnet("subnet-gz3new01", "vpc-main0001", "ap-guangzhou-3"));

    SdkClients.createNode(emulator, "subnet-gz3new01");

    NodePool pool = emulator.state().nodePool(CLUSTER, POOL).orElseThrow();
    assertTrue(pool.subnetIds().contains("subnet-gz3new01"));
  }

  @Test
  void getRequestCreatesNode() throws TencentCloudSDKException {
    ClientProfile profile = emulator.clientProfile();
    profile.getHttpProfile().setReqMethod("GET");
    TkeClient client = new TkeClient(emulator.credential(), emulator.region(), profile);
    CreateClusterVirtualNodeRequest request = SdkClients.createRequest(null);
    request.setVirtualNodes(new VirtualNodeSpec[] {spec(FREE_SUBNET, "display name")});

    String name = client.CreateClusterVirtualNode(request).getNodeName();

    assertEquals("eklet-subnet-gz3free1-0", name);
    RecordedRequest recorded = emulator.requests().get(0);
    assertEquals("GET", recorded.method());
    JsonObject spec = recorded.body().getAsJsonArray("VirtualNodes").get(0).getAsJsonObject();
    assertEquals("display name", spec.get("DisplayName").getAsString());
  }

  private static VirtualNodeSpec spec(String subnetId, String displayName) {
    Tag tag = new Tag();
    tag.setKey("team");
    tag.setValue("platform");
    VirtualNodeSpec spec = new VirtualNodeSpec();
    spec.setSubnetId(subnetId);
    spec.setDisplayName(displayName);
    spec.setTags(new Tag[] {tag});
    return spec;
  }
}
