package com.supernode.readiness;

import com.supernode.kube.KubeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes' view of one cluster: the nodes listed by the label {@code type=virtual-kubelet},
 * the nodes looked up by name because the list left them out, or why there is no view.
 */
public final class KubeView {
  private static final KubeView OFF = new KubeView(false, Map.of(), Map.of(), null);

  private final boolean available;
  private final Map<String, KubeNode> labelled;
  private final Map<String, Optional<KubeNode>> lookedUp;
  private final ClusterFailure failure;

  private KubeView(boolean available, Map<String, KubeNode> labelled,
      Map<String, Optional<KubeNode>> lookedUp, ClusterFailure failure) {
    this.available = available;
    this.labelled = labelled;
    this.lookedUp = lookedUp;
    this.failure = failure;
  }

  /** Returns the view of a function configured not to ask Kubernetes. */
  static KubeView off() {
    return OFF;
  }

  static KubeView unavailable(ClusterFailure failure) {
    return new KubeView(false, Map.of(), Map.of(), failure);
  }

  /**
   * Returns a view from the labelled nodes, in list order, and the nodes looked up by name,
   * each present or empty when the API server has no such node.
   */
  static KubeView of(Map<String, KubeNode> labelled, Map<String, Optional<KubeNode>> lookedUp) {
    return new KubeView(true, labelled, lookedUp, null);
  }

  /** Returns whether the API server returned the nodes, so node verdicts carry its view. */
  public boolean available() {
    return available;
  }

  /** Returns why Kubernetes could not be asked, when the function tried. */
  public Optional<ClusterFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** Returns Kubernetes' observation of the node {@code name}. */
  KubeObservation observe(String name) {
    if (!available) {
      return KubeObservation.notChecked();
    }
    KubeNode node = labelled.get(name);
    if (node != null) {
      return KubeObservation.of(node);
    }
    Optional<KubeNode> found = lookedUp.get(name);
    if (found == null) {
      return KubeObservation.notChecked();
    }
    return found.map(KubeObservation::of).orElse(KubeObservation.missing());
  }

  /** Returns the labelled nodes whose names are not in {@code tkeNames}, in list order. */
  List<KubeNode> labelledExcept(Set<String> tkeNames) {
    List<KubeNode> extra = new ArrayList<>();
    labelled.forEach((name, node) -> {
      if (!tkeNames.contains(name)) {
        extra.add(node);
      }
    });
    return extra;
  }
}
