package com.supernode.emulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CreateClusterVirtualNode}: creates one {@code Pending} node per subnet, all or none.
 *
 * <p>Checks run in this order, each with TKE's code: cluster exists
 * ({@code InvalidParameter.Param}), CAM permission, cluster {@code Running}, account
 * whitelisted, cluster supports virtual kubelet, pool exists ({@code InvalidParameter.Param}),
 * pool {@code normal}, exactly one subnet form, each subnet known and in the cluster's VPC, and
 * no node of this pool in any of the subnets yet.
 */
final class CreateVirtualNodeAction extends ActionHandler {
  static final String NAME = "CreateClusterVirtualNode";

  private static final ParamSchema TAG = ParamSchema.builder()
      .optional("Key", ParamSchema.Type.STRING)
      .optional("Value", ParamSchema.Type.STRING)
      .build();
  private static final ParamSchema VIRTUAL_NODE_SPEC = ParamSchema.builder()
      .required("DisplayName", ParamSchema.Type.STRING)
      .required("SubnetId", ParamSchema.Type.STRING)
      .optionalObjects("Tags", TAG)
      .optional("Quota", ParamSchema.Type.ANY_OBJECT)
      .build();
  private static final ParamSchema SCHEMA = ParamSchema.builder()
      .required("ClusterId", ParamSchema.Type.STRING)
      .required("NodePoolId", ParamSchema.Type.STRING)
      .optional("SubnetId", ParamSchema.Type.STRING)
      .optional("SubnetIds", ParamSchema.Type.STRING_ARRAY)
      .optionalObjects("VirtualNodes", VIRTUAL_NODE_SPEC)
      .build();

  CreateVirtualNodeAction(EmulatorState state) {
    super(state, SCHEMA);
  }

  @Override
  JsonObject handle(JsonObject params) {
    return state.locked(() -> create(params));
  }

  private JsonObject create(JsonObject params) {
    String clusterId = ActionHandler.stringParam(params, "ClusterId");
    String nodePoolId = ActionHandler.stringParam(params, "NodePoolId");
    Cluster cluster = ClusterChecks.requireUsable(state, clusterId, ErrorCodes.PARAM);
    checkAccount(cluster);
    checkPool(clusterId, nodePoolId);
    List<String> subnetIds = SubnetSelection.from(params);
    for (String subnetId : subnetIds) {
      checkSubnet(cluster, nodePoolId, subnetId);
    }

    List<VirtualNode> created = new ArrayList<>();
    for (String subnetId : subnetIds) {
      created.add(state.createNode(clusterId, nodePoolId, subnetId));
    }
    JsonObject response = new JsonObject();
    // NOTE: TKE documents a single NodeName; with several subnets the emulator returns the first.
    response.addProperty("NodeName", created.get(0).name());
    return response;
  }

  private void checkAccount(Cluster cluster) {
    if (!state.whitelisted()) {
      throw new TkeApiError(ErrorCodes.NOT_IN_WHITELIST,
          "this account is not in the super node whitelist; ask Tencent Cloud to enable it");
    }
    if (!cluster.supportsVirtualKubelet()) {
      throw new TkeApiError(ErrorCodes.NOT_SUPPORT_VIRTUAL_KUBELET,
          "cluster " + cluster.clusterId() + " does not support installing virtual kubelet");
    }
  }

  private void checkPool(String clusterId, String nodePoolId) {
    NodePool pool = state.nodePool(clusterId, nodePoolId).orElseThrow(() -> new TkeApiError(
        ErrorCodes.PARAM, "node pool " + nodePoolId + " does not exist in cluster " + clusterId));
    if (!NodePool.NORMAL.equals(pool.lifeState())) {
      throw new TkeApiError(ErrorCodes.NODE_POOL_STATE_NOT_NORMAL, "node pool " + nodePoolId
          + " is " + pool.lifeState() + "; wait until it is " + NodePool.NORMAL);
    }
  }

  private void checkSubnet(Cluster cluster, String nodePoolId, String subnetId) {
    Subnet subnet = state.subnet(subnetId).orElseThrow(() -> new TkeApiError(
        ErrorCodes.SUBNET_INVALID, "subnet " + subnetId + " does not exist"));
    if (!subnet.vpcId().equals(cluster.vpcId())) {
      throw new TkeApiError(ErrorCodes.SUBNET_INVALID, "subnet " + subnetId + " is in "
          + subnet.vpcId() + ", but cluster " + cluster.clusterId() + " is in " + cluster.vpcId());
    }
    state.nodeOfPoolInSubnet(cluster.clusterId(), nodePoolId, subnetId).ifPresent(node -> {
      throw new TkeApiError(ErrorCodes.SUBNET_ALREADY_EXIST, "node pool " + nodePoolId
          + " already has node " + node.name() + " in subnet " + subnetId);
    });
  }
}
