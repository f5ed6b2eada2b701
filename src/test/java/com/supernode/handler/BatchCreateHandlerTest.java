package com.supernode.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.supernode.emulator.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** batch-create against the emulator over HTTP, without injected faults. */
class BatchCreateHandlerTest {
  private final BatchHarness harness = new BatchHarness();

  @AfterEach
  void stopEmulator() {
    harness.close();
  }

  private static JsonObject result(JsonObject response, int index) {
    return response.getAsJsonArray("Results").get(index).getAsJsonObject();
  }

  @Test
  void prewarmTimerCreatesThenFindsNodes() throws Exception {
    Map<String, List<String>> before = harness.nodeNames();

    JsonObject first = BatchHarness.responseOf(harness.invokeFile("prewarm-timer.json"));

    harness.assertReportMatchesEmulator(before, first);
    assertEquals(3, first.getAsJsonObject("Counts").get("Created").getAsInt());
    assertEquals("eklet-subnet-gz4free1-0", result(first, 1).get("NodeName").getAsString());
    assertEquals(3, harness.successfulCreates());

    Map<String, List<String>> between = harness.nodeNames();
    harness.emulator.clearRequests();
    JsonObject second = BatchHarness.responseOf(harness.invokeFile("prewarm-timer.json"));

    harness.assertReportMatchesEmulator(between, second);
    assertEquals(3, second.getAsJsonObject("Counts").get("AlreadyExists").getAsInt());
    assertEquals("eklet-subnet-gz6free1-0", result(second, 2).get("NodeName").getAsString());
    assertTrue(result(second, 0).has("Phase"));
    assertEquals(List.of("DescribeClusterVirtualNode", "DescribeClusterVirtualNodePools"),
        harness.emulator.requests().stream().map(RecordedRequest::action).sorted()
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void apiGatewayBatchReturns200WithResults() throws Exception {
    Map<String, List<String>> before = harness.nodeNames();

    Map<String, Object> result = harness.invokeFile("batch-create-apigw.json");

    assertEquals(200, result.get("statusCode"));
    JsonObject response = BatchHarness.apiGatewayResponseOf(result);
    harness.assertReportMatchesEmulator(before, response);
    assertEquals("Created", result(response, 0).get("Outcome").getAsString());
    assertEquals("az3-prewarm", result(response, 0).get("DisplayName").getAsString());
    assertEquals("AlreadyExists", result(response, 1).get("Outcome").getAsString());
    assertEquals("eklet-subnet-gz3used1-0", result(response, 1).get("NodeName").getAsString());
    assertEquals("Running", result(response, 1).get("Phase").getAsString());
    assertFalse(response.get("RequestId").getAsString().isEmpty());
  }

  @Test
  void createCarriesDisplayNameAndTags() throws Exception {
    harness.invokeFile("batch-create-apigw.json");

    List<RecordedRequest> creates = harness.emulator.requests("CreateClusterVirtualNode");
    assertEquals(1, creates.size());
    JsonArray nodes = creates.get(0).body().getAsJsonArray("VirtualNodes");
    assertEquals(1, nodes.size());
    JsonObject node = nodes.get(0).getAsJsonObject();
    assertEquals("subnet-gz3free1", node.get("SubnetId").getAsString());
    assertEquals("az3-prewarm", node.get("DisplayName").getAsString());
    assertEquals("team", node.getAsJsonArray("Tags").get(0).getAsJsonObject()
        .get("Key").getAsString());
  }

  @Test
  void eachItemIsLoggedOnce() throws Exception {
    harness.invokeFile("prewarm-timer.json");

    List<JsonObject> lines = harness.logLines("batch.item");
    assertEquals(3, lines.size());
    assertEquals("subnet-gz3free1", lines.get(0).get("subnet").getAsString());
    assertEquals("Created", lines.get(0).get("outcome").getAsString());
    assertEquals("eklet-subnet-gz3free1-0", lines.get(0).get("node").getAsString());
  }

  @Test
  void itemsSpanClustersAndPools() {
    Map<String, List<String>> before = harness.nodeNames();

    JsonObject response = harness.invokeDirect("{\"Items\":["
        + "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
        + "\"SubnetIds\":[\"subnet-gz4free1\",\"subnet-gz6used1\"]},"
        + "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-update01\","
        + "\"SubnetId\":\"subnet-gz6free1\"},"
        + "{\"ClusterId\":\"cls-novklet1\",\"NodePoolId\":\"np-novklet1\","
        + "\"SubnetId\":\"subnet-gz3free1\"},"
        + "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
        + "\"SubnetId\":\"subnet-othervp1\"}]}");

    harness.assertReportMatchesEmulator(before, response);
    assertEquals("Created", result(response, 0).get("Outcome").getAsString());
    assertEquals("AlreadyExists", result(response, 1).get("Outcome").getAsString());
    assertEquals("Pending", result(response, 1).get("Phase").getAsString());
    assertEquals("ResourceUnavailable.NodePoolStateNotNormal",
        result(response, 2).getAsJsonObject("Error").get("Code").getAsString());
    assertEquals("UnsupportedOperation.NotSupportInstallVirtualKubelet",
        result(response, 3).getAsJsonObject("Error").get("Code").getAsString());
    assertEquals("InvalidParameter.SubnetInvalidError",
        result(response, 4).getAsJsonObject("Error").get("Code").getAsString());
    assertEquals(1, result(response, 4).get("Attempts").getAsInt());
  }

  @Test
  void failedItemMakesStatus207() {
    Map<String, Object> event = Map.of("httpMethod", "POST", "path", "/virtual-nodes/batch",
        "body", "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
            + "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-othervp1\"]}");

    Map<String, Object> result = harness.invoke(event, BatchHarness.TIME_LIMIT_MS);

    assertEquals(207, result.get("statusCode"));
    JsonObject counts = BatchHarness.apiGatewayResponseOf(result).getAsJsonObject("Counts");
    assertEquals(1, counts.get("Created").getAsInt());
    assertEquals(1, counts.get("Failed").getAsInt());
  }

  @Test
  void permanentErrorIsNotRetried() {
    harness.invokeDirect(BatchHarness.request(List.of("subnet-othervp1")));

    assertEquals(1, harness.emulator.requests("CreateClusterVirtualNode").size());
  }

  @Test
  void dryRunChecksPoolsAndCreatesNothing() {
    Map<String, List<String>> before = harness.nodeNames();

    JsonObject response = harness.invokeDirect("{\"DryRun\":true,"
        + "\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-normal01\","
        + "\"SubnetIds\":[\"subnet-gz3free1\",\"subnet-gz3used1\"],\"Items\":["
        + "{\"ClusterId\":\"cls-main0001\",\"NodePoolId\":\"np-update01\","
        + "\"SubnetId\":\"subnet-gz4free1\"}]}");

    harness.assertReportMatchesEmulator(before, response);
    assertEquals("WouldCreate", result(response, 0).get("Outcome").getAsString());
    assertEquals("AlreadyExists", result(response, 1).get("Outcome").getAsString());
    assertEquals("Failed", result(response, 2).get("Outcome").getAsString());
    assertTrue(result(response, 2).getAsJsonObject("Error").get("Message").getAsString()
        .contains("LifeState updating"));
    assertTrue(response.get("DryRun").getAsBoolean());
    assertEquals(0, harness.emulator.requests("CreateClusterVirtualNode").size());
    assertEquals(1, harness.emulator.requests("DescribeClusterVirtualNodePools").size());
  }

  @Test
  void describeFailureFailsItemsWithTkeCode() {
    Map<String, List<String>> before = harness.nodeNames();

    JsonObject response = harness.invokeDirect("{\"ClusterId\":\"cls-camdeny1\","
        + "\"NodePoolId\":\"np-camdeny1\",\"SubnetIds\":[\"subnet-gz3free1\"]}");

    harness.assertReportMatchesEmulator(before, response);
    JsonObject error = result(response, 0).getAsJsonObject("Error");
    assertEquals("UnauthorizedOperation.CamNoAuth", error.get("Code").getAsString());
    assertEquals("DescribeClusterVirtualNode", error.get("Action").getAsString());
    assertFalse(error.get("RequestId").getAsString().isEmpty());
  }
}
