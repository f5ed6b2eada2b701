package com.supernode.request;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a {@code CreateClusterVirtualNode} request in TKE's own field names, so the
 * parameters of a tccli or SDK call can be pasted unchanged.
 */
public final class CreateRequestParser {
  /** Maximum entries in {@code SubnetIds} or {@code VirtualNodes}. */
  public static final int MAX_SUBNETS = 100;
  /** Maximum length of a {@code DisplayName}; TKE recommends 20 characters or fewer. */
  public static final int MAX_DISPLAY_NAME_LENGTH = 64;
  /** Maximum tags on one node; Tencent Cloud allows 50 tags per resource. */
  public static final int MAX_TAGS = 50;
  /** Maximum tag key length, the Tencent Cloud tag limit. */
  public static final int MAX_TAG_KEY_LENGTH = 127;
  /** Maximum tag value length, the Tencent Cloud tag limit. */
  public static final int MAX_TAG_VALUE_LENGTH = 255;

  static final Set<String> FIELDS =
      Set.of("ClusterId", "NodePoolId", "SubnetId", "SubnetIds", "VirtualNodes");
  static final List<String> SUBNET_FORMS = List.of("SubnetId", "SubnetIds", "VirtualNodes");
  private static final Set<String> NODE_FIELDS = Set.of("SubnetId", "DisplayName", "Tags");
  private static final Set<String> TAG_FIELDS = Set.of("Key", "Value");

  /**
   * Parses {@code request}.
   *
   * @throws InvalidRequestException naming every bad field, when the request is invalid
   */
  public CreateNodeRequest parse(JsonObject request) {
    FieldReader reader = new FieldReader();
    CreateNodeRequest parsed = parse(request, "", reader);
    reader.throwIfInvalid();
    return parsed;
  }

  /**
   * Parses {@code request}, recording problems in {@code reader} with field paths that start
   * with {@code prefix}; returns null when a problem was recorded.
   */
  public CreateNodeRequest parse(JsonObject request, String prefix, FieldReader reader) {
    int before = reader.errors().size();
    reader.rejectUnknownFields(request, FIELDS, prefix);
    String clusterId =
        reader.requiredId(request, "ClusterId", prefix + "ClusterId", IdFormat.CLUSTER);
    String nodePoolId =
        reader.requiredId(request, "NodePoolId", prefix + "NodePoolId", IdFormat.NODE_POOL);
    String form = subnetForm(request, prefix, reader);
    CreateNodeRequest parsed = null;
    if (form != null) {
      parsed = parseSubnets(request, form, prefix, reader, clusterId, nodePoolId);
    }
    return reader.errors().size() > before ? null : parsed;
  }

  private static String subnetForm(JsonObject request, String prefix, FieldReader reader) {
    List<String> present = new ArrayList<>();
    for (String form : SUBNET_FORMS) {
      JsonElement value = request.get(form);
      if (value != null && !value.isJsonNull()) {
        present.add(form);
      }
    }
    if (present.size() == 1) {
      return present.get(0);
    }
    String found = present.isEmpty() ? "none" : String.join(" and ", present);
    reader.reject(present.isEmpty() ? "MissingParameter" : "InvalidParameter",
        prefix + "SubnetId", "Give exactly one of SubnetId, SubnetIds or VirtualNodes; found "
            + found + ".");
    return null;
  }

  private CreateNodeRequest parseSubnets(JsonObject request, String form, String prefix,
      FieldReader reader, String clusterId, String nodePoolId) {
    String path = prefix + form;
    if (form.equals("SubnetId")) {
      String subnet = reader.id(request.get(form), path, IdFormat.SUBNET);
      return subnet == null || clusterId == null || nodePoolId == null
          ? null : CreateNodeRequest.ofSubnet(clusterId, nodePoolId, subnet);
    }
    if (form.equals("SubnetIds")) {
      List<String> subnets = reader.subnetIds(request.get(form), path, MAX_SUBNETS);
      return subnets == null || clusterId == null || nodePoolId == null
          ? null : CreateNodeRequest.ofSubnets(clusterId, nodePoolId, subnets);
    }
    List<VirtualNodeSpec> nodes = virtualNodes(request.get(form), path, reader);
    return nodes == null || clusterId == null || nodePoolId == null
        ? null : CreateNodeRequest.ofVirtualNodes(clusterId, nodePoolId, nodes);
  }

  private static List<VirtualNodeSpec> virtualNodes(JsonElement value, String path,
      FieldReader reader) {
    JsonArray array = reader.array(value, path, MAX_SUBNETS);
    if (array == null) {
      return null;
    }
    List<VirtualNodeSpec> nodes = new ArrayList<>();
    Set<String> subnets = new HashSet<>();
    int before = reader.errors().size();
    for (int i = 0; i < array.size(); i++) {
      String itemPath = path + "[" + i + "]";
      VirtualNodeSpec spec = virtualNode(array.get(i), itemPath, reader);
      if (spec != null && !subnets.add(spec.subnetId())) {
        reader.reject("InvalidParameterValue", itemPath + ".SubnetId", itemPath
            + ".SubnetId repeats subnet " + spec.subnetId()
            + ". A subnet holds at most one virtual node of a pool, so list it once.");
      }
      nodes.add(spec);
    }
    return reader.errors().size() > before ? null : nodes;
  }

  private static VirtualNodeSpec virtualNode(JsonElement value, String path,
      FieldReader reader) {
    JsonObject node = reader.object(value, path);
    if (node == null) {
      return null;
    }
    reader.rejectUnknownFields(node, NODE_FIELDS, path + ".");
    String subnet = reader.requiredId(node, "SubnetId", path + ".SubnetId", IdFormat.SUBNET);
    String displayName = displayName(node.get("DisplayName"), path + ".DisplayName", reader);
    List<Tag> tags = List.of();
    JsonElement tagsValue = node.get("Tags");
    if (tagsValue != null && !tagsValue.isJsonNull()) {
      tags = tags(tagsValue, path + ".Tags", reader);
    }
    if (subnet == null || displayName == null || tags == null) {
      return null;
    }
    return new VirtualNodeSpec(subnet, displayName, tags);
  }

  private static String displayName(JsonElement value, String path, FieldReader reader) {
    if (value == null || value.isJsonNull()) {
      reader.reject("MissingParameter", path, path + " is missing. TKE requires a display "
          + "name for each entry of VirtualNodes.");
      return null;
    }
    String name = reader.string(value, path);
    if (name == null) {
      return null;
    }
    return boundedText(name, path, 1, MAX_DISPLAY_NAME_LENGTH, reader);
  }

  private static List<Tag> tags(JsonElement value, String path, FieldReader reader) {
    JsonArray array = reader.array(value, path, MAX_TAGS);
    if (array == null) {
      return null;
    }
    List<Tag> tags = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int before = reader.errors().size();
    for (int i = 0; i < array.size(); i++) {
      String tagPath = path + "[" + i + "]";
      JsonObject tag = reader.object(array.get(i), tagPath);
      if (tag == null) {
        continue;
      }
      reader.rejectUnknownFields(tag, TAG_FIELDS, tagPath + ".");
      String key = tagText(tag, "Key", tagPath, 1, MAX_TAG_KEY_LENGTH, reader);
      String tagValue = tagText(tag, "Value", tagPath, 0, MAX_TAG_VALUE_LENGTH, reader);
      if (key != null && !keys.add(key)) {
        reader.reject("InvalidParameterValue", tagPath + ".Key", tagPath + ".Key repeats '"
            + FieldReader.printable(key) + "'. A resource has one value per tag key.");
      }
      if (key != null && tagValue != null) {
        tags.add(new Tag(key, tagValue));
      }
    }
    return reader.errors().size() > before ? null : tags;
  }

  private static String tagText(JsonObject tag, String key, String tagPath, int minLength,
      int maxLength, FieldReader reader) {
    String path = tagPath + "." + key;
    JsonElement value = tag.get(key);
    if (value == null || value.isJsonNull()) {
      reader.reject("MissingParameter", path, path + " is missing.");
      return null;
    }
    String text = reader.string(value, path);
    return text == null ? null : boundedText(text, path, minLength, maxLength, reader);
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  private static String boundedText(String text, String path, int minLength, int maxLength,
      FieldReader reader) {
    if (text.length() < minLength || text.length() > maxLength) {
      reader.reject("InvalidParameterValue", path, path + " must be " + minLength + " to "
          + maxLength + " characters long, found " + text.length() + ".");
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        reader.reject("InvalidParameterValue", path, path
            + " contains a control character at position " + i + ".");
        return null;
      }
      if (isUnpairedSurrogate(text, i)) {
        // UTF-8 cannot encode half a surrogate pair, so TKE would receive '?' in its place.
        reader.reject("InvalidParameterValue", path, path
            + " contains half of a UTF-16 surrogate pair at position " + i + ".");
        return null;
      }
    }
    return text;
  }
}
