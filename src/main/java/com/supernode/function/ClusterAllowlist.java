package com.supernode.function;

import com.supernode.config.InvalidSettingException;
import com.supernode.config.Settings;
import com.supernode.request.FieldError;
import com.supernode.request.IdFormat;
import com.supernode.request.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clusters the functions may act on, from the {@value #SETTING} setting: a comma-separated
 * list of cluster IDs, or {@code *} for any cluster the role can reach.
 *
 * <p>An unset or empty allowlist allows no cluster. A function exposed through API Gateway
 * must not create nodes in every cluster its role can reach only because the setting was left
 * unset.
 */
public final class ClusterAllowlist {
  public static final String SETTING = "ALLOWED_CLUSTERS";
  /** The error code of a rejected cluster. */
  public static final String NOT_ALLOWED = "UnauthorizedOperation.ClusterNotAllowed";

  private final boolean any;
  private final Set<String> clusters;

  private ClusterAllowlist(boolean any, Set<String> clusters) {
    this.any = any;
    this.clusters = Collections.unmodifiableSet(new LinkedHashSet<>(clusters));
  }

  /**
   * Reads the allowlist.
   *
   * @throws InvalidSettingException when an entry is neither {@code *} nor a cluster ID, so a
   *     typo cannot silently allow nothing or the wrong cluster
   */
  public static ClusterAllowlist from(Settings settings) {
    String value = settings.get(SETTING, "");
    Set<String> ids = Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String id : ids) {
      if (!id.equals("*") && !IdFormat.CLUSTER.matches(id)) {
        throw new InvalidSettingException(SETTING, value,
            "a comma-separated list of cluster IDs such as cls-abcd1234, or *", null);
      }
    }
    return new ClusterAllowlist(ids.contains("*"), ids);
  }

  public boolean allows(String clusterId) {
    return any || clusters.contains(clusterId);
  }

  /**
   * Rejects the request with 403 when {@code clusterId} is not allowed.
   *
   * @param field the request field that named the cluster, for the error
   */
  public void check(String clusterId, String field) {
    checkAll(Map.of(field, clusterId));
  }

  /**
   * Rejects the request with 403 when any cluster is not allowed, naming every such field.
   *
   * @param clusterIdsByField cluster IDs keyed by the request field that named them, in the
   *     order the errors should list them
   */
  public void checkAll(Map<String, String> clusterIdsByField) {
    List<FieldError> errors = new ArrayList<>();
    clusterIdsByField.forEach((field, clusterId) -> {
      if (!allows(clusterId)) {
        errors.add(new FieldError(field, message(clusterId)));
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(NOT_ALLOWED, 403, errors);
    }
  }

  /**
   * Explains why {@code clusterId} is refused and which setting to change. The message does
   * not list the allowed clusters, because callers behind API Gateway see it.
   */
  public String message(String clusterId) {
    String reason = clusters.isEmpty() ? " (the setting is empty, which allows no cluster)" : "";
    return "Cluster " + clusterId + " is not in the function's " + SETTING + " setting"
        + reason + ". Add the cluster ID to " + SETTING + " to let the function act on it.";
  }
}
