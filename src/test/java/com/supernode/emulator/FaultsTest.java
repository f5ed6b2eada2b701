package com.supernode.emulator;

import static com.supernode.emulator.SdkClients.CLUSTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.tke.v20180525.TkeClient;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final String CREATE = CreateVirtualNodeAction.NAME;
  private static final String FREE_SUBNET = "subnet-gz3free1";
  private static final String NEW_NODE = "eklet-subnet-gz3free1-0";

  private TkeEmulator emulator;

  @BeforeEach
  void startEmulator() {
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld().withRateLimitPerSecond(0));
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }

  @Test
  void throttleEveryNthHitsEveryNthCall() {
    emulator.setFaults(Faults.of(Fault.throttle().everyNth(3)));

    List<String> codes = describePoolsCodes(6);

    assertEquals(List.of("", "", "RequestLimitExceeded", "", "", "RequestLimitExceeded"), codes);
  }

  @Test
  void throttleShareRepeatsWithSameSeed() {
    Faults faults = Faults.of(Fault.throttle().withShare(0.5)).withSeed(42);
    emulator.setFaults(faults);
    List<String> first = describePoolsCodes(20);

    emulator.setFaults(faults);
    List<String> second = describePoolsCodes(20);

    assertEquals(first, second);
    assertTrue(first.contains("RequestLimitExceeded"), first.toString());
    assertTrue(first.contains(""), first.toString());
  }

  @Test
  void faultOnlyForActionSparesOthers() throws TencentCloudSDKException {
    emulator.setFaults(Faults.of(Fault.throttle().onlyFor(CREATE)));

    SdkClients.describeNodes(emulator);
    TencentCloudSDKException error = createFails();

    assertEquals("RequestLimitExceeded", error.getErrorCode());
  }

  @Test
  void atMostTimesStopsFiring() {
    emulator.setFaults(Faults.of(Fault.throttle().atMostTimes(2)));

    List<String> codes = describePoolsCodes(3);

    assertEquals(List.of("RequestLimitExceeded", "RequestLimitExceeded", ""), codes);
  }

  @Test
  void internalErrorAnswersEnvelopeWithoutCreating() {
    emulator.setFaults(Faults.of(Fault.internalError().onlyFor(CREATE)));

    TencentCloudSDKException error = createFails();

    assertEquals("InternalError", error.getErrorCode());
    assertFalse(error.getRequestId().isEmpty());
    assertFalse(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
  }

  @Test
  void internalErrorTakesOtherCode() {
    emulator.setFaults(
        Faults.of(Fault.internalError().withErrorCode("InternalError.UnexpectedInternal")));

    assertEquals("InternalError.UnexpectedInternal", createFails().getErrorCode());
  }

  @Test
  void httpErrorIsServerSideErrorInSdk() {
    emulator.setFaults(Faults.of(Fault.httpError(502)));

    TencentCloudSDKException error = createFails();

    assertEquals("ServerSideError", error.getErrorCode());
    assertTrue(error.getMessage().contains("502"), error.getMessage());
    assertEquals(502, emulator.requests().get(0).httpStatus());
  }

  @Test
  void httpErrorDoesNotCreate() {
    emulator.setFaults(Faults.of(Fault.httpError(500)));

    createFails();

    assertFalse(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
  }

  @Test
  void tokenFailureFaultAnswersTokenFailure() {
    emulator.setFaults(Faults.of(Fault.tokenFailure()));

    assertEquals("AuthFailure.TokenFailure", createFails().getErrorCode());
  }

  @Test
  void latencyIsRecordedAndCallSucceeds() throws TencentCloudSDKException {
    emulator.setFaults(Faults.of(Fault.latency(20)));

    String name = SdkClients.createNode(emulator, FREE_SUBNET);

    assertEquals(NEW_NODE, name);
    assertEquals(List.of("latency"), emulator.requests().get(0).faults());
  }

  @Test
  void latencyCombinesWithAnswerFault() {
    emulator.setFaults(Faults.of(Fault.latency(5), Fault.throttle()));

    createFails();

    assertEquals(List.of("latency", "throttle"), emulator.requests().get(0).faults());
  }

  @Test
  void slowAnswerOutlastsReadTimeoutAfterCreating() {
    emulator.setFaults(Faults.of(Fault.slowAnswer(1_500).onlyFor(CREATE)));
    ClientProfile profile = emulator.clientProfile();
    profile.getHttpProfile().setReadTimeout(1);
    TkeClient client = new TkeClient(emulator.credential(), emulator.region(), profile);

    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> client.CreateClusterVirtualNode(SdkClients.createRequest(FREE_SUBNET)));

    assertInstanceOf(SocketTimeoutException.class, error.getCause());
    assertTrue(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
  }

  @Test
  void droppedConnectionIsIoErrorAfterCreating() {
    emulator.setFaults(Faults.of(Fault.dropConnection().onlyFor(CREATE)));

    TencentCloudSDKException error = createFails();

    assertInstanceOf(IOException.class, error.getCause());
    assertNull(error.getErrorCode());
    assertTrue(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
    assertEquals(0, emulator.requests(CREATE).get(0).httpStatus());
  }

  /**
   * OkHttp 3.12 in the SDK resends a POST whose reused keep-alive connection fails before the
   * response arrives, so one SDK call can create a node and then report that the subnet is taken.
   */
  @Test
  void droppedCreateOnReusedConnectionIsResent() throws TencentCloudSDKException {
    SdkClients.describeNodes(emulator);
    emulator.setFaults(Faults.of(Fault.dropConnection().onlyFor(CREATE).atMostTimes(1)));

    TencentCloudSDKException error = createFails();

    assertEquals("ResourceInUse.SubnetAlreadyExist", error.getErrorCode());
    assertEquals(2, emulator.requests(CREATE).size());
    assertTrue(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
  }

  @Test
  void malformedJsonFailsParsingAfterCreating() {
    emulator.setFaults(Faults.of(Fault.malformedJson().onlyFor(CREATE)));

    TencentCloudSDKException error = createFails();

    assertNull(error.getErrorCode());
    assertTrue(emulator.state().node(CLUSTER, NEW_NODE).isPresent());
    assertEquals(List.of("malformedJson"), emulator.requests().get(0).faults());
  }

  @Test
  void worldFaultsApplyFromStart() {
    emulator.close();
    emulator = TkeEmulator.start(EmulatorWorld.fromJson(TestWorlds.withTopLevel(
        "\"faults\": {\"rules\": [{\"kind\": \"internalError\", \"action\": \"" + CREATE
            + "\"}]}")));

    TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.createNode(emulator, "subnet-aaaa0001"));

    assertEquals(Faults.of(Fault.internalError().onlyFor(CREATE)), emulator.faults());
    assertEquals("InternalError", error.getErrorCode());
  }

  @Test
  void setFaultsNoneClearsFaults() throws TencentCloudSDKException {
    emulator.setFaults(Faults.of(Fault.throttle()));
    emulator.setFaults(Faults.none());

    assertEquals(NEW_NODE, SdkClients.createNode(emulator, FREE_SUBNET));
  }

  @Test
  void shareOutsideRangeIsRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Fault.throttle().withShare(1.5));

    assertEquals("share must be between 0 and 1, found 1.5", error.getMessage());
  }

  private TencentCloudSDKException createFails() {
    return assertThrows(TencentCloudSDKException.class,
        () -> SdkClients.createNode(emulator, FREE_SUBNET));
  }

  /** Returns each call's error code, with "" for a success. */
  private List<String> describePoolsCodes(int calls) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      try {
        SdkClients.call(emulator, DescribeVirtualNodePoolsAction.NAME,
            "{\"ClusterId\":\"cls-main0001\"}");
        codes.add("");
      } catch (TencentCloudSDKException e) {
        codes.add(e.getErrorCode());
      }
    }
    return codes;
  }
}
