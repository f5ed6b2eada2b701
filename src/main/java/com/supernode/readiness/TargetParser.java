package com.supernode.readiness;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.supernode.config.InvalidSettingException;
import com.supernode.request.FieldReader;
import com.supernode.request.IdFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads which clusters and pools to check, from a request such as
 * {@code {"Clusters":[{"ClusterId":"cls-xxxxxxxx","NodePoolIds":["np-xxxxxxxx"]}]}} or from
 * the {@value #SETTING} setting such as {@code cls-aaaaaaaa,cls-bbbbbbbb:np-cccccccc}.
 */
public final class TargetParser {
  public static final String SETTING = "READINESS_CLUSTERS";
  /** Maximum clusters one invocation checks, so a run stays well inside its time limit. */
  public static final int MAX_CLUSTERS = 20;
  /** Maximum pools named for one cluster. */
  public static final int MAX_POOLS = 50;

  private static final Set<String> FIELDS = Set.of("Clusters");
  private static final Set<String> CLUSTER_FIELDS = Set.of("ClusterId", "NodePoolIds");

  /**
   * Returns the targets a request names, or an empty list when it names none.
   *
   * @throws com.supernode.request.InvalidRequestException naming every bad field
   */
  public List<ClusterTarget> fromRequest(JsonObject request) {
    FieldReader reader = new FieldReader();
    reader.rejectUnknownFields(request, FIELDS, "");
    JsonElement clusters = request.get("Clusters");
    List<ClusterTarget> targets = new ArrayList<>();
    if (clusters != null && !clusters.isJsonNull()) {
      JsonArray array = reader.array(clusters, "Clusters", MAX_CLUSTERS);
      for (int i = 0; array != null && i < array.size(); i++) {
        ClusterTarget target = cluster(array.get(i), "Clusters[" + i + "]", reader);
        if (target != null && targets.stream()
            .anyMatch(known -> known.clusterId().equals(target.clusterId()))) {
          reader.reject("InvalidParameterValue", "Clusters[" + i + "].ClusterId",
              "Clusters[" + i + "].ClusterId repeats " + target.clusterId()
                  + ". Name each cluster once and list its pools in NodePoolIds.");
        } else if (target != null) {
          targets.add(target);
        }
      }
    }
    reader.throwIfInvalid();
    return targets;
  }

  private static ClusterTarget cluster(JsonElement value, String path, FieldReader reader) {
    JsonObject object = reader.object(value, path);
    if (object == null) {
      return null;
    }
    reader.rejectUnknownFields(object, CLUSTER_FIELDS, path + ".");
    String clusterId = reader.requiredId(object, "ClusterId", path + ".ClusterId",
        IdFormat.CLUSTER);
    List<String> pools = pools(object.get("NodePoolIds"), path + ".NodePoolIds", reader);
    return clusterId == null || pools == null ? null : new ClusterTarget(clusterId, pools);
  }

  private static List<String> pools(JsonElement value, String path, FieldReader reader) {
    if (value == null || value.isJsonNull()) {
      return List.of();
    }
    JsonArray array = reader.array(value, path, MAX_POOLS);
    if (array == null) {
      return null;
    }
    Set<String> pools = new LinkedHashSet<>();
    boolean valid = true;
    for (int i = 0; i < array.size(); i++) {
      String itemPath = path + "[" + i + "]";
      String pool = reader.id(array.get(i), itemPath, IdFormat.NODE_POOL);
      if (pool != null && !pools.add(pool)) {
        reader.reject("InvalidParameterValue", itemPath, itemPath + " repeats " + pool
            + ". List each pool once.");
      }
      valid &= pool != null;
    }
    return valid ? List.copyOf(pools) : null;
  }

  /**
   * Reads the setting's value: comma-separated entries, each a cluster ID or
   * {@code clusterId:nodePoolId}; entries for one cluster's pools add up.
   *
   * @throws InvalidSettingException when an entry is malformed or a cluster is named both
   *     whole and narrowed to pools
   */
  public List<ClusterTarget> fromSetting(String value) {
    Map<String, Set<String>> pools = new LinkedHashMap<>();
    for (String raw : value.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int colon = entry.indexOf(':');
      String clusterId = colon < 0 ? entry : entry.substring(0, colon);
      String poolId = colon < 0 ? null : entry.substring(colon + 1);
      if (!IdFormat.CLUSTER.matches(clusterId)
          || (poolId != null && !IdFormat.NODE_POOL.matches(poolId))) {
        throw new InvalidSettingException(SETTING, value, "comma-separated entries of the form "
            + "cls-xxxxxxxx or cls-xxxxxxxx:np-xxxxxxxx, but '" + entry + "' is neither", null);
      }
      add(pools, clusterId, poolId, value);
    }
    if (pools.size() > MAX_CLUSTERS) {
      throw new InvalidSettingException(SETTING, value, "at most " + MAX_CLUSTERS
          + " clusters; split them across functions", null);
    }
    List<ClusterTarget> targets = new ArrayList<>();
    pools.forEach((cluster, ids) -> targets.add(new ClusterTarget(cluster, List.copyOf(ids))));
    return targets;
  }

  private static void add(Map<String, Set<String>> pools, String clusterId, String poolId,
      String value) {
    Set<String> known = pools.get(clusterId);
    boolean whole = poolId == null;
    if (known != null && (whole || known.isEmpty())) {
      throw new InvalidSettingException(SETTING, value, "each cluster once, either whole or "
          + "narrowed to pools, but " + clusterId + " appears more than once with the whole "
          + "cluster", null);
    }
    Set<String> ids = pools.computeIfAbsent(clusterId, id -> new LinkedHashSet<>());
    if (!whole) {
      ids.add(poolId);
    }
  }
}
