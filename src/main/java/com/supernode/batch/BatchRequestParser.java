package com.supernode.batch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.request.CreateNodeRequest;
import com.supernode.request.CreateRequestParser;
import com.supernode.request.FieldReader;
import com.supernode.request.InvalidRequestException;
import com.supernode.request.VirtualNodeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a batch request and flattens it into one {@link BatchItem} per subnet.
 *
 * <p>The top level of a request is a {@code CreateClusterVirtualNode} parameter set
 * ({@code ClusterId}, {@code NodePoolId}, and one of {@code SubnetId}, {@code SubnetIds} or
 * {@code VirtualNodes}) plus two batch fields: {@code DryRun} and {@code Items}, a list of more
 * such parameter sets that may name other clusters and pools. A request may use the top level,
 * {@code Items}, or both; top-level items come first. Every problem in every item is collected,
 * so one rejection names every bad item and no TKE call is made for a bad batch.
 */
public final class BatchRequestParser {
  /**
   * Maximum subnets in one batch, over all pools. A batch creates one node per subnet, and an
   * account's super node pools span a few availability zones, so real batches are far smaller.
   * At TKE's default 20 creates per second, a full batch takes about 5 seconds of pacing.
   */
  public static final int MAX_ITEMS = 100;

  private static final Set<String> GROUP_FIELDS =
      Set.of("ClusterId", "NodePoolId", "SubnetId", "SubnetIds", "VirtualNodes");
  private static final Set<String> TOP_FIELDS = Set.of("ClusterId", "NodePoolId", "SubnetId",
      "SubnetIds", "VirtualNodes", "Items", "DryRun");

  private final CreateRequestParser groupParser = new CreateRequestParser();

  /**
   * Parses {@code request}.
   *
   * @throws InvalidRequestException naming every bad field, when any item is invalid
   */
  public BatchRequest parse(JsonObject request) {
    FieldReader reader = new FieldReader();
    reader.rejectUnknownFields(request, TOP_FIELDS, "");
    Boolean dryRun = reader.optionalBoolean(request, "DryRun", "DryRun", false);
    List<BatchItem> items = new ArrayList<>();
    JsonElement itemsValue = request.get("Items");
    boolean hasItems = itemsValue != null && !itemsValue.isJsonNull();
    if (hasGroupFields(request) || !hasItems) {
      addGroup(groupFieldsOf(request), "", reader, items);
    }
    if (hasItems) {
      addItems(itemsValue, reader, items);
    }
    checkTotal(items, reader);
    rejectRepeats(items, reader);
    reader.throwIfInvalid();
    return new BatchRequest(items, dryRun);
  }

  private static boolean hasGroupFields(JsonObject request) {
    return GROUP_FIELDS.stream().anyMatch(request::has);
  }

  /** Copies the parameter-set fields, so the group parser does not see the batch fields. */
  private static JsonObject groupFieldsOf(JsonObject request) {
    JsonObject group = new JsonObject();
    for (Map.Entry<String, JsonElement> entry : request.entrySet()) {
      if (GROUP_FIELDS.contains(entry.getKey())) {
        group.add(entry.getKey(), entry.getValue());
      }
    }
    return group;
  }

  private void addItems(JsonElement value, FieldReader reader, List<BatchItem> items) {
    JsonArray array = reader.array(value, "Items", MAX_ITEMS);
    if (array == null) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      String path = "Items[" + i + "]";
      JsonObject group = reader.object(array.get(i), path);
      if (group != null) {
        addGroup(group, path + ".", reader, items);
      }
    }
  }

  private void addGroup(JsonObject group, String prefix, FieldReader reader,
      List<BatchItem> items) {
    CreateNodeRequest parsed = groupParser.parse(group, prefix, reader);
    if (parsed == null) {
      return;
    }
    PoolKey pool = new PoolKey(parsed.clusterId(), parsed.nodePoolId());
    List<String> subnets = parsed.subnetIds();
    for (int i = 0; i < subnets.size(); i++) {
      VirtualNodeSpec spec = parsed.form() == CreateNodeRequest.SubnetForm.VIRTUAL_NODES
          ? parsed.virtualNodes().get(i) : null;
      items.add(new BatchItem(items.size(), fieldOf(parsed.form(), prefix, i), prefix, pool,
          subnets.get(i), spec));
    }
  }

  private static String fieldOf(CreateNodeRequest.SubnetForm form, String prefix, int index) {
    switch (form) {
      case SUBNET_ID:
        return prefix + "SubnetId";
      case SUBNET_IDS:
        return prefix + "SubnetIds[" + index + "]";
      default:
        return prefix + "VirtualNodes[" + index + "]";
    }
  }

  private static void checkTotal(List<BatchItem> items, FieldReader reader) {
    if (items.size() > MAX_ITEMS) {
      reader.reject("InvalidParameterValue", "Items", "The batch lists " + items.size()
          + " subnets, more than the limit of " + MAX_ITEMS + ". Split it into several "
          + "batches.");
    }
  }

  /** Rejects a subnet listed twice for one pool in different parameter sets. */
  private static void rejectRepeats(List<BatchItem> items, FieldReader reader) {
    Map<String, BatchItem> first = new HashMap<>();
    for (BatchItem item : items) {
      String key = item.clusterId() + "/" + item.nodePoolId() + "/" + item.subnetId();
      BatchItem earlier = first.putIfAbsent(key, item);
      if (earlier != null) {
        reader.reject("InvalidParameterValue", item.field(), item.field() + " repeats subnet "
            + item.subnetId() + " of pool " + item.pool() + ", already listed at "
            + earlier.field() + ". A subnet holds at most one virtual node of a pool, so list "
            + "it once.");
      }
    }
  }
}
