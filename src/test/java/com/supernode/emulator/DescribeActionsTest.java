package com.supernode.emulator;

import static com.supernode.emulator.SdkClients.CLUSTER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodePoolsRequest;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodePoolsResponse;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodeRequest;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodeResponse;
import com.tencentcloudapi.tke.v20180525.models.VirtualNode;
import com.tencentcloudapi.tke.v20180525.models.VirtualNodePool;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DescribeActionsTest {
  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() {
    EmulatorWorld world = EmulatorWorld.defaultWorld().withMaxClockSkewSeconds(0);
    emulator = TkeEmulator.start(world, 0, new ManualClock(START));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void nodesOfDefaultWorldHaveVariedPhases() throws TencentCloudSDKException {
    DescribeClusterVirtualNodeResponse response = SdkClients.describeNodes(emulator);

    assertEquals(4L, response.getTotalCount());
    assertArrayEquals(new String[] {"Running", "Pending", "Pending", "Failed"},
        Arrays.stream(response.getNodes()).map(VirtualNode::getPhase).toArray());
  }

  @Test
  void relativeCreatedTimeIsFixedAtStart() throws TencentCloudSDKException {
    VirtualNode young = SdkClients.describeNodes(emulator, "eklet-subnet-gz4used1-0").getNodes()[0];

    assertEquals("2026-01-15T09:59:00Z", young.getCreatedTime());
  }

  @Test
  void absoluteCreatedTimeIsKept() throws TencentCloudSDKException {
    VirtualNode stuck = SdkClients.describeNodes(emulator, "eklet-subnet-gz6used1-0").getNodes()[0];

    assertEquals("2021-06-01T00:00:00Z", stuck.getCreatedTime());
  }

  @Test
  void nodeNamesFilterSkipsUnknownNames() throws TencentCloudSDKException {
    DescribeClusterVirtualNodeResponse response =
        SdkClients.describeNodes(emulator, "eklet-subnet-gz3used1-0", "eklet-nothere-0");

    assertEquals(1L, response.getTotalCount());
    assertEquals("eklet-subnet-gz3used1-0", response.getNodes()[0].getName());
  }

  @Test
  void nodePoolIdFilterKeepsPoolNodes() throws TencentCloudSDKException {
    emulator.state().setNodePoolLifeState(CLUSTER, "np-update01", "normal");
    emulator.state().addNode(CLUSTER, "np-update01", "subnet-gz3free1", "Running", START);
    DescribeClusterVirtualNodeRequest request = new DescribeClusterVirtualNodeRequest();
    request.setClusterId(CLUSTER);
    request.setNodePoolId("np-update01");

    DescribeClusterVirtualNodeResponse response =
        SdkClients.tke(emulator).DescribeClusterVirtualNode(request);

    assertEquals(1L, response.getTotalCount());
    assertEquals("eklet-subnet-gz3free1-0", response.getNodes()[0].getName());
  }

  @Test
  void setNodePhaseShowsInDescribe() throws TencentCloudSDKException {
    emulator.state().setNodePhase(CLUSTER, "eklet-subnet-gz6used1-0", "Running");

    VirtualNode node = SdkClients.describeNodes(emulator, "eklet-subnet-gz6used1-0").getNodes()[0];

    assertEquals("Running", node.getPhase());
  }

  @Test
  void emptyClusterListsNoNodes() throws TencentCloudSDKException {
    JsonObject response = SdkClients.call(emulator, DescribeVirtualNodesAction.NAME,
        "{\"ClusterId\":\"cls-novklet1\"}");

    assertEquals(0, response.getAsJsonArray("Nodes").size());
    assertEquals(0, response.get("TotalCount").getAsInt());
  }

  @Test
  void describeNodesOfMissingClusterIsInvalidParam() {
    assertDescribeNodesFails("InvalidParameter.Param", "cls-nothere1");
  }

  @Test
  void camDeniedNodesAreCamNoAuth() {
    assertDescribeNodesFails("UnauthorizedOperation.CamNoAuth", "cls-camdeny1");
  }

  @Test
  void describeNodesOfIdleClusterIsClusterState() {
    assertDescribeNodesFails("ResourceUnavailable.ClusterState", "cls-idling01");
  }

  @Test
  void missingClusterIdIsMissingParameter() {
    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.call(emulator, DescribeVirtualNodesAction.NAME, "{}"));

    assertEquals("MissingParameter", error.getErrorCode());
  }

  @Test
  void poolsListedWithLabelsAndTaints() throws TencentCloudSDKException {
    DescribeClusterVirtualNodePoolsResponse response = describePools(CLUSTER);

    assertEquals(2L, response.getTotalCount());
    VirtualNodePool pool = response.getNodePoolSet()[0];
    assertEquals("np-normal01", pool.getNodePoolId());
    assertEquals("super-nodes", pool.getName());
    assertEquals("normal", pool.getLifeState());
    assertEquals(7, pool.getSubnetIds().length);
    assertEquals("team", pool.getLabels()[0].getName());
    assertEquals("platform", pool.getLabels()[0].getValue());
    assertEquals("NoSchedule", pool.getTaints()[0].getEffect());
    assertEquals("updating", response.getNodePoolSet()[1].getLifeState());
  }

  @Test
  void poolWithoutLabelsHasEmptyArrays() throws TencentCloudSDKException {
    JsonObject response = SdkClients.call(emulator, DescribeVirtualNodePoolsAction.NAME,
        "{\"ClusterId\":\"cls-main0001\"}");

    JsonObject pool = response.getAsJsonArray("NodePoolSet").get(1).getAsJsonObject();
    assertEquals(new JsonArray(), pool.getAsJsonArray("Labels"));
    assertEquals(new JsonArray(), pool.getAsJsonArray("Taints"));
  }

  @Test
  void poolLifeStateChangeShowsInDescribe() throws TencentCloudSDKException {
    emulator.state().setNodePoolLifeState(CLUSTER, "np-update01", "normal");

    assertEquals("normal", describePools(CLUSTER).getNodePoolSet()[1].getLifeState());
  }

  @Test
  void poolsOfMissingClusterIsClusterNotFound() {
    assertDescribePoolsFails("ResourceNotFound.ClusterNotFound", "cls-nothere1");
  }

  @Test
  void camDeniedPoolsAreCamNoAuth() {
    assertDescribePoolsFails("UnauthorizedOperation.CamNoAuth", "cls-camdeny1");
  }

  @Test
  void poolsOfIdleClusterIsClusterState() {
    assertDescribePoolsFails("ResourceUnavailable.ClusterState", "cls-idling01");
  }

  private DescribeClusterVirtualNodePoolsResponse describePools(String clusterId)
      throws TencentCloudSDKException {
    DescribeClusterVirtualNodePoolsRequest request = new DescribeClusterVirtualNodePoolsRequest();
    request.setClusterId(clusterId);
    return SdkClients.tke(emulator).DescribeClusterVirtualNodePools(request);
  }

  private void assertDescribeNodesFails(String expectedCode, String clusterId) {
    DescribeClusterVirtualNodeRequest request = new DescribeClusterVirtualNodeRequest();
    request.setClusterId(clusterId);
    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.tke(emulator).DescribeClusterVirtualNode(request));
    assertEquals(expectedCode, error.getErrorCode());
  }

  private void assertDescribePoolsFails(String expectedCode, String clusterId) {
    TencentCloudSDKException error =
        assertThrows(TencentCloudSDKException.class, () -> describePools(clusterId));
    assertEquals(expectedCode, error.getErrorCode());
  }
}
