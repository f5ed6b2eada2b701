package com.supernode.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes part of a world file: per-node changes to the derived Node objects, nodes only
 * Kubernetes has, and clusters whose API server is down at start.
 */
final class KubeWorld {
  static final KubeWorld NONE = new KubeWorld(Map.of(), Map.of(), Set.of());

  private final Map<String, Map<String, KubeNodeSeed>> nodeSettings;
  private final Map<String, Map<String, CreatedTime>> kubernetesOnly;
  private final Set<String> unreachable;

  KubeWorld(Map<String, Map<String, KubeNodeSeed>> nodeSettings,
      Map<String, Map<String, CreatedTime>> kubernetesOnly, Set<String> unreachable) {
    this.nodeSettings = Map.copyOf(nodeSettings);
    this.kubernetesOnly = Map.copyOf(kubernetesOnly);
    this.unreachable = Set.copyOf(unreachable);
  }

  /** Puts this world's Kubernetes settings into {@code state}, resolving times at {@code start}. */
  void applyTo(KubernetesState state, Instant start) {
    kubernetesOnly.forEach((cluster, nodes) -> new LinkedHashMap<>(nodes).forEach((name, time) ->
        state.addNode(cluster, name, time.resolve(start))));
    nodeSettings.forEach((cluster, nodes) -> nodes.forEach((name, seed) ->
        seed.applyTo(state, cluster, name, start)));
    unreachable.forEach(cluster -> state.setReachable(cluster, false));
  }

  /** A world file's changes to one Node object, with times not yet fixed to a clock. */
  static final class KubeNodeSeed {
    private final String ready;
    private final CreatedTime readySince;
    private final CreatedTime heartbeat;
    private final Map<String, String> labels;
    private final List<String> removeLabels;
    private final List<Taint> taints;
    private final boolean absent;

    KubeNodeSeed(String ready, CreatedTime readySince, CreatedTime heartbeat,
        Map<String, String> labels, List<String> removeLabels, List<Taint> taints,
        boolean absent) {
      this.ready = ready;
      this.readySince = readySince;
      this.heartbeat = heartbeat;
      this.labels = Map.copyOf(labels);
      this.removeLabels = List.copyOf(removeLabels);
      this.taints = taints == null ? null : List.copyOf(taints);
      this.absent = absent;
    }

    void applyTo(KubernetesState state, String cluster, String name, Instant start) {
      if (ready != null) {
        state.setReady(cluster, name, ready, readySince == null ? null
            : readySince.resolve(start));
      }
      if (heartbeat != null) {
        state.setHeartbeat(cluster, name, heartbeat.resolve(start));
      }
      labels.forEach((key, value) -> state.setLabel(cluster, name, key, value));
      removeLabels.forEach(key -> state.removeLabel(cluster, name, key));
      if (taints != null) {
        state.setTaints(cluster, name, taints);
      }
      if (absent) {
        state.setAbsent(cluster, name, true);
      }
    }
  }
}
