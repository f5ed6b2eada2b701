package com.supernode.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.supernode.request.Tag;
import com.supernode.request.VirtualNodeSpec;
import com.supernode.tke.VirtualNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchReportTest {
  private static final PoolKey POOL = new PoolKey("cls-abcd1234", "np-abcd1234");

  private static BatchItem item(int index, String subnet) {
    return new BatchItem(index, "SubnetIds[" + index + "]", "", POOL, subnet, null);
  }

  @Test
  void inPlaceItemsGive200() {
    BatchReport report = new BatchReport(List.of(
        ItemResult.created(item(0, "subnet-aaaa1111"), "eklet-subnet-aaaa1111-0", null, 1),
        ItemResult.alreadyExists(item(1, "subnet-bbbb2222"),
            new VirtualNode("eklet-subnet-bbbb2222-0", "subnet-bbbb2222", "Running", null), 0)),
        false);

    assertEquals(200, report.httpStatus());
  }

  @Test
  void notAttemptedItemGives207() {
    BatchReport report = new BatchReport(List.of(
        ItemResult.created(item(0, "subnet-aaaa1111"), "eklet-subnet-aaaa1111-0", null, 1),
        ItemResult.notAttempted(item(1, "subnet-bbbb2222"))), false);

    assertEquals(207, report.httpStatus());
  }

  @Test
  void notAttemptedReasonReachesOnlyNotAttemptedResults() {
    BatchReport report = new BatchReport(List.of(
        ItemResult.created(item(0, "subnet-aaaa1111"), "eklet-subnet-aaaa1111-0", null, 1),
        ItemResult.notAttempted(item(1, "subnet-bbbb2222"))), false)
        .withNotAttemptedReason("The time limit ran out.");

    JsonArray results = report.toResponseContent("r").getAsJsonArray("Results");
    assertFalse(results.get(0).getAsJsonObject().has("Reason"));
    assertEquals("The time limit ran out.",
        results.get(1).getAsJsonObject().get("Reason").getAsString());
    assertEquals(207, report.httpStatus());
  }

  @Test
  void responseListsResultsAndEveryCount() {
    BatchItem named = new BatchItem(2, "VirtualNodes[0]", "", POOL, "subnet-cccc3333",
        new VirtualNodeSpec("subnet-cccc3333", "az6", List.of(new Tag("team", "platform"))));
    BatchReport report = new BatchReport(List.of(
        ItemResult.created(item(0, "subnet-aaaa1111"), "eklet-subnet-aaaa1111-0", null, 2),
        ItemResult.alreadyExists(item(1, "subnet-bbbb2222"),
            new VirtualNode("eklet-subnet-bbbb2222-0", "subnet-bbbb2222", "Running", null), 0),
        ItemResult.failed(named, new ItemError("CreateClusterVirtualNode",
            "InvalidParameter.SubnetInvalidError", "The subnet is invalid.", "req-9"), 1)),
        false);

    JsonObject content = report.toResponseContent("scf-req-1");

    JsonObject expected = JsonParser.parseString("{\"Results\":["
        + "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
        + "\"SubnetId\":\"subnet-aaaa1111\",\"Outcome\":\"Created\","
        + "\"NodeName\":\"eklet-subnet-aaaa1111-0\",\"Attempts\":2},"
        + "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
        + "\"SubnetId\":\"subnet-bbbb2222\",\"Outcome\":\"AlreadyExists\","
        + "\"NodeName\":\"eklet-subnet-bbbb2222-0\",\"Phase\":\"Running\"},"
        + "{\"ClusterId\":\"cls-abcd1234\",\"NodePoolId\":\"np-abcd1234\","
        + "\"SubnetId\":\"subnet-cccc3333\",\"DisplayName\":\"az6\",\"Outcome\":\"Failed\","
        + "\"Error\":{\"Code\":\"InvalidParameter.SubnetInvalidError\","
        + "\"Message\":\"The subnet is invalid.\",\"RequestId\":\"req-9\","
        + "\"Action\":\"CreateClusterVirtualNode\",\"Advice\":\"The subnet cannot hold a node "
        + "of this cluster. Choose a subnet in the cluster's VPC that has free IP addresses.\"},"
        + "\"Attempts\":1}],"
        + "\"Counts\":{\"Created\":1,\"AlreadyExists\":1,\"WouldCreate\":0,\"Failed\":1,"
        + "\"NotAttempted\":0},\"DryRun\":false,\"RequestId\":\"scf-req-1\"}").getAsJsonObject();
    assertEquals(expected, content);
  }

  @Test
  void emptyCountsAreListed() {
    BatchReport report = new BatchReport(List.of(
        ItemResult.wouldCreate(item(0, "subnet-aaaa1111"))), true);

    JsonObject counts = report.toResponseContent("r").getAsJsonObject("Counts");

    assertEquals(1, counts.get("WouldCreate").getAsInt());
    assertEquals(0, counts.get("Created").getAsInt());
    assertFalse(counts.has("Unknown"));
  }
}
