package com.supernode.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Kubernetes view of each emulated cluster: one Node object per virtual node, shaped as
 * TKE's super nodes are, which tests can change node by node, plus nodes that only Kubernetes
 * has.
 *
 * <p>By default a node carries the label {@code type=virtual-kubelet} and the pool's labels,
 * the taint {@code serverless:NoSchedule} and the pool's taints, and a {@code Ready} condition
 * that is {@code True} when TKE's phase is {@code Running} and {@code False} otherwise, with a
 * heartbeat at the emulator clock's now and a transition at the node's creation.
 */
public final class KubernetesState {
  static final DateTimeFormatter TIME = DescribeVirtualNodesAction.CREATED_TIME;

  private final EmulatorState tke;
  private final Object lock = new Object();
  private final Map<String, Map<String, KubeNodeOverride>> overrides = new HashMap<>();
  private final Map<String, Map<String, Instant>> kubernetesOnly = new HashMap<>();
  private final List<String> requests = new ArrayList<>();
  private volatile KubeApiServers servers;

  KubernetesState(EmulatorState tke) {
    this.tke = tke;
  }

  void attach(KubeApiServers apiServers) {
    this.servers = apiServers;
  }

  /** Sets the {@code Ready} condition's status and its {@code lastTransitionTime}. */
  public void setReady(String clusterId, String nodeName, String status, Instant since) {
    change(clusterId, nodeName, node -> node.withReady(status, since));
  }

  /** Sets the {@code Ready} condition's {@code lastHeartbeatTime}, which otherwise is now. */
  public void setHeartbeat(String clusterId, String nodeName, Instant at) {
    change(clusterId, nodeName, node -> node.withHeartbeat(at));
  }

  public void setLabel(String clusterId, String nodeName, String key, String value) {
    change(clusterId, nodeName, node -> node.withLabel(key, value));
  }

  /** Removes a label, including {@code type=virtual-kubelet}. */
  public void removeLabel(String clusterId, String nodeName, String key) {
    change(clusterId, nodeName, node -> node.withoutLabel(key));
  }

  /** Replaces the node's taints, including the default {@code serverless:NoSchedule}. */
  public void setTaints(String clusterId, String nodeName, List<Taint> taints) {
    change(clusterId, nodeName, node -> node.withTaints(taints));
  }

  /** Hides a virtual node from Kubernetes, as if its Node object were deleted. */
  public void setAbsent(String clusterId, String nodeName, boolean absent) {
    change(clusterId, nodeName, node -> node.withAbsent(absent));
  }

  /** Adds a Node object that TKE does not list, ready and fresh unless changed later. */
  public void addNode(String clusterId, String nodeName, Instant created) {
    requireCluster(clusterId);
    synchronized (lock) {
      kubernetesOnly.computeIfAbsent(clusterId, id -> new LinkedHashMap<>())
          .put(nodeName, created);
    }
  }

  /**
   * Stops or restarts the cluster's API server. While stopped, connections to the address in
   * the kubeconfig already handed out are refused; a restarted server listens on a new port.
   */
  public void setReachable(String clusterId, boolean reachable) {
    requireCluster(clusterId);
    servers.setReachable(clusterId, reachable);
  }

  /** Returns the bearer token the cluster's API server accepts besides the client certificate. */
  public String token(String clusterId) {
    return "emulator-token-" + clusterId;
  }

  /** Returns each request the API servers received, as {@code clusterId GET path?query}. */
  public List<String> requests() {
    synchronized (lock) {
      return List.copyOf(requests);
    }
  }

  void record(String clusterId, String request) {
    synchronized (lock) {
      requests.add(clusterId + " " + request);
    }
  }

  /** Returns the cluster's Node objects, TKE's nodes first in creation order. */
  List<JsonObject> nodes(String clusterId) {
    Instant now = tke.clock().instant();
    List<JsonObject> nodes = new ArrayList<>();
    synchronized (lock) {
      Map<String, KubeNodeOverride> changes = overrides.getOrDefault(clusterId, Map.of());
      for (VirtualNode node : tke.nodes(clusterId)) {
        KubeNodeOverride change = changes.getOrDefault(node.name(), KubeNodeOverride.NONE);
        Optional<NodePool> pool = tke.nodePool(clusterId, node.nodePoolId());
        if (!change.absent) {
          nodes.add(node(node.name(), node.createdTime(), VirtualNode.RUNNING.equals(
              node.phase()), pool, change, now));
        }
      }
      kubernetesOnly.getOrDefault(clusterId, Map.of()).forEach((name, created) -> {
        KubeNodeOverride change = changes.getOrDefault(name, KubeNodeOverride.NONE);
        if (!change.absent) {
          nodes.add(node(name, created, true, Optional.empty(), change, now));
        }
      });
    }
    return nodes;
  }

  private static JsonObject node(String name, Instant created, boolean running,
      Optional<NodePool> pool, KubeNodeOverride change, Instant now) {
    JsonObject metadata = new JsonObject();
    metadata.addProperty("name", name);
    metadata.addProperty("creationTimestamp", format(created));
    metadata.add("labels", labels(name, pool, change));
    JsonObject spec = new JsonObject();
    spec.add("taints", taints(pool, change));
    JsonArray conditions = new JsonArray();
    conditions.add(ready(created, running, change, now));
    JsonObject status = new JsonObject();
    status.add("conditions", conditions);

    JsonObject node = new JsonObject();
    node.addProperty("apiVersion", "v1");
    node.addProperty("kind", "Node");
    node.add("metadata", metadata);
    node.add("spec", spec);
    node.add("status", status);
    return node;
  }

  private static JsonObject labels(String name, Optional<NodePool> pool,
      KubeNodeOverride change) {
    JsonObject labels = new JsonObject();
    labels.addProperty("type", "virtual-kubelet");
    labels.addProperty("kubernetes.io/hostname", name);
    pool.ifPresent(p -> p.labels().forEach(labels::addProperty));
    change.labels.forEach(labels::addProperty);
    change.removedLabels.forEach(labels::remove);
    return labels;
  }

  private static JsonArray taints(Optional<NodePool> pool, KubeNodeOverride change) {
    List<Taint> taints = new ArrayList<>();
    if (change.taints != null) {
      taints.addAll(change.taints);
    } else {
      taints.add(new Taint("serverless", "", "NoSchedule"));
      pool.ifPresent(p -> taints.addAll(p.taints()));
    }
    JsonArray array = new JsonArray();
    for (Taint taint : taints) {
      JsonObject json = new JsonObject();
      json.addProperty("key", taint.key());
      if (!taint.value().isEmpty()) {
        json.addProperty("value", taint.value());
      }
      json.addProperty("effect", taint.effect());
      array.add(json);
    }
    return array;
  }

  private static JsonObject ready(Instant created, boolean running, KubeNodeOverride change,
      Instant now) {
    String status = change.readyStatus;
    if (status == null) {
      status = running ? "True" : "False";
    }
    JsonObject ready = new JsonObject();
    ready.addProperty("type", "Ready");
    ready.addProperty("status", status);
    ready.addProperty("reason", "True".equals(status) ? "KubeletReady" : "KubeletNotReady");
    ready.addProperty("lastHeartbeatTime",
        format(change.heartbeat != null ? change.heartbeat : now));
    ready.addProperty("lastTransitionTime",
        format(change.readySince != null ? change.readySince : created));
    return ready;
  }

  private static String format(Instant time) {
    return TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
  }

  private void change(String clusterId, String nodeName, UnaryOperator<KubeNodeOverride> edit) {
    requireCluster(clusterId);
    synchronized (lock) {
      Map<String, KubeNodeOverride> changes =
          overrides.computeIfAbsent(clusterId, id -> new HashMap<>());
      changes.put(nodeName, edit.apply(changes.getOrDefault(nodeName, KubeNodeOverride.NONE)));
    }
  }

  private void requireCluster(String clusterId) {
    if (tke.cluster(clusterId).isEmpty()) {
      throw new IllegalArgumentException("cluster " + clusterId + " does not exist");
    }
  }
}
