package com.supernode.kube;

import com.supernode.tke.VirtualNodePool.Taint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a Kubernetes Node object that decide whether pods can land on it. Taints use
 * the TKE model's {@link Taint}, which is the same Kubernetes key, value and effect.
 */
public final class KubeNode {
  private final String name;
  private final Map<String, String> labels;
  private final List<Taint> taints;
  private final Instant creationTimestamp;
  private final String readyStatus;
  private final String readyReason;
  private final Instant lastHeartbeatTime;
  private final Instant lastTransitionTime;

  public KubeNode(String name, Map<String, String> labels, List<Taint> taints,
      Instant creationTimestamp, String readyStatus, String readyReason,
      Instant lastHeartbeatTime, Instant lastTransitionTime) {
    this.name = name;
    this.labels = Map.copyOf(labels);
    this.taints = List.copyOf(taints);
    this.creationTimestamp = creationTimestamp;
    this.readyStatus = readyStatus;
    this.readyReason = readyReason;
    this.lastHeartbeatTime = lastHeartbeatTime;
    this.lastTransitionTime = lastTransitionTime;
  }

  public String name() {
    return name;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public List<Taint> taints() {
    return taints;
  }

  public Optional<Instant> creationTimestamp() {
    return Optional.ofNullable(creationTimestamp);
  }

  /** Returns the Ready condition's status: {@code True}, {@code False} or {@code Unknown}. */
  public Optional<String> readyStatus() {
    return Optional.ofNullable(readyStatus);
  }

  public Optional<String> readyReason() {
    return Optional.ofNullable(readyReason);
  }

  /** Returns the {@code Ready} condition's {@code lastHeartbeatTime}. */
  public Optional<Instant> lastHeartbeatTime() {
    return Optional.ofNullable(lastHeartbeatTime);
  }

  /** Returns the {@code Ready} condition's {@code lastTransitionTime}. */
  public Optional<Instant> lastTransitionTime() {
    return Optional.ofNullable(lastTransitionTime);
  }

  public boolean hasLabel(String key, String value) {
    return value.equals(labels.get(key));
  }

  /** Returns whether a taint has {@code key} and {@code effect}, whatever its value. */
  public boolean hasTaint(String key, String effect) {
    return taints.stream().anyMatch(t -> key.equals(t.key()) && effect.equals(t.effect()));
  }
}
