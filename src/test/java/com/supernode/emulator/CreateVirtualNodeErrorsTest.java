package com.supernode.emulator;

import static com.supernode.emulator.SdkClients.CLUSTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateVirtualNodeErrorsTest {
  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld());
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void missingClusterIsInvalidParam() {
    TencentCloudSDKException error =
        createFails("cls-nothere1", "np-normal01", "\"SubnetId\":\"subnet-gz3free1\"");

    assertEquals("InvalidParameter.Param", error.getErrorCode());
    assertTrue(error.getMessage().contains("cls-nothere1"), error.getMessage());
  }

  @Test
  void camDeniedClusterIsCamNoAuth() {
    assertCreateFails("UnauthorizedOperation.CamNoAuth",
        "cls-camdeny1", "np-camdeny1", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void camDenialIsCheckedBeforeClusterState() {
    emulator.state().setClusterStatus("cls-camdeny1", "Idling");

    assertCreateFails("UnauthorizedOperation.CamNoAuth",
        "cls-camdeny1", "np-camdeny1", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void clusterNotRunningIsClusterState() {
    assertCreateFails("ResourceUnavailable.ClusterState",
        "cls-idling01", "np-idling01", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void accountOutsideWhitelistIsNotInWhitelist() {
    emulator.state().setWhitelisted(false);

    assertCreateFails("UnsupportedOperation.NotInWhitelist",
        CLUSTER, "np-normal01", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void whitelistIsCheckedBeforePool() {
    emulator.state().setWhitelisted(false);

    assertCreateFails("UnsupportedOperation.NotInWhitelist",
        CLUSTER, "np-update01", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void clusterWithoutVirtualKubeletIsRejected() {
    assertCreateFails("UnsupportedOperation.NotSupportInstallVirtualKubelet",
        "cls-novklet1", "np-novklet1", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void missingPoolIsInvalidParam() {
    TencentCloudSDKException error =
        createFails(CLUSTER, "np-nothere1", "\"SubnetId\":\"subnet-gz3free1\"");

    assertEquals("InvalidParameter.Param", error.getErrorCode());
    assertTrue(error.getMessage().contains("np-nothere1"), error.getMessage());
  }

  @Test
  void updatingPoolIsNodePoolStateNotNormal() {
    assertCreateFails("ResourceUnavailable.NodePoolStateNotNormal",
        CLUSTER, "np-update01", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void creatingPoolIsNodePoolStateNotNormal() {
    emulator.state().setNodePoolLifeState(CLUSTER, "np-normal01", "creating");

    assertCreateFails("ResourceUnavailable.NodePoolStateNotNormal",
        CLUSTER, "np-normal01", "\"SubnetId\":\"subnet-gz3free1\"");
  }

  @Test
  void noSubnetFormIsInvalidParam() {
    assertCreateFails("InvalidParameter.Param", CLUSTER, "np-normal01", null);
  }

  @Test
  void twoSubnetFormsAreInvalidParam() {
    assertCreateFails("InvalidParameter.Param", CLUSTER, "np-normal01",
        "\"SubnetId\":\"subnet-gz3free1\",\"SubnetIds\":[\"subnet-gz4free1\"]");
  }

  @Test
  void emptySubnetIdsAreInvalidParam() {
    assertCreateFails("InvalidParameter.Param", CLUSTER, "np-normal01", "\"SubnetIds\":[]");
  }

  @Test
  void repeatedSubnetIsInvalidParam() {
    assertCreateFails("InvalidParameter.Param", CLUSTER, "np-normal01",
        "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-gz3free1\"]");
  }

  @Test
  void subnetInOtherVpcIsSubnetInvalid() {
    TencentCloudSDKException error =
        createFails(CLUSTER, "np-normal01", "\"SubnetId\":\"subnet-othervp1\"");

    assertEquals("InvalidParameter.SubnetInvalidError", error.getErrorCode());
    assertTrue(error.getMessage().contains("vpc-other001"), error.getMessage());
  }

  @Test
  void unknownSubnetIsSubnetInvalid() {
    assertCreateFails("InvalidParameter.SubnetInvalidError",
        CLUSTER, "np-normal01", "\"SubnetId\":\"subnet-nothere1\"");
  }

  @Test
  void subnetWithPoolNodeIsSubnetAlreadyExist() {
    TencentCloudSDKException error =
        createFails(CLUSTER, "np-normal01", "\"SubnetId\":\"subnet-gz3used1\"");

    assertEquals("ResourceInUse.SubnetAlreadyExist", error.getErrorCode());
    assertTrue(error.getMessage().contains("eklet-subnet-gz3used1-0"), error.getMessage());
  }

  @Test
  void oneBadSubnetCreatesNoNode() {
    assertCreateFails("InvalidParameter.SubnetInvalidError", CLUSTER, "np-normal01",
        "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-othervp1\"]");

    assertFalse(emulator.state().node(CLUSTER, "eklet-subnet-gz3free1-0").isPresent());
  }

  @Test
  void usedSecondSubnetCreatesNoNode() {
    assertCreateFails("ResourceInUse.SubnetAlreadyExist", CLUSTER, "np-normal01",
        "\"VirtualNodes\":[{\"DisplayName\":\"a\",\"SubnetId\":\"subnet-gz3free1\"},"
            + "{\"DisplayName\":\"b\",\"SubnetId\":\"subnet-gz3used1\"}]");

    assertFalse(emulator.state().node(CLUSTER, "eklet-subnet-gz3free1-0").isPresent());
  }

  @Test
  void nameInsteadOfDisplayNameIsUnknownParameter() {
    TencentCloudSDKException error = createFails(CLUSTER, "np-normal01",
        "\"VirtualNodes\":[{\"Name\":\"a\",\"DisplayName\":\"a\","
            + "\"SubnetId\":\"subnet-gz3free1\"}]");

    assertEquals("UnknownParameter", error.getErrorCode());
    assertTrue(error.getMessage().contains("VirtualNodes.0.Name"), error.getMessage());
  }

  @Test
  void missingNodePoolIdIsMissingParameter() {
    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.call(emulator, CreateVirtualNodeAction.NAME,
            "{\"ClusterId\":\"cls-main0001\",\"SubnetId\":\"subnet-gz3free1\"}"));

    assertEquals("MissingParameter", error.getErrorCode());
    assertTrue(error.getMessage().contains("NodePoolId"), error.getMessage());
  }

  @Test
  void missingDisplayNameIsMissingParameter() {
    TencentCloudSDKException error = createFails(CLUSTER, "np-normal01",
        "\"VirtualNodes\":[{\"SubnetId\":\"subnet-gz3free1\"}]");

    assertEquals("MissingParameter", error.getErrorCode());
    assertTrue(error.getMessage().contains("VirtualNodes.0.DisplayName"), error.getMessage());
  }

  @Test
  void subnetIdsAsStringIsInvalidParameter() {
    assertCreateFails("InvalidParameter", CLUSTER, "np-normal01",
        "\"SubnetIds\":\"subnet-gz3free1\"");
  }

  @Test
  void bodyThatIsNotJsonIsInvalidParameter() throws Exception {
    RawRequest request = new RawRequest(emulator);
    request.action = CreateVirtualNodeAction.NAME;
    request.body = "{\"ClusterId\": ";

    assertEquals("InvalidParameter", request.sendForErrorCode());
  }

  @Test
  void unservedActionIsInvalidAction() {
    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.call(emulator, "DeleteClusterVirtualNode", "{}"));

    assertEquals("InvalidAction", error.getErrorCode());
  }

  @Test
  void otherApiVersionIsNoSuchVersion() {
    CommonClient client = new CommonClient("tke", "2022-05-01", emulator.credential(),
        emulator.region(), emulator.clientProfile());

    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> client.call(DescribeVirtualNodePoolsAction.NAME, "{\"ClusterId\":\"cls-main0001\"}"));

    assertEquals("NoSuchVersion", error.getErrorCode());
  }

  @Test
  void otherRegionIsUnsupportedRegion() {
    CommonClient client = new CommonClient("tke", RequestProcessor.API_VERSION,
        emulator.credential(), "ap-shanghai", emulator.clientProfile());

    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> client.call(DescribeVirtualNodePoolsAction.NAME, "{\"ClusterId\":\"cls-main0001\"}"));

    assertEquals("UnsupportedRegion", error.getErrorCode());
  }

  @Test
  void errorCarriesRequestId() {
    TencentCloudSDKException error =
        createFails(CLUSTER, "np-update01", "\"SubnetId\":\"subnet-gz3free1\"");

    assertFalse(error.getRequestId().isEmpty());
    assertEquals(error.getRequestId(), emulator.requests().get(0).requestId());
  }

  private void assertCreateFails(
      String expectedCode, String clusterId, String nodePoolId, String subnetJson) {
    assertEquals(expectedCode, createFails(clusterId, nodePoolId, subnetJson).getErrorCode());
  }

  private TencentCloudSDKException createFails(
      String clusterId, String nodePoolId, String subnetJson) {
    String body = "{\"ClusterId\":\"" + clusterId + "\",\"NodePoolId\":\"" + nodePoolId + "\""
        + (subnetJson == null ? "" : "," + subnetJson) + "}";
    return assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.call(emulator, CreateVirtualNodeAction.NAME, body));
  }
}
