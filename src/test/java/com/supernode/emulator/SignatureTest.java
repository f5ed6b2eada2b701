package com.supernode.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.tke.v20180525.models.DescribeClusterVirtualNodePoolsRequest;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignatureTest {
  private static final String TOKEN = "session-token-for-tests";

  private TkeEmulator emulator;

  @AfterEach
  void stopEmulator() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void rawRequestSignedForTkeIsAccepted() throws Exception {
    start(EmulatorWorld.defaultWorld());

    assertNull(new RawRequest(emulator).sendForErrorCode());
  }

  @Test
  void serviceFromHostLabelIsAccepted() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.service = "127";

    assertNull(request.sendForErrorCode());
  }

  @Test
  void hostSignedWithoutPortIsAccepted() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.signedHost = "127.0.0.1";

    assertNull(request.sendForErrorCode());
  }

  @Test
  void otherSignedHostIsSignatureFailure() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.signedHost = "tke.tencentcloudapi.com";

    assertEquals("AuthFailure.SignatureFailure", request.sendForErrorCode());
  }

  @Test
  void otherServiceIsInvalidAuthorization() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.service = "cvm";

    assertEquals("AuthFailure.InvalidAuthorization", request.sendForErrorCode());
  }

  @Test
  void wrongSecretKeyIsSignatureFailure() {
    start(EmulatorWorld.defaultWorld());
    Credential wrong = new Credential(emulator.secretId(), "not-the-secret-key");

    assertEquals("AuthFailure.SignatureFailure", describePoolsFails(wrong).getErrorCode());
  }

  @Test
  void unknownSecretIdIsSecretIdNotFound() {
    start(EmulatorWorld.defaultWorld());
    Credential unknown = new Credential("unknown-secret-id", emulator.secretKey());

    assertEquals("AuthFailure.SecretIdNotFound", describePoolsFails(unknown).getErrorCode());
  }

  @Test
  void tamperedBodyIsSignatureFailure() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.bodySentInstead = "{\"ClusterId\":\"cls-camdeny1\"}";

    assertEquals("AuthFailure.SignatureFailure", request.sendForErrorCode());
  }

  @Test
  void scopeDateOfOtherDayIsSignatureFailure() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest signedYesterday = new RawRequest(emulator);
    signedYesterday.timestamp -= 86_400;
    RawRequest request = new RawRequest(emulator);
    request.authorization = signedYesterday.sign();

    assertEquals("AuthFailure.SignatureFailure", request.sendForErrorCode());
  }

  @Test
  void timestampPastSkewLimitIsSignatureExpire() throws Exception {
    Instant now = Instant.now();
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld(), 0, new ManualClock(now));
    RawRequest request = new RawRequest(emulator);
    request.timestamp = now.getEpochSecond() - 301;

    assertEquals("AuthFailure.SignatureExpire", request.sendForErrorCode());
  }

  @Test
  void timestampWithinSkewLimitIsAccepted() throws Exception {
    Instant now = Instant.now();
    emulator = TkeEmulator.start(EmulatorWorld.defaultWorld(), 0, new ManualClock(now));
    RawRequest request = new RawRequest(emulator);
    request.timestamp = now.getEpochSecond() + 300;

    assertNull(request.sendForErrorCode());
  }

  @Test
  void zeroSkewLimitAcceptsOldTimestamp() throws Exception {
    start(EmulatorWorld.defaultWorld().withMaxClockSkewSeconds(0));
    RawRequest request = new RawRequest(emulator);
    request.timestamp -= 3_600;

    assertNull(request.sendForErrorCode());
  }

  @Test
  void missingAuthorizationIsInvalidAuthorization() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.authorization = "";

    assertEquals("AuthFailure.InvalidAuthorization", request.sendForErrorCode());
  }

  @Test
  void otherSchemeIsInvalidAuthorization() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.authorization = "Bearer abc";

    assertEquals("AuthFailure.InvalidAuthorization", request.sendForErrorCode());
  }

  @Test
  void authorizationWithoutHostHeaderIsInvalidAuthorization() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.authorization = request.sign().replace("content-type;host", "content-type");

    assertEquals("AuthFailure.InvalidAuthorization", request.sendForErrorCode());
  }

  @Test
  void missingTimestampIsMissingParameter() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.omitTimestamp = true;

    assertEquals("MissingParameter", request.sendForErrorCode());
  }

  @Test
  void missingActionIsMissingParameter() throws Exception {
    start(EmulatorWorld.defaultWorld());
    RawRequest request = new RawRequest(emulator);
    request.action = null;

    assertEquals("MissingParameter", request.sendForErrorCode());
  }

  @Test
  void requiredTokenMissingIsTokenFailure() {
    start(EmulatorWorld.defaultWorld().withToken(TOKEN));
    Credential withoutToken = new Credential(emulator.secretId(), emulator.secretKey());

    TencentCloudSDKException error = describePoolsFails(withoutToken);

    assertEquals("AuthFailure.TokenFailure", error.getErrorCode());
  }

  @Test
  void wrongTokenIsTokenFailureWithoutEchoingIt() {
    start(EmulatorWorld.defaultWorld().withToken(TOKEN));
    Credential wrongToken =
        new Credential(emulator.secretId(), emulator.secretKey(), "stolen-token-value");

    TencentCloudSDKException error = describePoolsFails(wrongToken);

    assertEquals("AuthFailure.TokenFailure", error.getErrorCode());
    assertFalse(error.getMessage().contains("stolen-token-value"), error.getMessage());
    assertFalse(error.getMessage().contains(TOKEN), error.getMessage());
  }

  @Test
  void matchingTokenIsAccepted() throws TencentCloudSDKException {
    start(EmulatorWorld.defaultWorld().withToken(TOKEN));

    describePools(emulator.credential());

    assertTrue(emulator.requests().get(0).tokenPresent());
  }

  @Test
  void unexpectedTokenIsTokenFailure() {
    start(EmulatorWorld.defaultWorld());
    Credential withToken = new Credential(emulator.secretId(), emulator.secretKey(), TOKEN);

    assertEquals("AuthFailure.TokenFailure", describePoolsFails(withToken).getErrorCode());
  }

  @Test
  void rejectionMessagesNeverContainSecretKey() {
    start(EmulatorWorld.defaultWorld());
    Credential wrong = new Credential(emulator.secretId(), "not-the-secret-key");

    String message = describePoolsFails(wrong).getMessage();

    assertFalse(message.contains(emulator.secretKey()), message);
    assertFalse(message.contains("not-the-secret-key"), message);
  }

  private void start(EmulatorWorld world) {
    emulator = TkeEmulator.start(world);
  }

  private void describePools(Credential credential) throws TencentCloudSDKException {
    DescribeClusterVirtualNodePoolsRequest request = new DescribeClusterVirtualNodePoolsRequest();
    request.setClusterId(SdkClients.CLUSTER);
    SdkClients.tke(emulator, credential).DescribeClusterVirtualNodePools(request);
  }

  private TencentCloudSDKException describePoolsFails(Credential credential) {
    return assertThrows(TencentCloudSDKException.class, () -> describePools(credential));
  }
}
