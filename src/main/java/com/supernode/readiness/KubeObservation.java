package com.supernode.readiness;

import com.supernode.kube.KubeNode;
import java.util.Optional;

/** Kubernetes' record of one node: not asked, no such Node, or the Node object. */
public final class KubeObservation {
  private static final KubeObservation NOT_CHECKED = new KubeObservation(false, null);
  private static final KubeObservation MISSING = new KubeObservation(true, null);

  private final boolean checked;
  private final KubeNode node;

  private KubeObservation(boolean checked, KubeNode node) {
    this.checked = checked;
    this.node = node;
  }

  /** Returns the observation of a check that did not reach Kubernetes. */
  public static KubeObservation notChecked() {
    return NOT_CHECKED;
  }

  /** Returns the observation that Kubernetes has no Node of the name. */
  public static KubeObservation missing() {
    return MISSING;
  }

  public static KubeObservation of(KubeNode node) {
    return new KubeObservation(true, node);
  }

  /** Returns whether Kubernetes was asked about the node. */
  public boolean checked() {
    return checked;
  }

  /** Returns the Node object, or empty when Kubernetes has none or was not asked. */
  public Optional<KubeNode> node() {
    return Optional.ofNullable(node);
  }
}
