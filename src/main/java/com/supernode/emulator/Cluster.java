package com.supernode.emulator;

import java.util.Objects;

/** A TKE cluster: the facts that decide whether super nodes can be created in it. */
public final class Cluster {
  /** The only cluster status in which the emulator serves virtual-node actions. */
  public static final String RUNNING = "Running";

  private final String clusterId;
  private final String status;
  private final String vpcId;
  private final boolean supportsVirtualKubelet;
  private final boolean camDenied;

  public Cluster(
      String clusterId,
      String status,
      String vpcId,
      boolean supportsVirtualKubelet,
      boolean camDenied) {
    this.clusterId = Objects.requireNonNull(clusterId, "clusterId");
    this.status = Objects.requireNonNull(status, "status");
    this.vpcId = Objects.requireNonNull(vpcId, "vpcId");
    this.supportsVirtualKubelet = supportsVirtualKubelet;
    this.camDenied = camDenied;
  }

  public String clusterId() {
    return clusterId;
  }

  /** Returns the TKE cluster status, such as {@code Running}, {@code Creating}, {@code Idling}. */
  public String status() {
    return status;
  }

  public boolean isRunning() {
    return RUNNING.equals(status);
  }

  public String vpcId() {
    return vpcId;
  }

  public boolean supportsVirtualKubelet() {
    return supportsVirtualKubelet;
  }

  /** Returns whether the caller lacks CAM permission for every virtual-node action here. */
  public boolean camDenied() {
    return camDenied;
  }

  public Cluster withStatus(String newStatus) {
    return new Cluster(clusterId, newStatus, vpcId, supportsVirtualKubelet, camDenied);
  }

  public Cluster withSupportsVirtualKubelet(boolean supports) {
    return new Cluster(clusterId, status, vpcId, supports, camDenied);
  }

  public Cluster withCamDenied(boolean denied) {
    return new Cluster(clusterId, status, vpcId, supportsVirtualKubelet, denied);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Cluster)) {
      return false;
    }
    Cluster that = (Cluster) other;
    return clusterId.equals(that.clusterId)
        && status.equals(that.status)
        && vpcId.equals(that.vpcId)
        && supportsVirtualKubelet == that.supportsVirtualKubelet
        && camDenied == that.camDenied;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clusterId, status, vpcId, supportsVirtualKubelet, camDenied);
  }

  @Override
  public String toString() {
    return "Cluster{" + clusterId + ", status=" + status + ", vpc=" + vpcId
        + ", supportsVirtualKubelet=" + supportsVirtualKubelet + ", camDenied=" + camDenied + "}";
  }
}
