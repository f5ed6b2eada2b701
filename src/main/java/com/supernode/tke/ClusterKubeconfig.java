package com.supernode.tke;

/**
 * TKE's response to {@code DescribeClusterKubeconfig}: the kubeconfig text of the caller's
 * identity. The text carries a client key or token, so {@link #toString()} never shows it.
 */
public final class ClusterKubeconfig {
  private final String kubeconfig;
  private final String requestId;

  public ClusterKubeconfig(String kubeconfig, String requestId) {
    this.kubeconfig = kubeconfig;
    this.requestId = requestId;
  }

  /** Returns the kubeconfig file's text, usually YAML. */
  public String kubeconfig() {
    return kubeconfig;
  }

  public String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return "ClusterKubeconfig[redacted, requestId=" + requestId + "]";
  }
}
