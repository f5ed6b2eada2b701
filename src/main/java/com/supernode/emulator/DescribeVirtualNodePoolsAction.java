package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/** {@code DescribeClusterVirtualNodePools}: lists a cluster's super-node pools. */
final class DescribeVirtualNodePoolsAction extends ActionHandler {
  static final String NAME = "DescribeClusterVirtualNodePools";

  private static final ParamSchema SCHEMA = ParamSchema.builder()
      .required("ClusterId", ParamSchema.Type.STRING)
      .build();

  DescribeVirtualNodePoolsAction(EmulatorState state) {
    super(state, SCHEMA);
  }

  @Override
  JsonObject handle(JsonObject params) {
    String clusterId = ActionHandler.stringParam(params, "ClusterId");
    ClusterChecks.requireUsable(state, clusterId, ErrorCodes.CLUSTER_NOT_FOUND);
    JsonArray pools = new JsonArray();
    for (NodePool pool : state.nodePools(clusterId)) {
      pools.add(toJson(pool));
    }
    JsonObject response = new JsonObject();
    response.add("NodePoolSet", pools);
    response.addProperty("TotalCount", pools.size());
    return response;
  }

  private static JsonObject toJson(NodePool pool) {
    JsonObject json = new JsonObject();
    json.addProperty("NodePoolId", pool.nodePoolId());
    json.add("SubnetIds", ActionHandler.toJsonArray(pool.subnetIds()));
    json.addProperty("Name", pool.name());
    json.addProperty("LifeState", pool.lifeState());
    JsonArray labels = new JsonArray();
    for (Map.Entry<String, String> label : pool.labels().entrySet()) {
      JsonObject item = new JsonObject();
      item.addProperty("Name", label.getKey());
      item.addProperty("Value", label.getValue());
      labels.add(item);
    }
    json.add("Labels", labels);
    JsonArray taints = new JsonArray();
    for (Taint taint : pool.taints()) {
      JsonObject item = new JsonObject();
      item.addProperty("Key", taint.key());
      item.addProperty("Value", taint.value());
      item.addProperty("Effect", taint.effect());
      taints.add(item);
    }
    json.add("Taints", taints);
    return json;
  }
}
