package com.supernode.hardening;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.function.FunctionEnvironment;
import com.supernode.handler.BatchCreateHandler;
import com.supernode.handler.CreateNodeHandler;
import com.supernode.testing.FunctionFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function as the fault suite drives it: it creates nodes in a list of subnets of
 * {@code np-normal01} and reports one {@link ReportedItem} per subnet.
 */
abstract class FaultRow {
  static final String CLUSTER = "cls-main0001";
  static final String POOL = "np-normal01";
  static final int TIME_LIMIT_MS = 120_000;

  /** Every function the fault suite covers; a new function is one more row. */
  static final List<FaultRow> ALL = List.of(new SingleCreates(), new OneBatch());

  private final String name;

  FaultRow(String name) {
    this.name = name;
  }

  /** Creates a node in each of {@code subnets}, the way this function is called. */
  abstract List<ReportedItem> run(FunctionEnvironment environment, List<String> subnets,
      String requestId, HardeningSuite suite);

  @Override
  public String toString() {
    return name;
  }

  /** Scans a response for canaries and fails the test at the first leak. */
  static void requireNoLeak(HardeningSuite suite, String where, String text) {
    String leak = suite.scan(where, text);
    if (!leak.isEmpty()) {
      throw new AssertionError(leak);
    }
  }

  /** {@code create}: one API Gateway invocation per subnet, one after another. */
  private static final class SingleCreates extends FaultRow {
    SingleCreates() {
      super("create");
    }

    @Override
    List<ReportedItem> run(FunctionEnvironment environment, List<String> subnets,
        String requestId, HardeningSuite suite) {
      CreateNodeHandler handler = new CreateNodeHandler(environment);
      List<ReportedItem> items = new ArrayList<>();
      for (String subnet : subnets) {
        String body = "{\"ClusterId\":\"" + CLUSTER + "\",\"NodePoolId\":\"" + POOL
            + "\",\"SubnetId\":\"" + subnet + "\"}";
        Map<String, Object> event = EventShape.apiGatewayEvent(body, "/virtual-nodes");
        Map<String, Object> answer = handler.handle(event,
            FunctionFixture.context(requestId + "/" + subnet, TIME_LIMIT_MS));
        requireNoLeak(suite, "response for " + subnet, String.valueOf(answer));
        items.add(itemOf(subnet, (Integer) answer.get("statusCode"),
            FunctionFixture.body(answer).getAsJsonObject("Response")));
      }
      return items;
    }

    private static ReportedItem itemOf(String subnet, int status, JsonObject response) {
      String requestId = response.get("RequestId").getAsString();
      if (status == 200) {
        return ReportedItem.inPlace(subnet, ReportedItem.CREATED,
            response.get("NodeName").getAsString());
      }
      JsonObject error = response.getAsJsonObject("Error");
      return ReportedItem.failed(subnet, ReportedItem.FAILED, error.get("Code").getAsString(),
          requestId, error.get("Advice").getAsString());
    }
  }

  /** {@code batch-create}: one direct invocation with every subnet in {@code SubnetIds}. */
  private static final class OneBatch extends FaultRow {
    OneBatch() {
      super("batch-create");
    }

    @Override
    List<ReportedItem> run(FunctionEnvironment environment, List<String> subnets,
        String requestId, HardeningSuite suite) {
      StringBuilder ids = new StringBuilder();
      for (String subnet : subnets) {
        ids.append(ids.length() == 0 ? "" : ",").append('"').append(subnet).append('"');
      }
      String request = "{\"ClusterId\":\"" + CLUSTER + "\",\"NodePoolId\":\"" + POOL
          + "\",\"SubnetIds\":[" + ids + "]}";
      Map<String, Object> answer = new BatchCreateHandler(environment).handle(
          EventShape.parseObject(request), FunctionFixture.context(requestId, TIME_LIMIT_MS));
      requireNoLeak(suite, "batch response", String.valueOf(answer));
      List<ReportedItem> items = new ArrayList<>();
      for (JsonElement element : FunctionFixture.json(answer).getAsJsonObject("Response")
          .getAsJsonArray("Results")) {
        items.add(itemOf(element.getAsJsonObject()));
      }
      return items;
    }

    private static ReportedItem itemOf(JsonObject result) {
      String subnet = result.get("SubnetId").getAsString();
      String outcome = result.get("Outcome").getAsString();
      JsonObject error = result.getAsJsonObject("Error");
      if (error == null) {
        JsonElement node = result.get("NodeName");
        return ReportedItem.inPlace(subnet, outcome, node == null ? null : node.getAsString());
      }
      return ReportedItem.failed(subnet, outcome, error.get("Code").getAsString(),
          error.get("RequestId").getAsString(), error.get("Advice").getAsString());
    }
  }
}
