package com.supernode.request;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code CreateClusterVirtualNode} request.
 *
 * <p>It keeps the subnet form the caller chose ({@code SubnetId}, {@code SubnetIds} or
 * {@code VirtualNodes}) so that TKE receives the parameters as the caller wrote them.
 */
public final class CreateNodeRequest {
  /** The three mutually exclusive ways to name the subnets of the new nodes. */
  public enum SubnetForm {
    SUBNET_ID,
    SUBNET_IDS,
    VIRTUAL_NODES
  }

  private final String clusterId;
  private final String nodePoolId;
  private final SubnetForm form;
  private final List<String> subnetIds;
  private final List<VirtualNodeSpec> virtualNodes;

  private CreateNodeRequest(String clusterId, String nodePoolId, SubnetForm form,
      List<String> subnetIds, List<VirtualNodeSpec> virtualNodes) {
    this.clusterId = Objects.requireNonNull(clusterId);
    this.nodePoolId = Objects.requireNonNull(nodePoolId);
    this.form = form;
    this.subnetIds = List.copyOf(subnetIds);
    this.virtualNodes = List.copyOf(virtualNodes);
  }

  public static CreateNodeRequest ofSubnet(String clusterId, String nodePoolId, String subnetId) {
    return new CreateNodeRequest(clusterId, nodePoolId, SubnetForm.SUBNET_ID,
        List.of(subnetId), List.of());
  }

  public static CreateNodeRequest ofSubnets(String clusterId, String nodePoolId,
      List<String> subnetIds) {
    return new CreateNodeRequest(clusterId, nodePoolId, SubnetForm.SUBNET_IDS, subnetIds,
        List.of());
  }

  public static CreateNodeRequest ofVirtualNodes(String clusterId, String nodePoolId,
      List<VirtualNodeSpec> virtualNodes) {
    List<String> subnets = new ArrayList<>();
    for (VirtualNodeSpec spec : virtualNodes) {
      subnets.add(spec.subnetId());
    }
    return new CreateNodeRequest(clusterId, nodePoolId, SubnetForm.VIRTUAL_NODES, subnets,
        virtualNodes);
  }

  public String clusterId() {
    return clusterId;
  }

  public String nodePoolId() {
    return nodePoolId;
  }

  public SubnetForm form() {
    return form;
  }

  /** Subnets of the nodes to create, in request order, whatever the form. */
  public List<String> subnetIds() {
    return subnetIds;
  }

  public List<VirtualNodeSpec> virtualNodes() {
    return virtualNodes;
  }

  /** Builds the {@code CreateClusterVirtualNode} parameters in TKE's JSON names. */
  public JsonObject toTkeParameters() {
    JsonObject parameters = new JsonObject();
    parameters.addProperty("ClusterId", clusterId);
    parameters.addProperty("NodePoolId", nodePoolId);
    switch (form) {
      case SUBNET_ID:
        parameters.addProperty("SubnetId", subnetIds.get(0));
        break;
      case SUBNET_IDS:
        JsonArray ids = new JsonArray();
        subnetIds.forEach(ids::add);
        parameters.add("SubnetIds", ids);
        break;
      default:
        parameters.add("VirtualNodes", virtualNodesJson());
        break;
    }
    return parameters;
  }

  private JsonArray virtualNodesJson() {
    JsonArray nodes = new JsonArray();
    for (VirtualNodeSpec spec : virtualNodes) {
      JsonObject node = new JsonObject();
      node.addProperty("SubnetId", spec.subnetId());
      node.addProperty("DisplayName", spec.displayName());
      if (!spec.tags().isEmpty()) {
        JsonArray tags = new JsonArray();
        for (Tag tag : spec.tags()) {
          JsonObject tagJson = new JsonObject();
          tagJson.addProperty("Key", tag.key());
          tagJson.addProperty("Value", tag.value());
          tags.add(tagJson);
        }
        node.add("Tags", tags);
      }
      nodes.add(node);
    }
    return nodes;
  }
}
