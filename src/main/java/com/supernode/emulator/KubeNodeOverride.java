package com.supernode.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Changes to one emulated Kubernetes Node, relative to what its virtual node implies. Every
 * field left unset keeps the derived value: {@code Ready} follows TKE's phase, the heartbeat is
 * the emulator clock's now, and the node carries {@code type=virtual-kubelet} and the
 * {@code serverless:NoSchedule} taint.
 */
final class KubeNodeOverride {
  static final KubeNodeOverride NONE = new KubeNodeOverride(null, null, null, Map.of(), Set.of(),
      null, false);

  final String readyStatus;
  final Instant readySince;
  final Instant heartbeat;
  final Map<String, String> labels;
  final Set<String> removedLabels;
  final List<Taint> taints;
  final boolean absent;

  private KubeNodeOverride(String readyStatus, Instant readySince, Instant heartbeat,
      Map<String, String> labels, Set<String> removedLabels, List<Taint> taints,
      boolean absent) {
    this.readyStatus = readyStatus;
    this.readySince = readySince;
    this.heartbeat = heartbeat;
    this.labels = Map.copyOf(labels);
    this.removedLabels = Set.copyOf(removedLabels);
    this.taints = taints == null ? null : List.copyOf(taints);
    this.absent = absent;
  }

  KubeNodeOverride withReady(String status, Instant since) {
    return new KubeNodeOverride(status, since, heartbeat, labels, removedLabels, taints, absent);
  }

  KubeNodeOverride withHeartbeat(Instant at) {
    return new KubeNodeOverride(readyStatus, readySince, at, labels, removedLabels, taints,
        absent);
  }

  KubeNodeOverride withLabel(String key, String value) {
    Map<String, String> grown = new LinkedHashMap<>(labels);
    grown.put(key, value);
    Set<String> removed = new LinkedHashSet<>(removedLabels);
    removed.remove(key);
    return new KubeNodeOverride(readyStatus, readySince, heartbeat, grown, removed, taints,
        absent);
  }

  KubeNodeOverride withoutLabel(String key) {
    Map<String, String> shrunk = new LinkedHashMap<>(labels);
    shrunk.remove(key);
    Set<String> removed = new LinkedHashSet<>(removedLabels);
    removed.add(key);
    return new KubeNodeOverride(readyStatus, readySince, heartbeat, shrunk, removed, taints,
        absent);
  }

  KubeNodeOverride withTaints(List<Taint> newTaints) {
    return new KubeNodeOverride(readyStatus, readySince, heartbeat, labels, removedLabels,
        newTaints, absent);
  }

  KubeNodeOverride withAbsent(boolean newAbsent) {
    return new KubeNodeOverride(readyStatus, readySince, heartbeat, labels, removedLabels,
        taints, newAbsent);
  }
}
