package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.tke.v20180525.models.CreateClusterVirtualNodeResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestRecordingTest {
  private static final Instant START = Instant.now();

  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld(), 0, new ManualClock(START));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void successIsRecordedWithHeadersAndBody() throws TencentCloudSDKException {
    CreateClusterVirtualNodeResponse response = SdkClients.tke(emulator)
        .CreateClusterVirtualNode(SdkClients.createRequest("subnet-gz3free1"));

    RecordedRequest recorded = emulator.requests().get(0);
    assertEquals("POST", recorded.method());
    assertEquals(CreateVirtualNodeAction.NAME, recorded.action());
    assertEquals("2018-05-25", recorded.version());
    assertEquals("ap-guangzhou", recorded.region());
    assertTrue(recorded.timestamp().matches("\\d{10}"), recorded.timestamp());
    assertEquals("subnet-gz3free1", recorded.body().get("SubnetId").getAsString());
    assertTrue(recorded.rawBody().contains("\"NodePoolId\":\"np-normal01\""), recorded.rawBody());
    assertEquals(200, recorded.httpStatus());
    assertNull(recorded.errorCode());
    assertEquals(response.getRequestId(), recorded.requestId());
    assertEquals(START, recorded.receivedAt());
  }

  @Test
  void failureIsRecordedWithCodeAndRequestId() {
    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.createNode(emulator, "subnet-othervp1"));

    RecordedRequest recorded = emulator.requests().get(0);
    assertEquals("InvalidParameter.SubnetInvalidError", recorded.errorCode());
    assertEquals(error.getRequestId(), recorded.requestId());
  }

  @Test
  void rejectedSignatureIsRecorded() {
    Credential wrong = new Credential(emulator.secretId(), "wrong-key");

    assertThrows(TencentCloudSDKException.class, () -> SdkClients.tke(emulator, wrong)
        .CreateClusterVirtualNode(SdkClients.createRequest("subnet-gz3free1")));

    assertEquals("AuthFailure.SignatureFailure", emulator.requests().get(0).errorCode());
  }

  @Test
  void requestsKeepArrivalOrder() throws TencentCloudSDKException {
    SdkClients.describeNodes(emulator);
    SdkClients.createNode(emulator, "subnet-gz3free1");
    SdkClients.describeNodes(emulator);

    List<String> actions = new ArrayList<>();
    emulator.requests().forEach(r -> actions.add(r.action()));

    assertEquals(List.of(DescribeVirtualNodesAction.NAME, CreateVirtualNodeAction.NAME,
        DescribeVirtualNodesAction.NAME), actions);
  }

  @Test
  void requestsFilterByAction() throws TencentCloudSDKException {
    SdkClients.describeNodes(emulator);
    SdkClients.createNode(emulator, "subnet-gz3free1");

    List<RecordedRequest> creates = emulator.requests(CreateVirtualNodeAction.NAME);

    assertEquals(1, creates.size());
    assertEquals(CreateVirtualNodeAction.NAME, creates.get(0).action());
  }

  @Test
  void clearRequestsEmptiesRecord() throws TencentCloudSDKException {
    SdkClients.describeNodes(emulator);

    emulator.clearRequests();

    assertEquals(List.of(), emulator.requests());
  }

  @Test
  void tokenIsRecordedOnlyAsPresence() throws TencentCloudSDKException {
    emulator.close();
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld().withToken("secret-session-token"));

    SdkClients.describeNodes(emulator);

    RecordedRequest recorded = emulator.requests().get(0);
    assertTrue(recorded.tokenPresent());
    assertFalse(recorded.toString().contains("secret-session-token"), recorded.toString());
  }

  @Test
  void bodyCopiesAreIndependent() throws TencentCloudSDKException {
    SdkClients.describeNodes(emulator);
    RecordedRequest recorded = emulator.requests().get(0);

    JsonObject copy = recorded.body();
    copy.addProperty("ClusterId", "changed");

    assertEquals(SdkClients.CLUSTER, recorded.body().get("ClusterId").getAsString());
  }

  @Test
  void listenerSeesEachRecord() throws TencentCloudSDKException {
    List<RecordedRequest> seen = new ArrayList<>();
    emulator.setRequestListener(seen::add);

    SdkClients.describeNodes(emulator);
    SdkClients.describeNodes(emulator);

    assertEquals(emulator.requests(), seen);
  }

  @Test
  void failingListenerDoesNotBreakCalls() throws TencentCloudSDKException {
    emulator.setRequestListener(r -> {
      throw new IllegalStateException("listener failure for the test");
    });

    assertEquals(4L, SdkClients.describeNodes(emulator).getTotalCount());
  }
}
