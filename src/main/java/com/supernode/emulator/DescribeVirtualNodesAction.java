package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code DescribeClusterVirtualNode}: lists a cluster's nodes, optionally only those of one pool
 * and those with the given names, with each phase as of the emulator clock.
 *
 * <p>A missing cluster gets {@code InvalidParameter.Param}, because
 * {@code ResourceNotFound.ClusterNotFound} is not on this action's documented error list.
 */
final class DescribeVirtualNodesAction extends ActionHandler {
  static final String NAME = "DescribeClusterVirtualNode";

  /** RFC 3339 in UTC with whole seconds, as in TKE's examples: 2023-10-15T14:30:00Z. */
  static final DateTimeFormatter CREATED_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private static final ParamSchema SCHEMA = ParamSchema.builder()
      .required("ClusterId", ParamSchema.Type.STRING)
      .optional("NodePoolId", ParamSchema.Type.STRING)
      .optional("NodeNames", ParamSchema.Type.STRING_ARRAY)
      .build();

  DescribeVirtualNodesAction(EmulatorState state) {
    super(state, SCHEMA);
  }

  @Override
  JsonObject handle(JsonObject params) {
    String clusterId = ActionHandler.stringParam(params, "ClusterId");
    ClusterChecks.requireUsable(state, clusterId, ErrorCodes.PARAM);
    // NOTE: TKE's response to a NodePoolId that does not exist is undocumented; this lists none.
    String nodePoolId = ActionHandler.stringParam(params, "NodePoolId");
    List<String> names = ActionHandler.stringsParam(params, "NodeNames");

    JsonArray nodes = new JsonArray();
    for (VirtualNode node : state.nodes(clusterId)) {
      boolean poolMatches = nodePoolId == null || nodePoolId.equals(node.nodePoolId());
      boolean nameMatches = names == null || names.contains(node.name());
      if (poolMatches && nameMatches) {
        nodes.add(toJson(node));
      }
    }
    JsonObject response = new JsonObject();
    response.add("Nodes", nodes);
    response.addProperty("TotalCount", nodes.size());
    return response;
  }

  private static JsonObject toJson(VirtualNode node) {
    JsonObject json = new JsonObject();
    json.addProperty("Name", node.name());
    json.addProperty("SubnetId", node.subnetId());
    json.addProperty("Phase", node.phase());
    json.addProperty("CreatedTime",
        CREATED_TIME.format(node.createdTime().truncatedTo(ChronoUnit.SECONDS)));
    return json;
  }
}
