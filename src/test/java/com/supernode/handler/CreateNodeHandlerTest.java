package com.supernode.handler;

import static com.supernode.testing.FunctionFixture.body;
import static com.supernode.testing.FunctionFixture.context;
import static com.supernode.testing.FunctionFixture.event;
import static com.supernode.testing.FunctionFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.emulator.Fault;
import com.supernode.emulator.Faults;
import com.supernode.emulator.ManualClock;
import com.supernode.emulator.RecordedRequest;
import com.supernode.testing.FunctionFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CreateNodeHandlerTest {
  private static final String CREATE = "CreateClusterVirtualNode";
  private final FunctionFixture fixture = FunctionFixture.defaultWorld();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  private static String request(String cluster, String pool, String subnet) {
    return "{\"ClusterId\":\"" + cluster + "\",\"NodePoolId\":\"" + pool + "\",\"SubnetId\":\""
        + subnet + "\"}";
  }

  private static Map<String, Object> apiGateway(String body) {
    return event("{\"requestContext\":{\"httpMethod\":\"POST\",\"path\":\"/virtual-nodes\","
        + "\"stage\":\"release\"},\"headers\":{\"content-type\":\"application/json\"},"
        + "\"httpMethod\":\"POST\",\"path\":\"/virtual-nodes\",\"isBase64Encoded\":false,"
        + "\"body\":" + new Gson().toJson(body) + "}");
  }

  private Map<String, Object> invoke(Map<String, Object> event) {
    return new CreateNodeHandler(fixture.environment()).handle(event, context(30_000));
  }

  /** Sends {@code request} through API Gateway and returns the error object of the response. */
  private JsonObject errorFor(String request, int expectedStatus) {
    Map<String, Object> answer = invoke(apiGateway(request));
    assertEquals(expectedStatus, answer.get("statusCode"), () -> String.valueOf(answer));
    return body(answer).getAsJsonObject("Response").getAsJsonObject("Error");
  }

  @Test
  void apiGatewayCreateReturnsNodeName() {
    ManualClock clock = new ManualClock(Instant.now());
    fixture.emulator().setClock(clock);

    Map<String, Object> answer =
        invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3free1")));

    assertEquals(200, answer.get("statusCode"));
    assertEquals(false, answer.get("isBase64Encoded"));
    assertEquals(Map.of("Content-Type", "application/json; charset=utf-8"),
        answer.get("headers"));
    JsonObject response = body(answer).getAsJsonObject("Response");
    assertEquals("eklet-subnet-gz3free1-0", response.get("NodeName").getAsString());
    List<RecordedRequest> received = fixture.emulator().requests(CREATE);
    assertEquals(1, received.size());
    assertEquals(received.get(0).requestId(), response.get("RequestId").getAsString());
    assertEquals(JsonParser.parseString(request("cls-main0001", "np-normal01",
        "subnet-gz3free1")), received.get(0).body());
    assertEquals("ap-guangzhou", received.get(0).region());
  }

  @Test
  void createdNodeBecomesRunning() {
    ManualClock clock = new ManualClock(Instant.now());
    fixture.emulator().setClock(clock);
    invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz4free1")));

    String phaseAtOnce = fixture.emulator().state()
        .node("cls-main0001", "eklet-subnet-gz4free1-0").orElseThrow().phase();
    clock.advance(fixture.emulator().state().nodeReadyDelay().plus(Duration.ofMillis(1)));
    String phaseLater = fixture.emulator().state()
        .node("cls-main0001", "eklet-subnet-gz4free1-0").orElseThrow().phase();

    assertEquals("Pending", phaseAtOnce);
    assertEquals("Running", phaseLater);
  }

  @Test
  void timerAndDirectAnswerLikeApiGateway() {
    String timer = "{\"Type\":\"Timer\",\"TriggerName\":\"prewarm\",\"Time\":"
        + "\"2026-12-04T01:00:00Z\",\"Message\":"
        + new Gson().toJson(request("cls-main0001", "np-normal01", "subnet-gz4free1")) + "}";

    JsonObject fromTimer = json(invoke(event(timer)));
    JsonObject direct = json(invoke(event(
        request("cls-main0001", "np-normal01", "subnet-gz6free1"))));

    assertEquals("eklet-subnet-gz4free1-0",
        fromTimer.getAsJsonObject("Response").get("NodeName").getAsString());
    assertEquals("eklet-subnet-gz6free1-0",
        direct.getAsJsonObject("Response").get("NodeName").getAsString());
    assertEquals(2, fixture.emulator().requests(CREATE).size());
  }

  @Test
  void virtualNodesFormReachesTkeUnchanged() {
    String request = "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
        + "\"VirtualNodes\":[{\"SubnetId\":\"subnet-gz6free1\",\"DisplayName\":\"az6\","
        + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"platform\"}]}]}";

    JsonObject answer = json(invoke(event(request)));

    assertEquals("eklet-subnet-gz6free1-0",
        answer.getAsJsonObject("Response").get("NodeName").getAsString());
    assertEquals(JsonParser.parseString(request),
        fixture.emulator().requests(CREATE).get(0).body());
  }

  @Test
  void subnetAlreadyUsedIsConflict() {
    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3used1"), 409);

    assertEquals("ResourceInUse.SubnetAlreadyExist", error.get("Code").getAsString());
    assertTrue(error.get("Advice").getAsString().contains("already has a virtual node"));
  }

  @Test
  void documentedErrorsReachCallerWithAdvice() {
    Object[][] cases = {
        {request("cls-main0001", "np-novklet1", "subnet-gz3free1"), 400,
            "InvalidParameter.Param"},
        {request("cls-main0001", "np-normal01", "subnet-othervp1"), 400,
            "InvalidParameter.SubnetInvalidError"},
        {request("cls-main0001", "np-update01", "subnet-gz3free1"), 503,
            "ResourceUnavailable.NodePoolStateNotNormal"},
        {request("cls-novklet1", "np-novklet1", "subnet-gz3free1"), 422,
            "UnsupportedOperation.NotSupportInstallVirtualKubelet"},
        {request("cls-camdeny1", "np-camdeny1", "subnet-gz3free1"), 403,
            "UnauthorizedOperation.CamNoAuth"},
        {request("cls-idling01", "np-idling01", "subnet-gz3free1"), 503,
            "ResourceUnavailable.ClusterState"},
    };
    for (Object[] testCase : cases) {
      JsonObject error = errorFor((String) testCase[0], (Integer) testCase[1]);
      assertEquals(testCase[2], error.get("Code").getAsString());
      assertFalse(error.get("Advice").getAsString().isEmpty(), (String) testCase[2]);
      assertFalse(error.get("Message").getAsString().isEmpty(), (String) testCase[2]);
    }
    assertEquals(cases.length, fixture.emulator().requests(CREATE).size());
  }

  @Test
  void notWhitelistedAccountIsForbidden() {
    fixture.emulator().state().setWhitelisted(false);

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 403);

    assertEquals("UnsupportedOperation.NotInWhitelist", error.get("Code").getAsString());
    assertTrue(error.get("Advice").getAsString().contains("retrying will not help"));
  }

  @Test
  void tkeErrorCarriesTkeRequestId() {
    Map<String, Object> answer =
        invoke(apiGateway(request("cls-main0001", "np-update01", "subnet-gz3free1")));

    String requestId = body(answer).getAsJsonObject("Response").get("RequestId").getAsString();
    assertEquals(fixture.emulator().requests(CREATE).get(0).requestId(), requestId);
    assertEquals(Map.of("Content-Type", "application/json; charset=utf-8", "Retry-After", "60"),
        answer.get("headers"));
  }

  @Test
  void throttlingIsTooManyRequests() {
    fixture.emulator().setFaults(Faults.of(Fault.throttle()));

    Map<String, Object> answer =
        invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3free1")));

    assertEquals(429, answer.get("statusCode"));
    assertEquals("1", ((Map<?, ?>) answer.get("headers")).get("Retry-After"));
    assertEquals("RequestLimitExceeded", body(answer).getAsJsonObject("Response")
        .getAsJsonObject("Error").get("Code").getAsString());
  }

  @Test
  void rejectedSignatureBlamesRoleWithoutLeakingKey() {
    fixture.set("TENCENTCLOUD_SECRETKEY", "wrong-key-canary-7f3a");

    Map<String, Object> answer =
        invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3free1")));

    assertEquals(502, answer.get("statusCode"));
    JsonObject error = body(answer).getAsJsonObject("Response").getAsJsonObject("Error");
    assertEquals("AuthFailure.SignatureFailure", error.get("Code").getAsString());
    assertTrue(error.get("Advice").getAsString().contains("execution role"));
    assertFalse(answer.toString().contains("wrong-key-canary-7f3a"));
    assertFalse(fixture.logText().contains("wrong-key-canary-7f3a"));
    assertFalse(answer.toString().contains(fixture.emulator().secretId()));
    assertTrue(fixture.emulator().state().nodes("cls-main0001").stream()
        .noneMatch(node -> node.subnetId().equals("subnet-gz3free1")));
  }

  @Test
  void readTimeoutIsGatewayTimeout() {
    fixture.set("TKE_READ_TIMEOUT_SECONDS", "1");
    fixture.emulator().setFaults(Faults.of(Fault.slowAnswer(1_500).onlyFor(CREATE)));

    Map<String, Object> answer =
        invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3free1")));

    assertEquals(504, answer.get("statusCode"));
    JsonObject error = body(answer).getAsJsonObject("Response").getAsJsonObject("Error");
    assertEquals("ClientError.Timeout", error.get("Code").getAsString());
    assertTrue(error.get("Advice").getAsString().contains("DescribeClusterVirtualNode"));
  }

  @Test
  void badInputMakesNoTkeCall() {
    Map<String, Object> answer = invoke(apiGateway("{\"ClusterId\":\"cls-main0001\","
        + "\"NodePoolId\":\"np-normal01\",\"SubnetId\":\"subnet-GZ3FREE1\",\"Extra\":1}"));

    assertEquals(400, answer.get("statusCode"));
    JsonObject error = body(answer).getAsJsonObject("Response").getAsJsonObject("Error");
    assertEquals("UnknownParameter", error.get("Code").getAsString());
    assertEquals("Extra", error.get("Field").getAsString());
    assertEquals(2, error.getAsJsonArray("Errors").size());
    assertEquals("test-request-id",
        body(answer).getAsJsonObject("Response").get("RequestId").getAsString());
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void clusterOutsideAllowlistIsRefusedBeforeCall() {
    fixture.set("ALLOWED_CLUSTERS", "cls-other001");

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 403);

    assertEquals("UnauthorizedOperation.ClusterNotAllowed", error.get("Code").getAsString());
    assertTrue(error.get("Message").getAsString().contains("ALLOWED_CLUSTERS"));
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void unsetAllowlistRefusesEveryCluster() {
    fixture.set("ALLOWED_CLUSTERS", null);

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 403);

    assertEquals("Cluster cls-main0001 is not in the function's ALLOWED_CLUSTERS setting (the "
        + "setting is empty, which allows no cluster). Add the cluster ID to ALLOWED_CLUSTERS to "
        + "let the function act on it.", error.getAsJsonArray("Errors").get(0).getAsJsonObject()
        .get("Message").getAsString());
  }

  @Test
  void refusalDoesNotRevealAllowlist() {
    fixture.set("ALLOWED_CLUSTERS", "cls-secret01");

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 403);

    assertFalse(error.toString().contains("cls-secret01"));
  }

  @Test
  void malformedAllowlistIsInvalidSetting() {
    fixture.set("ALLOWED_CLUSTERS", "cls-main0001,,CLS-MAIN0002");

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 500);

    assertEquals("FailedOperation.InvalidSetting", error.get("Code").getAsString());
    assertTrue(error.get("Message").getAsString().startsWith("Setting ALLOWED_CLUSTERS is"));
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void missingCredentialsAreFunctionError() {
    fixture.set("TENCENTCLOUD_SECRETID", null);

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 500);

    assertEquals("FailedOperation.MissingRoleCredentials", error.get("Code").getAsString());
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void missingRegionNamesTheSetting() {
    fixture.set("TKE_REGION", null);

    JsonObject error = errorFor(request("cls-main0001", "np-normal01", "subnet-gz3free1"), 500);

    assertEquals("FailedOperation.InvalidSetting", error.get("Code").getAsString());
    assertTrue(error.get("Message").getAsString().startsWith(
        "Setting TENCENTCLOUD_REGION is missing"));
  }

  @Test
  void wrongMethodIsMethodNotAllowed() {
    Map<String, Object> event = apiGateway("");
    event.put("httpMethod", "GET");

    Map<String, Object> answer = invoke(event);

    assertEquals(405, answer.get("statusCode"));
    assertTrue(fixture.emulator().requests().isEmpty());
  }

  @Test
  void successAndFailureAreLogged() {
    invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3free1")));
    invoke(apiGateway(request("cls-main0001", "np-normal01", "subnet-gz3used1")));

    List<JsonObject> records = fixture.logRecords();
    assertEquals("node.created", records.get(0).get("event").getAsString());
    assertEquals("eklet-subnet-gz3free1-0", records.get(0).get("node").getAsString());
    assertEquals("create.finished", records.get(1).get("event").getAsString());
    assertEquals("create.failed", records.get(2).get("event").getAsString());
    assertEquals("ResourceInUse.SubnetAlreadyExist", records.get(2).get("code").getAsString());
    assertEquals(409, records.get(3).get("outcome").getAsInt());
    assertNull(records.get(2).get("body"));
  }
}
